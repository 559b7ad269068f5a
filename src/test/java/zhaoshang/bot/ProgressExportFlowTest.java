package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/** Reports in, 本月进度 and 导出台账 out: the downloaded workbook's rows, sums and 进度汇总 match what was sent. */
class ProgressExportFlowTest {

    @TempDir
    Path dir;
    TestBot bot;

    @BeforeEach
    void start() {
        bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00");
        bot.say("local-team1", "m-he", "走访\n企业：深圳欣迪新能源装备技术有限公司\n时间：11月18日\n洽谈内容：储能设备生产基地选址\n投资意向：较强\n拟投资额：2亿元");
        bot.say("local-team1", "m-qian", "走访\n企业：东莞聚景实业有限公司\n日期：2026-11-19\n洽谈内容：介绍电子信息产业集群\n投资意向：一般\n拟投资额：3000万元");
        bot.say("local-team1", "m-he", "走访 11月20日 上海新材料协会 对接人 秘书长 内容：推介潞州区新材料园区 意向：明确");
        bot.say("local-team2", "m-xu", "走访\n企业：康佳集团\n洽谈内容：MLED项目\n投资意向：较强");
        bot.say("local-team1", "m-he", "签约\n项目：21700圆柱动力电池项目\n企业：内洽特克（天津）国际贸易有限公司\n签约日期：2026-11-15\n投资额：6.2亿元\n落地区域：潞州区\n进度：开工");
        bot.say("local-team1", "m-he", "签约 光电芯片制造中心建设项目，安徽申焰新能源科技有限责任公司，总投资1.15亿，高新区，11月16日签约");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private static String text(Cell c) {
        return c == null ? "" : c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue();
    }

    private static int column(Sheet s, int headerRow, String name) {
        Row r = s.getRow(headerRow);
        for (Cell c : r) if (text(c).equals(name)) return c.getColumnIndex();
        throw new AssertionError("no column " + name);
    }

    private static int headerRow(Sheet s) {
        for (int i = 0; i < 5; i++) {
            Row r = s.getRow(i);
            if (r != null && r.getCell(0) != null && text(r.getCell(0)).equals("序号")) return i;
        }
        throw new AssertionError("no header row");
    }

    @Test
    void progressAnswerHasFiguresChartAndWorkbook() throws Exception {
        JsonNode replies = bot.say("local-team1", "m-lin", "本月进度");
        assertThat(replies).hasSize(3);
        String text = replies.get(0).get("text").asText();
        assertThat(text).contains("第一工作组 2026年11月进度").contains("拜访重点企业 **3/15**").contains("差 12")
                .contains("签约项目（2026年） **2/12**").contains("亿元以上项目落地（2026年） **1/3**")
                .contains("签约金额 73500万元").contains("开工率 50%");
        JsonNode image = replies.get(1);
        assertThat(image.get("type").asText()).isEqualTo("image");
        assertThat(ImageIO.read(new ByteArrayInputStream(bot.download(image.get("url").asText())))).isNotNull();
        JsonNode file = replies.get(2);
        assertThat(file.get("name").asText()).endsWith(".xlsx").contains("第一工作组");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bot.download(file.get("url").asText())))) {
            Sheet summary = wb.getSheet("进度汇总");
            int h = headerRow(summary);
            int label = column(summary, h, "指标");
            int actual = column(summary, h, "实际");
            List<String> lines = new ArrayList<>();
            for (int i = h + 1; i <= summary.getLastRowNum(); i++) {
                Row r = summary.getRow(i);
                if (r == null) continue;
                lines.add(text(r.getCell(label)) + "=" + text(r.getCell(actual)));
            }
            assertThat(lines).contains("拜访重点企业=3.0", "签约项目=2.0", "亿元以上项目落地=1.0");
            // the visit rows behind the figure are exactly the three visits of team 1
            Sheet visits = wb.getSheet("走访企业台账");
            int vh = headerRow(visits);
            int name = column(visits, vh, "企业名称");
            List<String> names = new ArrayList<>();
            for (int i = vh + 1; i <= visits.getLastRowNum(); i++) {
                Row r = visits.getRow(i);
                // names wider than their column are laid out on whole words, one line each
                if (r != null && r.getCell(name) != null && !text(r.getCell(name)).isEmpty()) {
                    names.add(text(r.getCell(name)).replace("\n", ""));
                }
            }
            assertThat(names).containsExactlyInAnyOrder("深圳欣迪新能源装备技术有限公司", "东莞聚景实业有限公司", "上海新材料协会");
        }
    }

    @Test
    void exportedLedgerMatchesWhatWasSent() throws Exception {
        JsonNode replies = bot.say("local-team1", "m-he", "导出台账 11月");
        assertThat(replies.get(0).get("text").asText()).contains("第一工作组 2026年11月台账").contains("走访 3 条").contains("签约 2 条");
        JsonNode file = replies.get(1);
        assertThat(file.get("name").asText()).isEqualTo("招商台账_第一工作组_2026-11.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bot.download(file.get("url").asText())))) {
            Sheet signings = wb.getSheet("签约项目台账");
            assertThat(text(signings.getRow(0).getCell(0))).contains("第一工作组").contains("签约项目台账").contains("2026年11月");
            int h = headerRow(signings);
            int amount = column(signings, h, "投资额（万元）");
            BigDecimal sum = BigDecimal.ZERO;
            Row total = null;
            for (int i = h + 1; i <= signings.getLastRowNum(); i++) {
                Row r = signings.getRow(i);
                if (r == null) continue;
                if (text(r.getCell(0)).startsWith("合计")) {
                    total = r;
                } else if (r.getCell(amount) != null && r.getCell(amount).getCellType() == CellType.NUMERIC) {
                    sum = sum.add(BigDecimal.valueOf(r.getCell(amount).getNumericCellValue()));
                }
            }
            assertThat(sum).isEqualByComparingTo("73500");
            assertThat(total).isNotNull();
            assertThat(total.getCell(amount).getNumericCellValue()).isEqualTo(73500.0);
            Sheet visits = wb.getSheet("走访企业台账");
            int vh = headerRow(visits);
            int date = column(visits, vh, "走访日期");
            Cell first = visits.getRow(vh + 1).getCell(date);
            assertThat(first.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getLocalDateTimeCellValue().toLocalDate()).isBetween(
                    java.time.LocalDate.of(2026, 11, 18), java.time.LocalDate.of(2026, 11, 20));
        }
    }

    /** 导出台账 carries a 进度汇总 sheet with the very figures of the progress answer for the period exported. */
    @Test
    void ledgerExportHasTheProgressSummaryOfTheProgressAnswer() throws Exception {
        for (String[] ask : new String[][] {{"local-team1", "m-lin", "本月进度", "导出台账 11月", "第一工作组"},
                {"local-coord", "m-admin", "进度 11月", "导出台账 11月", "全部工作组"}}) {
            JsonNode progress = bot.say(ask[0], ask[1], ask[2]);
            List<String> expected = answerFigures(progress.get(0).get("text").asText(), ask[4]);
            assertThat(expected).as("figures read from the answer").hasSizeGreaterThanOrEqualTo(6);
            JsonNode export = bot.say(ask[0], ask[1], ask[3]);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bot.download(export.get(1).get("url").asText())))) {
                assertThat(wb.getSheetName(0)).isEqualTo("进度汇总");
                Sheet summary = wb.getSheet("进度汇总");
                assertThat(text(summary.getRow(0).getCell(0))).contains(ask[4]).contains("2026年11月");
                int h = headerRow(summary);
                int team = column(summary, h, "工作组");
                int label = column(summary, h, "指标");
                int period = column(summary, h, "周期");
                int actual = column(summary, h, "实际");
                int target = column(summary, h, "目标");
                int status = column(summary, h, "状态");
                List<String> lines = new ArrayList<>();
                for (int i = h + 1; i <= summary.getLastRowNum(); i++) {
                    Row r = summary.getRow(i);
                    if (r == null) continue;
                    lines.add(text(r.getCell(team)) + " " + text(r.getCell(label)) + " " + text(r.getCell(period)) + " "
                            + (long) r.getCell(actual).getNumericCellValue() + "/" + (long) r.getCell(target).getNumericCellValue());
                    // coloured by status: 达标 green, 正常 yellow, 落后 red fill
                    String fill = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) r.getCell(status).getCellStyle())
                            .getFillForegroundXSSFColor().getARGBHex();
                    assertThat(fill).as("fill of %s", text(r.getCell(status))).isEqualTo(switch (text(r.getCell(status))) {
                        case "达标" -> GREEN;
                        case "正常" -> YELLOW;
                        default -> RED;
                    });
                }
                assertThat(lines).isEqualTo(expected);
            }
        }
    }

    /** Excel's own good / neutral / bad fills (light green, light yellow, light red). */
    static final String GREEN = "FFC6EFCE";
    static final String YELLOW = "FFFFEB9C";
    static final String RED = "FFFFC7CE";

    /**
     * "第一工作组 拜访重点企业 2026年11月 3/15" for each figure of a team's progress answer ("- 🟡 拜访重点企业 **3/15**",
     * "签约项目（2026年） **2/12**"); for the coordination group's answer (one line per team, only what is short) the
     * figures of every team's own answer, as 投资促进部 asks them there.
     */
    private List<String> answerFigures(String answer, String scope) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher title = java.util.regex.Pattern.compile("### (\\S+) (\\d{4}年\\d{1,2}月)进度").matcher(answer);
        assertThat(title.find()).isTrue();
        String asked = title.group(2);
        if (scope.equals("全部工作组")) {
            for (String team : List.of("第一工作组", "第二工作组", "第三工作组", "第四工作组")) {
                assertThat(answer).contains(team);
                out.addAll(answerFigures(bot.say("local-coord", "m-admin", "进度 " + team + " " + asked).get(0)
                        .get("text").asText(), team));
            }
            return out;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^- \\S+ ([^（*]+?)(?:（([^）]+)）)? \\*\\*(\\d+)/(\\d+)\\*\\*", java.util.regex.Pattern.MULTILINE)
                .matcher(answer);
        while (m.find()) {
            String period = m.group(2) != null ? m.group(2) : asked;
            out.add(title.group(1) + " " + m.group(1) + " " + period + " " + m.group(3) + "/" + m.group(4));
        }
        return out;
    }

    @Test
    void exportRightsFollowRoles() {
        assertThat(bot.sayText("local-team1", "m-he", "导出台账 第二工作组 11月")).contains("只能导出本组");
        JsonNode all = bot.say("local-coord", "m-admin", "导出全部台账 11月");
        assertThat(all.get(1).get("name").asText()).isEqualTo("招商台账_全部工作组_2026-11.xlsx");
        assertThat(all.get(0).get("text").asText()).contains("走访 4 条");
        JsonNode visitsOnly = bot.say("local-coord", "m-admin", "导出走访台账 第二工作组 本季度");
        assertThat(visitsOnly.get(1).get("name").asText()).isEqualTo("招商台账_第二工作组_走访_2026Q4.xlsx");
        assertThat(bot.sayText("local-team1", "m-he", "导出台账 13月")).contains("13月").contains("不是有效的月份");
    }

    @Test
    void progressOfANamedTeamAndPeriod() {
        String october = bot.say("local-coord", "m-admin", "进度 第二工作组 10月").get(0).get("text").asText();
        assertThat(october).contains("第二工作组 2026年10月进度").contains("拜访重点企业 **0/15**").contains("已截止");
        String quarter = bot.say("local-coord", "m-admin", "进度 2组 本季度").get(0).get("text").asText();
        assertThat(quarter).contains("第二工作组 2026年第四季度进度").contains("拜访重点企业 **1/45**");
        assertThat(bot.sayText("local-team1", "m-he", "进度 第二工作组")).contains("只能查看本组");
        assertThat(bot.sayText("local-team1", "m-he", "进度 13月")).contains("不是有效的月份");
    }

    @Test
    void coordinationGroupSeesEveryTeamAndTheRanking() {
        JsonNode replies = bot.say("local-coord", "m-admin", "本月进度");
        String text = TestBot.plain(replies.get(0));
        assertThat(text).contains("各工作组").doesNotContain("|");
        // one line per team: its status and only the month's targets not met; the rest is in the workbook
        List<String> teams = text.lines().filter(l -> l.startsWith("• 第")).toList();
        assertThat(teams).hasSize(4);
        assertThat(teams.get(0)).startsWith("• 第一工作组 ").contains("走访 3/15").doesNotContain("考察");
        assertThat(teams.get(3)).startsWith("• 第四工作组 🔴").contains("走访 0/15");
        assertThat(replies.get(2).get("name").asText()).endsWith(".xlsx");
        String ranking = bot.sayText("local-coord", "m-admin", "排行");
        assertThat(ranking.indexOf("第一工作组")).isLessThan(ranking.indexOf("第三工作组"));
        assertThat(ranking).startsWith("🏆 月擂台");
    }
}
