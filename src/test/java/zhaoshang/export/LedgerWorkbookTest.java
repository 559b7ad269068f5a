package zhaoshang.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.report.InspectionReport;
import zhaoshang.report.LeadReport;
import zhaoshang.report.ReportKind;
import zhaoshang.report.SigningReport;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.TripSummaryReport;
import zhaoshang.report.VisitReport;

class LedgerWorkbookTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String TEAM = "第一工作组";
    static final long YI = 100_000_000L;

    static final List<String> VISIT_HEADERS = List.of("序号", "编号", "走访日期", "企业名称", "企业基本情况", "所在地区",
            "产业方向", "对接人员", "我方人员", "洽谈内容", "投资意向", "拟投资额（万元）", "后续建议", "登记人", "登记时间", "逾期登记");

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    static ExportRow visit(String number, String team, LocalDate date, String enterprise, Long yuan, boolean late,
                           boolean withdrawn) {
        return new ExportRow(number, team, "张伟", at(date + "T20:15"), late, withdrawn,
                new VisitReport(date, enterprise, "世界500强，主营动力电池", "深圳市南山区", "新能源", "王总（副总经理）",
                        "张伟、李娜", "介绍高新区产业基础和政策，对方有意在华北布局电池包生产基地", "较强", yuan,
                        "邀请12月来长治考察"));
    }

    static Map<ReportKind, List<ExportRow>> allKinds(List<ExportRow> visits) {
        Map<ReportKind, List<ExportRow>> rows = new EnumMap<>(ReportKind.class);
        rows.put(ReportKind.VISIT, visits);
        rows.put(ReportKind.LEAD, List.of(new ExportRow("#L-0003", TEAM, "李娜", at("2026-11-06T09:00"), false, false,
                new LeadReport(LocalDate.of(2026, 11, 5), "比亚迪股份有限公司", "年产10GWh储能电池项目", "新能源",
                        30_000_000_000L / 10, "高新区", null, "#V-0042", "洽谈", "12月上旬带队回访"))));
        rows.put(ReportKind.INSPECTION, List.of(new ExportRow("#I-0001", TEAM, "张伟", at("2026-11-20T18:00"), false,
                false, new InspectionReport("宁德时代新能源科技股份有限公司", LocalDate.of(2026, 11, 19), "王总等3人",
                        "高新区管委会副主任", "参观产业园、座谈", "高新区", "有意向设立华北基地"))));
        rows.put(ReportKind.SIGNING, List.of(new ExportRow("#S-0007", TEAM, "张伟", at("2026-11-25T10:00"), false,
                false, new SigningReport("新能源电池包生产基地项目", "宁德时代新能源科技股份有限公司",
                        LocalDate.of(2026, 11, 25), 2 * YI, "新能源", "高新区", "注册", "用地指标待落实", "赵强"))));
        rows.put(ReportKind.TRIP_PLAN, List.of(new ExportRow("#T-0002", TEAM, "张伟", at("2026-11-01T10:00"), false,
                false, new TripPlanReport("深圳、东莞", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 8),
                        List.of(new TripPlanReport.PlannedVisit("比亚迪", LocalDate.of(2026, 11, 4)),
                                new TripPlanReport.PlannedVisit("华为数字能源", null)),
                        "山西省驻深圳办事处", "张伟负责对接，李娜负责记录", "长治—深圳—东莞—长治"))));
        rows.put(ReportKind.TRIP_SUMMARY, List.of(new ExportRow("#R-0001", TEAM, "张伟", at("2026-11-12T10:00"), false,
                false, new TripSummaryReport("11月3日-11月8日 深圳、东莞", LocalDate.of(2026, 11, 3),
                        LocalDate.of(2026, 11, 8), "走访企业8家", "储能电池项目", "提前对接商会", "部分企业层级不够",
                        "提前准备产业链图谱"))));
        return rows;
    }

    static List<ProgressLine> progress() {
        return List.of(
                new ProgressLine(TEAM, "走访重点企业（家）", "2026年11月", 16, 15, "达标", "已完成"),
                new ProgressLine(TEAM, "有价值线索（条）", "2026年11月", 4, 6, "正常", "还差2条，剩余5天"),
                new ProgressLine(TEAM, "邀请考察企业（家）", "2026年第四季度", 1, 6, "落后", "还差5家"));
    }

    static XSSFWorkbook roundTrip(WorkbookContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerWorkbook.write(content, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<ExportRow> sampleVisits() {
        return List.of(
                visit("#V-0040", TEAM, LocalDate.of(2026, 11, 3), "比亚迪股份有限公司", 62 * YI / 10, false, false),
                visit("#V-0041", TEAM, LocalDate.of(2026, 11, 4), "已撤销的企业", 9 * YI, false, true),
                visit("#V-0042", TEAM, LocalDate.of(2026, 11, 5), "宁德时代新能源科技股份有限公司", 115 * YI / 100, true,
                        false),
                visit("#V-0043", TEAM, LocalDate.of(2026, 11, 6), "华为数字能源技术有限公司", null, false, false),
                visit("#V-0044", TEAM, LocalDate.of(2026, 11, 7), "小额企业", 12_345L, false, false));
    }

    @Test
    void sheetsTitlesAndHeaders() throws IOException {
        WorkbookContent content = new WorkbookContent(TEAM, "2026年11月", allKinds(sampleVisits()), progress(), SHANGHAI);
        try (XSSFWorkbook wb = roundTrip(content)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("进度汇总", "走访企业台账", "实效线索台账", "邀请考察台账", "签约项目台账",
                    "外出计划", "外出总结");

            XSSFSheet visits = wb.getSheet("走访企业台账");
            assertThat(visits.getRow(0).getCell(0).getStringCellValue()).isEqualTo("第一工作组 走访企业台账（2026年11月）");
            assertThat(visits.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, VISIT_HEADERS.size() - 1));
            assertThat(headers(visits)).containsExactlyElementsOf(VISIT_HEADERS);

            assertThat(wb.getSheet("邀请考察台账").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("第一工作组 邀请来高新区、潞州区考察台账（2026年11月）");
            assertThat(headers(wb.getSheet("实效线索台账"))).containsExactly("序号", "编号", "线索日期", "企业名称", "项目名称",
                    "产业方向", "拟投资额（万元）", "意向落地区域", "跟踪责任人", "线索来源", "当前阶段", "下步计划", "登记人", "登记时间",
                    "逾期登记");
            assertThat(headers(wb.getSheet("邀请考察台账"))).containsExactly("序号", "编号", "企业名称", "考察日期", "来访人员",
                    "陪同人员", "考察内容/行程", "考察区域", "结果/意向", "登记人", "登记时间", "逾期登记");
            assertThat(headers(wb.getSheet("签约项目台账"))).containsExactly("序号", "编号", "项目名称", "企业名称", "签约日期",
                    "投资额（万元）", "产业方向", "落地区域", "项目进度", "存在问题/需要解决的问题", "责任人", "登记人", "登记时间",
                    "逾期登记");
            assertThat(headers(wb.getSheet("外出计划"))).containsExactly("序号", "编号", "目标区域/城市", "出发日期", "返回日期",
                    "拟拜访企业", "对接依托单位", "人员分工", "行程路线", "登记人", "登记时间", "逾期登记");
            assertThat(headers(wb.getSheet("外出总结"))).containsExactly("序号", "编号", "行程", "出发日期", "返回日期", "走访情况",
                    "意向项目", "经验做法", "存在问题", "改进建议", "登记人", "登记时间", "逾期登记");

            assertThat(wb.getSheet("外出计划").getRow(2).getCell(5).getStringCellValue())
                    .isEqualTo("比亚迪（11月4日）\n华为数字能源");
            Row lead = wb.getSheet("实效线索台账").getRow(2);
            assertThat(lead.getCell(8).getStringCellValue()).as("跟踪责任人 defaults to the reporter").isEqualTo("李娜");
            assertThat(lead.getCell(6).getNumericCellValue()).isEqualTo(300_000.0);
            assertThat(wb.getSheet("签约项目台账").getRow(2).getCell(8).getStringCellValue()).isEqualTo("注册");
        }
    }

    @Test
    void rowsDatesAmountsAndTotal() throws IOException {
        WorkbookContent content = new WorkbookContent(TEAM, "2026年11月",
                Map.of(ReportKind.VISIT, sampleVisits()), List.of(), SHANGHAI);
        try (XSSFWorkbook wb = roundTrip(content)) {
            assertThat(wb.getNumberOfSheets()).as("no progress lines, one kind → one sheet").isEqualTo(1);
            XSSFSheet s = wb.getSheet("走访企业台账");
            // withdrawn #V-0041 is left out: 4 records in rows 2..5, 合计 in row 6
            assertThat(column(s, 1, 2, 5)).containsExactly("#V-0040", "#V-0042", "#V-0043", "#V-0044");
            assertThat(s.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(s.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(4);

            Cell date = s.getRow(3).getCell(2);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 5));

            Cell recorded = s.getRow(3).getCell(14);
            assertThat(DateUtil.isCellDateFormatted(recorded)).isTrue();
            assertThat(recorded.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 5, 20, 15));

            int amount = VISIT_HEADERS.indexOf("拟投资额（万元）");
            Cell a1 = s.getRow(2).getCell(amount);
            assertThat(a1.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(a1.getNumericCellValue()).as("6.2亿 = 62000万元").isEqualTo(62_000.0);
            assertThat(s.getRow(3).getCell(amount).getNumericCellValue()).as("1.15亿").isEqualTo(11_500.0);
            assertThat(s.getRow(4).getCell(amount).getCellType()).as("no amount given").isEqualTo(CellType.BLANK);
            assertThat(s.getRow(5).getCell(amount).getNumericCellValue()).as("12,345元").isEqualTo(1.2345);
            assertThat(a1.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00##");

            Row total = s.getRow(6);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("共4条");
            assertThat(total.getCell(amount).getNumericCellValue()).isEqualTo(62_000 + 11_500 + 1.2345);
            assertThat(s.getLastRowNum()).isEqualTo(6);

            assertThat(s.getRow(3).getCell(15).getStringCellValue()).as("逾期登记").isEqualTo("是");
            assertThat(s.getRow(2).getCell(15).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void frozenHeaderFilterAndPrintSetup() throws IOException {
        WorkbookContent content = new WorkbookContent(TEAM, "2026年11月", allKinds(sampleVisits()), progress(), SHANGHAI);
        try (XSSFWorkbook wb = roundTrip(content)) {
            for (var sheet : wb) {
                XSSFSheet s = (XSSFSheet) sheet;
                assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).as(s.getSheetName()).isEqualTo((short) 2);
                assertThat(s.getPaneInformation().getVerticalSplitPosition()).isZero();
                PrintSetup ps = s.getPrintSetup();
                assertThat(ps.getLandscape()).as(s.getSheetName()).isTrue();
                assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(s.getFitToPage()).isTrue();
                assertThat(ps.getFitWidth()).isEqualTo((short) 1);
                assertThat(ps.getFitHeight()).isEqualTo((short) 0);
                assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
                for (int c = 0; c < headers(s).size(); c++) {
                    assertThat(s.getColumnWidth(c)).as("%s column %d width", s.getSheetName(), c)
                            .isBetween(5 * 256, 40 * 256);
                }
            }
            XSSFSheet visits = wb.getSheet("走访企业台账");
            assertThat(visits.getCTWorksheet().getAutoFilter().getRef()).as("header and the 4 records, not 合计")
                    .isEqualTo("A2:P6");
            assertThat(wb.getSheet("进度汇总").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:J5");
            int content0 = VISIT_HEADERS.indexOf("洽谈内容");
            assertThat(visits.getRow(2).getCell(content0).getCellStyle().getWrapText()).isTrue();
            assertThat(visits.getColumnWidth(content0)).isGreaterThan(visits.getColumnWidth(0));
        }
    }

    @Test
    void formulaLookingTextStaysText() throws IOException {
        List<String> nasty = List.of("=HYPERLINK(\"http://evil\")", "+1+1", "@SUM(A1)", "-2+3", "=1+1\t", "\t=cmd|' /C calc'!A0");
        List<ExportRow> rows = new ArrayList<>();
        for (int i = 0; i < nasty.size(); i++) {
            String v = nasty.get(i);
            rows.add(new ExportRow("#V-00" + (50 + i), TEAM, v, at("2026-11-05T10:00"), false, false,
                    new VisitReport(LocalDate.of(2026, 11, 5), v, v, v, v, v, v, v, v, null, v)));
        }
        List<ProgressLine> progress = List.of(new ProgressLine(TEAM, "=1+2", "2026年11月", 1, 2, "正常", "@SUM(A1)"));
        try (XSSFWorkbook wb = roundTrip(new WorkbookContent(TEAM, "2026年11月", Map.of(ReportKind.VISIT, rows),
                progress, SHANGHAI))) {
            XSSFSheet s = wb.getSheet("走访企业台账");
            for (int i = 0; i < nasty.size(); i++) {
                Row row = s.getRow(2 + i);
                for (String header : List.of("企业名称", "洽谈内容", "后续建议", "登记人")) {
                    Cell cell = row.getCell(VISIT_HEADERS.indexOf(header));
                    assertThat(cell.getCellType()).as("%s %s", header, nasty.get(i)).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(nasty.get(i));
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix").isTrue();
                }
            }
            Row p = wb.getSheet("进度汇总").getRow(2);
            assertThat(p.getCell(2).getStringCellValue()).isEqualTo("=1+2");
            assertThat(p.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(p.getCell(9).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertNoFormulas(wb);
            // ordinary text is not quote-prefixed
            assertThat(s.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
        try (XSSFWorkbook wb = roundTrip(new WorkbookContent(TEAM, "2026年11月", allKinds(sampleVisits()), progress(),
                SHANGHAI))) {
            assertNoFormulas(wb);
        }
    }

    @Test
    void progressRowsAreColouredByStatus() throws IOException {
        try (XSSFWorkbook wb = roundTrip(new WorkbookContent("全部工作组", "2026年11月", Map.of(), progress(), SHANGHAI))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet s = wb.getSheet("进度汇总");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("全部工作组 进度汇总（2026年11月）");
            assertThat(headers(s)).containsExactly("序号", "工作组", "指标", "周期", "实际", "目标", "完成率", "差距", "状态", "说明");
            Map<String, String> expected = Map.of("达标", "C6EFCE", "正常", "FFEB9C", "落后", "FFC7CE");
            for (int r = 2; r <= 4; r++) {
                Row row = s.getRow(r);
                String status = row.getCell(8).getStringCellValue();
                for (int c = 0; c < 10; c++) {
                    XSSFCellStyle style = (XSSFCellStyle) row.getCell(c).getCellStyle();
                    assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                    XSSFColor color = style.getFillForegroundColorColor();
                    assertThat(color.getARGBHex()).as("row %d (%s) column %d", r, status, c)
                            .endsWith(expected.get(status));
                }
            }
            Row behind = s.getRow(4);
            assertThat(behind.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(behind.getCell(5).getNumericCellValue()).isEqualTo(6);
            assertThat(behind.getCell(6).getNumericCellValue()).isEqualTo(1.0 / 6);
            assertThat(behind.getCell(7).getNumericCellValue()).as("差距").isEqualTo(5);
            assertThat(s.getRow(2).getCell(7).getNumericCellValue()).as("no negative gap").isEqualTo(0);
        }
    }

    @Test
    void allTeamsGetATeamColumnAndEmptyLedgersSayNoRecords() throws IOException {
        List<ExportRow> rows = List.of(
                visit("#V-0001", "第一工作组", LocalDate.of(2026, 11, 3), "甲公司", YI, false, false),
                visit("#V-0002", "第二工作组", LocalDate.of(2026, 11, 3), "乙公司", 3 * YI, false, false));
        Map<ReportKind, List<ExportRow>> map = new EnumMap<>(ReportKind.class);
        map.put(ReportKind.VISIT, rows);
        map.put(ReportKind.SIGNING, List.of());
        try (XSSFWorkbook wb = roundTrip(new WorkbookContent("全部工作组", "2026年11月", map, List.of(), SHANGHAI))) {
            XSSFSheet s = wb.getSheet("走访企业台账");
            List<String> headers = headers(s);
            assertThat(headers).last().isEqualTo("工作组");
            assertThat(s.getRow(3).getCell(headers.size() - 1).getStringCellValue()).isEqualTo("第二工作组");
            assertThat(s.getRow(4).getCell(headers.indexOf("拟投资额（万元）")).getNumericCellValue()).isEqualTo(40_000);

            XSSFSheet empty = wb.getSheet("签约项目台账");
            assertThat(empty.getRow(0).getCell(0).getStringCellValue()).isEqualTo("全部工作组 签约项目台账（2026年11月）");
            assertThat(empty.getRow(2).getCell(0).getStringCellValue()).isEqualTo("本期无记录");
            assertThat(wb.getSheet("实效线索台账")).as("kind absent from the map → no sheet").isNull();
        }
    }

    @Test
    void rowOfTheWrongKindIsRejected() {
        ExportRow signing = allKinds(List.of()).get(ReportKind.SIGNING).get(0);
        WorkbookContent content = new WorkbookContent(TEAM, "2026年11月", Map.of(ReportKind.VISIT, List.of(signing)),
                List.of(), SHANGHAI);
        assertThatThrownBy(() -> LedgerWorkbook.write(content, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#S-0007");
    }

    @Test
    void veryLongTextIsCutAtExcelsLimit() throws IOException {
        String longText = "长".repeat(40_000);
        ExportRow row = new ExportRow("#V-0001", TEAM, "张伟", at("2026-11-05T10:00"), false, false,
                new VisitReport(LocalDate.of(2026, 11, 5), "甲公司", null, null, null, null, null, longText, null, null,
                        null));
        try (XSSFWorkbook wb = roundTrip(new WorkbookContent(TEAM, "2026年11月", Map.of(ReportKind.VISIT, List.of(row)),
                List.of(), SHANGHAI))) {
            String written = wb.getSheet("走访企业台账").getRow(2).getCell(9).getStringCellValue();
            assertThat(written).hasSize(32_767).endsWith("…");
        }
    }

    @Test
    void rowsAreAsTallAsTheirWrappedText() throws IOException {
        String talk = "介绍高新区产业基础、要素保障和招商政策，对方计划明年上半年启动新一轮扩产。".repeat(5);
        ExportRow longRow = new ExportRow("#V-0001", TEAM, "张伟", at("2026-11-05T10:00"), false, false,
                new VisitReport(LocalDate.of(2026, 11, 5), "甲公司", null, null, null, null, null, talk, null, null,
                        null));
        ExportRow shortRow = new ExportRow("#V-0002", TEAM, "张伟", at("2026-11-05T10:00"), false, false,
                new VisitReport(LocalDate.of(2026, 11, 5), "乙公司", null, null, null, null, null, "简短", null, null,
                        null));
        try (XSSFWorkbook wb = roundTrip(new WorkbookContent(TEAM, "2026年11月",
                Map.of(ReportKind.VISIT, List.of(longRow, shortRow)), List.of(), SHANGHAI))) {
            XSSFSheet s = wb.getSheet("走访企业台账");
            int col = VISIT_HEADERS.indexOf("洽谈内容");
            assertThat(s.getRow(2).getCell(col).getCellStyle().getWrapText()).isTrue();
            int charsPerLine = s.getColumnWidth(col) / 256 / 2;
            int lines = (talk.length() + charsPerLine - 1) / charsPerLine;
            assertThat(s.getRow(2).getHeightInPoints()).as("%d lines of wrapped text", lines)
                    .isGreaterThanOrEqualTo(lines * 13f);
            assertThat(s.getRow(3).getHeightInPoints()).isEqualTo(18f);
            assertThat(s.getRow(1).getHeightInPoints()).as("header").isEqualTo(30f);
        }
    }

    /**
     * POI's streaming temp files are deleted. They go to a folder of this test's own: the shared
     * {@code java.io.tmpdir/poifiles} also holds the temp files of every other build running on the machine, and
     * counting them there failed whenever another one wrote a workbook at the same time.
     */
    @Test
    void tempFilesAreRemoved(@TempDir Path dir) throws IOException {
        Path poiTemp = dir.resolve("poifiles");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
        try {
            LedgerWorkbook.write(new WorkbookContent(TEAM, "2026年11月", allKinds(sampleVisits()), progress(), SHANGHAI),
                    new OutputStream() {
                        @Override
                        public void write(int b) throws IOException {
                            assertThat(countFiles(poiTemp)).as("the sheets were streamed through temp files").isPositive();
                        }

                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            write(0);
                        }
                    });
            assertThat(countFiles(poiTemp)).isZero();
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    @Test
    void fileNames() {
        assertThat(LedgerWorkbook.fileName("第一工作组", "2026-11")).isEqualTo("招商台账_第一工作组_2026-11.xlsx");
        assertThat(LedgerWorkbook.fileName("全部工作组", "2026-Q4")).isEqualTo("招商台账_全部工作组_2026-Q4.xlsx");
        assertThat(LedgerWorkbook.fileName("../第 二/组:*?", "2026 年")).isEqualTo("招商台账_第_二_组_2026_年.xlsx");
        assertThat(LedgerWorkbook.fileName("", null)).isEqualTo("招商台账_全部_全部.xlsx");
    }

    static List<String> headers(XSSFSheet s) {
        List<String> out = new ArrayList<>();
        s.getRow(1).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    static List<String> column(XSSFSheet s, int col, int fromRow, int toRow) {
        List<String> out = new ArrayList<>();
        for (int r = fromRow; r <= toRow; r++) out.add(s.getRow(r).getCell(col).getStringCellValue());
        return out;
    }

    static void assertNoFormulas(XSSFWorkbook wb) {
        wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                        .isNotEqualTo(CellType.FORMULA))));
    }

    static long countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
