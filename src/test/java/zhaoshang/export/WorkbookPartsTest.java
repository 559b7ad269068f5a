package zhaoshang.export;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.export.LedgerWorkbookTest.SHANGHAI;
import static zhaoshang.export.LedgerWorkbookTest.TEAM;
import static zhaoshang.export.LedgerWorkbookTest.YI;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import zhaoshang.report.ReportKind;

/**
 * Issue 10 §3: a workbook over DingTalk's 20 MB media limit (75k rows made 23.6 MB) failed silently. It is now
 * split by rows into parts that each fit; every row is in exactly one part. The limit is injected small here so
 * that a few thousand rows are "too large" and the test stays fast.
 */
class WorkbookPartsTest {

    static List<ExportRow> visits(int n) {
        List<ExportRow> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(LedgerWorkbookTest.visit("#V-%04d".formatted(i), TEAM, LocalDate.of(2026, 11, 1 + i % 28),
                    "样本企业%05d号有限公司".formatted(i), (long) (i % 7) * YI / 10, i % 11 == 0, false));
        }
        return out;
    }

    static WorkbookContent content(int visits) {
        Map<ReportKind, List<ExportRow>> rows = new EnumMap<>(LedgerWorkbookTest.allKinds(visits(visits)));
        rows.put(ReportKind.TRIP_SUMMARY, List.of()); // an empty ledger: said once, in part 1
        return new WorkbookContent(TEAM, "2026年11月", rows, LedgerWorkbookTest.progress(), SHANGHAI, CREATED);
    }

    static final Instant CREATED = Instant.parse("2026-11-30T10:00:00Z");

    /** The enterprise names in a ledger sheet's record rows (those with a 序号; not headings, 小计, 合计, signatures). */
    static List<String> enterprises(XSSFSheet sheet) {
        List<String> names = new ArrayList<>();
        int column = LedgerWorkbookTest.headers(sheet).indexOf("企业名称");
        for (Row r : sheet) {
            if (r.getRowNum() < LedgerWorkbook.FIRST_DATA_ROW || r.getCell(0) == null) continue;
            if (r.getCell(0).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) continue;
            names.add(r.getCell(column).getStringCellValue().replace("\n", ""));
        }
        return names;
    }

    @Test
    void aWorkbookOverTheLimitComesInPartsThatEachFitWithEveryRowOnce() throws IOException {
        WorkbookContent content = content(3000);
        int whole = WorkbookParts.bytes(content).length;
        long limit = whole * 2 / 5;
        List<WorkbookParts.Part> parts = WorkbookParts.write(content, "招商台账_第一工作组_2026-11.xlsx", limit).parts();

        assertThat(parts.size()).isBetween(3, 6);
        Set<String> seen = new HashSet<>();
        int rows = 0;
        for (int k = 1; k <= parts.size(); k++) {
            WorkbookParts.Part p = parts.get(k - 1);
            assertThat((long) p.content().length).as("part %d fits", k).isLessThanOrEqualTo(limit);
            assertThat(p.fileName()).isEqualTo("招商台账_第一工作组_2026-11_第" + k + "部分共" + parts.size() + "部分.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(p.content()))) {
                assertThat(wb.getSheet("进度汇总") != null).as("进度汇总 in part %d", k).isEqualTo(k == 1);
                assertThat(wb.getSheet("外出总结") != null).as("the empty ledger in part %d", k).isEqualTo(k == 1);
                XSSFSheet sheet = wb.getSheet("走访企业台账");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("第一工作组 走访企业台账（2026年11月，第" + k + "部分（共" + parts.size() + "部分））");
                List<String> names = enterprises(sheet);
                rows += names.size();
                seen.addAll(names);
            }
        }
        assertThat(rows).as("every visit once").isEqualTo(3000);
        assertThat(seen).hasSize(3000).contains("样本企业00001号有限公司", "样本企业03000号有限公司");
    }

    /**
     * The workbook's 创建时间 is the content's, not the moment POI writes it: written a second apart the same content
     * used to differ by a byte in length (the deflated timestamp), so "under the limit" was judged on a different
     * file than the one sent, and aWorkbookUnderTheLimitIsOneFileAsBefore failed whenever a busy machine let a
     * second pass between its two writes.
     */
    @Test
    void theSameContentMakesTheSameBytesWhateverTheTimeOfWriting() throws IOException {
        WorkbookContent content = content(20);
        byte[] first = WorkbookParts.bytes(content);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first))) {
            assertThat(wb.getProperties().getCoreProperties().getCreated()).isEqualTo(Date.from(CREATED));
        }
        assertThat(WorkbookParts.bytes(content)).isEqualTo(first);
    }

    @Test
    void aWorkbookUnderTheLimitIsOneFileAsBefore() {
        WorkbookContent content = content(50);
        byte[] whole = WorkbookParts.bytes(content);
        WorkbookParts.Written w = WorkbookParts.write(content, "招商台账_第一工作组_2026-11.xlsx", whole.length);
        assertThat(w.parts()).isEmpty();
        assertThat(w.whole()).hasSize(whole.length);
    }
}
