package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.ChatMessage;
import zhaoshang.inbox.Inbox;
import zhaoshang.report.VisitReport;
import zhaoshang.support.TestBot;

/**
 * Issue 10 §3: a ledger export over the 20 MB a group file may have (75k rows made 23.6 MB) failed silently. Through
 * the chat, with the limit set low (BOT_MAX_FILE_BYTES) so that 1,200 visits are "too large": the answer says the
 * workbook comes in parts, every part fits, and every visit is in exactly one part.
 */
class LargeExportTest {

    static final int LIMIT = 65_536;
    static final int VISITS = 1200;

    @TempDir
    Path dir;

    @Test
    void aLedgerTooLargeForOneFileArrivesInPartsWithEveryRecordOnce() throws Exception {
        try (TestBot bot = TestBot.start(dir, "2026-11-30T10:00:00+08:00",
                Map.of("BOT_MAX_FILE_BYTES", Integer.toString(LIMIT)))) {
            long inboxId = new Inbox(bot.app.database().jdbi()).store(new ChatMessage("local", "bulk", "local-team1",
                    "m-he", "何雨晴", "走访（批量）", Instant.parse("2026-11-30T01:00:00Z"), Map.of()),
                    Instant.parse("2026-11-30T01:00:00Z")).orElseThrow();
            bot.app.database().unit(() -> {   // one transaction: quick
                for (int i = 1; i <= VISITS; i++) {
                    bot.app.ledger().record(new VisitReport(LocalDate.of(2026, 11, 1 + i % 29),
                            "批量%05d号智能装备有限公司".formatted(i), null, "深圳", "装备制造", "王总", "何雨晴",
                            "洽谈纪要编号 " + java.util.UUID.nameUUIDFromBytes(("a" + i).getBytes()) + "、"
                                    + java.util.UUID.nameUUIDFromBytes(("b" + i).getBytes()), "一般", null, null),
                            "team1", "m-he", inboxId, Instant.parse("2026-11-30T01:00:00Z"));
                }
                return null;
            });

            JsonNode replies = bot.say("local-team1", "m-he", "导出台账 11月");
            String text = replies.get(0).path("text").asText();
            assertThat(text).contains("走访 " + VISITS + " 条").contains("已按行拆成").contains("请全部下载");
            List<JsonNode> files = new ArrayList<>();
            replies.forEach(r -> {
                if (r.path("type").asText().equals("file")) files.add(r);
            });
            assertThat(files.size()).isGreaterThan(1);
            assertThat(text).contains("拆成 " + files.size() + " 个文件");

            Set<String> enterprises = new HashSet<>();
            int rows = 0;
            for (JsonNode f : files) {
                assertThat(f.path("name").asText()).contains("部分共" + files.size() + "部分");
                byte[] xlsx = bot.download(f.path("url").asText());
                assertThat(xlsx.length).as("%s fits in a group file", f.path("name").asText()).isLessThanOrEqualTo(LIMIT);
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                    XSSFSheet sheet = wb.getSheet("走访企业台账");
                    int name = -1;
                    for (Row r : sheet) {
                        if (r.getCell(0) != null && r.getCell(0).toString().equals("序号")) {
                            for (Cell c : r) if (c.toString().equals("企业名称")) name = c.getColumnIndex();
                            continue;
                        }
                        // record rows carry a 序号; headings, 合计 and the signature row do not
                        if (name < 0 || r.getCell(0) == null || r.getCell(0).getCellType() != CellType.NUMERIC) continue;
                        enterprises.add(r.getCell(name).getStringCellValue().replace("\n", ""));
                        rows++;
                    }
                }
            }
            assertThat(rows).isEqualTo(VISITS);
            assertThat(enterprises).hasSize(VISITS);
        }
    }
}
