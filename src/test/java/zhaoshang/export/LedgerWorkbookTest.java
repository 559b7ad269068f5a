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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.config.Letterhead;
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

    static final List<String> VISIT_HEADERS = List.of("序号", "走访日期", "企业名称", "企业基本情况", "所在地区",
            "产业方向", "对接人员", "我方人员", "洽谈内容", "投资意向", "拟投资额（万元）", "后续建议", "编号", "登记人", "登记时间",
            "逾期登记", "疑似重复");
    /** The office's own columns, after the printed ones. */
    static final List<String> INTERNAL = List.of("编号", "登记人", "登记时间", "逾期登记");
    /** The office's own columns of the ledgers that can hold likely duplicates (not trips). */
    static final List<String> RECORD_INTERNAL = List.of("编号", "登记人", "登记时间", "逾期登记", "疑似重复");
    static final int FIRST = LedgerWorkbook.FIRST_DATA_ROW;

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
            assertThat(visits.getMergedRegions()).as("title across the printed columns")
                    .contains(new CellRangeAddress(0, 0, 0, VISIT_HEADERS.size() - RECORD_INTERNAL.size() - 1));
            assertThat(headers(visits)).containsExactlyElementsOf(VISIT_HEADERS);

            assertThat(wb.getSheet("邀请考察台账").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("第一工作组 邀请来高新区、潞州区考察台账（2026年11月）");
            assertThat(headers(wb.getSheet("实效线索台账"))).containsExactly("序号", "线索日期", "企业名称", "项目名称",
                    "产业方向", "拟投资额（万元）", "意向落地区域", "跟踪责任人", "线索来源", "当前阶段", "下步计划", "编号", "登记人",
                    "登记时间", "逾期登记", "疑似重复");
            assertThat(headers(wb.getSheet("邀请考察台账"))).containsExactly("序号", "企业名称", "考察日期", "来访人员",
                    "陪同人员", "考察内容/行程", "考察区域", "结果/意向", "编号", "登记人", "登记时间", "逾期登记",
                    "疑似重复");
            assertThat(headers(wb.getSheet("签约项目台账"))).containsExactly("序号", "项目名称", "企业名称", "签约日期",
                    "投资额（万元）", "产业方向", "落地区域", "项目进度", "存在问题/需要解决的问题", "责任人", "备注", "编号", "登记人",
                    "登记时间", "逾期登记", "疑似重复");
            assertThat(headers(wb.getSheet("外出计划"))).containsExactly("序号", "目标区域/城市", "出发日期", "返回日期",
                    "拟拜访企业", "对接依托单位", "人员分工", "行程路线", "编号", "登记人", "登记时间", "逾期登记");
            assertThat(headers(wb.getSheet("外出总结"))).containsExactly("序号", "行程", "出发日期", "返回日期", "走访情况",
                    "意向项目", "经验做法", "存在问题", "改进建议", "编号", "登记人", "登记时间", "逾期登记");

            assertThat(wb.getSheet("外出计划").getRow(FIRST).getCell(4).getStringCellValue())
                    .isEqualTo("比亚迪（11月4日）\n华为数字能源");
            Row lead = wb.getSheet("实效线索台账").getRow(FIRST);
            assertThat(lead.getCell(7).getStringCellValue()).as("跟踪责任人 defaults to the reporter").isEqualTo("李娜");
            assertThat(lead.getCell(5).getNumericCellValue()).isEqualTo(300_000.0);
            assertThat(wb.getSheet("签约项目台账").getRow(FIRST).getCell(7).getStringCellValue()).isEqualTo("注册");
        }
    }

    @Test
    void rowsDatesAmountsAndTotal() throws IOException {
        WorkbookContent content = new WorkbookContent(TEAM, "2026年11月",
                Map.of(ReportKind.VISIT, sampleVisits()), List.of(), SHANGHAI);
        try (XSSFWorkbook wb = roundTrip(content)) {
            assertThat(wb.getNumberOfSheets()).as("no progress lines, one kind → one sheet").isEqualTo(1);
            XSSFSheet s = wb.getSheet("走访企业台账");
            int number = VISIT_HEADERS.indexOf("编号");
            // withdrawn #V-0041 is left out: 4 records, then 合计
            assertThat(column(s, number, FIRST, FIRST + 3)).containsExactly("#V-0040", "#V-0042", "#V-0043", "#V-0044");
            assertThat(s.getRow(FIRST).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(s.getRow(FIRST + 3).getCell(0).getNumericCellValue()).isEqualTo(4);

            Cell date = s.getRow(FIRST + 1).getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 5));

            Cell recorded = s.getRow(FIRST + 1).getCell(VISIT_HEADERS.indexOf("登记时间"));
            assertThat(DateUtil.isCellDateFormatted(recorded)).isTrue();
            assertThat(recorded.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 5, 20, 15));

            int amount = VISIT_HEADERS.indexOf("拟投资额（万元）");
            Cell a1 = s.getRow(FIRST).getCell(amount);
            assertThat(a1.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(a1.getNumericCellValue()).as("6.2亿 = 62000万元").isEqualTo(62_000.0);
            assertThat(s.getRow(FIRST + 1).getCell(amount).getNumericCellValue()).as("1.15亿").isEqualTo(11_500.0);
            assertThat(s.getRow(FIRST + 2).getCell(amount).getCellType()).as("no amount given").isEqualTo(CellType.BLANK);
            assertThat(s.getRow(FIRST + 3).getCell(amount).getNumericCellValue()).as("12,345元").isEqualTo(1.2345);
            assertThat(a1.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00##");

            Row total = s.getRow(FIRST + 4);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计　共4条");
            assertThat(total.getCell(amount).getCellType()).as("visits' 拟投资额 are not added up: one investment may be "
                    + "talked about in several visits").isEqualTo(CellType.BLANK);

            int late = VISIT_HEADERS.indexOf("逾期登记");
            assertThat(s.getRow(FIRST + 1).getCell(late).getStringCellValue()).as("逾期登记").isEqualTo("是");
            assertThat(s.getRow(FIRST).getCell(late).getCellType()).isEqualTo(CellType.BLANK);

            assertThat(text(s.getRow(FIRST + 6), 0)).as("signature row after an empty row").startsWith("填报人：");
            assertThat(rowText(s.getRow(FIRST + 6))).contains("审核人").contains("报送日期");
            assertThat(s.getLastRowNum()).isEqualTo(FIRST + 6);
        }
    }

    @Test
    void leadsAndSigningsAreTotalledAndTheSheetSaysWhoFillsItIn() throws IOException {
        Map<ReportKind, List<ExportRow>> rows = allKinds(sampleVisits());
        ExportRow second = new ExportRow("#S-0008", TEAM, "张伟", at("2026-11-26T10:00"), false, false,
                new SigningReport("光电芯片制造中心建设项目", "安徽申焰新能源科技有限责任公司", LocalDate.of(2026, 11, 26),
                        115 * YI / 100, "光电", "高新区", "签约", null, null, "主要建设全制程产线三条，预计年产光电芯片约1.2亿颗"));
        rows.put(ReportKind.SIGNING, List.of(rows.get(ReportKind.SIGNING).get(0), second));
        Letterhead letterhead = new Letterhead("长治高新区投资促进部", "长治高新区、潞州区联合招商", "长高投促〔{year}〕　号",
                "长治高新区管委会", null);
        WorkbookContent content = new WorkbookContent(TEAM, "2026年11月", rows, progress(), SHANGHAI, Instant.now(), letterhead,
                LocalDate.of(2026, 11, 29), true);
        try (XSSFWorkbook wb = roundTrip(content)) {
            XSSFSheet s = wb.getSheet("签约项目台账");
            List<String> h = headers(s);
            int amount = h.indexOf("投资额（万元）");
            Row total = s.getRow(FIRST + 2);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计　共2条");
            assertThat(total.getCell(amount).getNumericCellValue()).as("2亿 + 1.15亿").isEqualTo(31_500.0);
            assertThat(h.indexOf("备注")).as("备注 the last printed column").isEqualTo(h.indexOf("编号") - 1);
            assertThat(text(s.getRow(FIRST + 1), h.indexOf("备注")))
                    .isEqualTo("主要建设全制程产线三条，预计年产光电芯片约1.2亿颗");
            assertThat(text(s.getRow(FIRST), h.indexOf("备注"))).as("a signing without 备注").isEmpty();
            assertThat(rowText(s.getRow(LedgerWorkbook.INFO_ROW))).contains("填报单位：长治高新区、潞州区联合招商第一工作组")
                    .contains("所属期间：2026年11月").contains("填报日期：2026年11月29日").contains("单位：万元");
            assertThat(s.getHeader().getLeft()).as("the office the ledger goes to").isEqualTo("长治高新区投资促进部");
            assertThat(rowText(wb.getSheet("邀请考察台账").getRow(LedgerWorkbook.INFO_ROW)))
                    .as("no amounts, no unit").doesNotContain("万元");
            Row lead = wb.getSheet("实效线索台账").getRow(FIRST + 1);
            assertThat(lead.getCell(headers(wb.getSheet("实效线索台账")).indexOf("拟投资额（万元）")).getNumericCellValue())
                    .as("the leads' 拟投资额 are totalled").isEqualTo(300_000.0);
        }
    }

    @Test
    void theOfficesColumnsAreACollapsedGroupThatDoesNotPrint() throws IOException {
        try (XSSFWorkbook wb = roundTrip(new WorkbookContent(TEAM, "2026年11月", allKinds(sampleVisits()), progress(),
                SHANGHAI))) {
            for (String name : List.of("走访企业台账", "实效线索台账", "邀请考察台账", "签约项目台账", "外出计划", "外出总结")) {
                XSSFSheet s = wb.getSheet(name);
                List<String> h = headers(s);
                List<String> own = name.startsWith("外出") ? INTERNAL : RECORD_INTERNAL;
                assertThat(h.subList(h.size() - own.size(), h.size())).as(name).containsExactlyElementsOf(own);
                for (int c = 0; c < h.size(); c++) {
                    boolean internal = own.contains(h.get(c));
                    assertThat(s.isColumnHidden(c)).as("%s %s hidden", name, h.get(c)).isEqualTo(internal);
                    assertThat(s.getColumnOutlineLevel(c)).as("%s %s grouped", name, h.get(c)).isEqualTo(internal ? 1 : 0);
                }
            }
        }
    }

    @Test
    void everyLedgerPrintsAtNinePointsOrMoreOnA4Landscape() throws IOException {
        Map<ReportKind, List<ExportRow>> rows = allKinds(longVisits());
        for (boolean allTeams : List.of(false, true)) {
            String scope = allTeams ? "全部工作组" : TEAM;
            try (XSSFWorkbook wb = roundTrip(new WorkbookContent(scope, "2026年11月", allTeams ? otherTeams(rows) : rows,
                    progress(), SHANGHAI))) {
                for (var sheet : wb) {
                    XSSFSheet s = (XSSFSheet) sheet;
                    double printed = 0;
                    StringBuilder widths = new StringBuilder();
                    for (int c = 0; c < headers(s).size(); c++) {
                        if (!s.isColumnHidden(c)) printed += s.getColumnWidthInPixels(c);
                        widths.append(headers(s).get(c)).append('=').append(s.getColumnWidth(c) / 256).append(' ');
                    }
                    double page = (11.69 - s.getMargin(PageMargin.LEFT) - s.getMargin(PageMargin.RIGHT)) * 96;
                    double scale = Math.min(1, page / printed);
                    int smallest = Integer.MAX_VALUE;
                    for (Row row : s) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.BLANK && row.getRowNum() > 0) continue;
                            smallest = Math.min(smallest, wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints());
                        }
                    }
                    assertThat(smallest * scale).as("%s (%s): %d pt at scale %.2f; %s", s.getSheetName(), scope, smallest, scale,
                                    widths)
                            .isGreaterThanOrEqualTo(9.0);
                    assertThat(s.getPrintSetup().getLandscape()).isTrue();
                    assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                    assertThat(s.getFitToPage()).isTrue();
                    assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                    assertThat(s.getPrintSetup().getFitHeight()).as("as many pages down as needed").isEqualTo((short) 0);
                    assertThat(s.getRepeatingRows()).as("title, 填报单位 and header on every page")
                            .isEqualTo(CellRangeAddress.valueOf("1:3"));
                }
            }
        }
    }

    @Test
    void companyNamesBreakOnWholeWords() throws IOException {
        List<ExportRow> visits = List.of(
                visit("#V-0001", TEAM, LocalDate.of(2026, 11, 3), "宁德时代新能源科技股份有限公司", null, false, false),
                visit("#V-0002", TEAM, LocalDate.of(2026, 11, 4), "比亚迪股份有限公司", null, false, false));
        try (XSSFWorkbook wb = roundTrip(new WorkbookContent(TEAM, "2026年11月", Map.of(ReportKind.VISIT, visits),
                List.of(), SHANGHAI))) {
            XSSFSheet s = wb.getSheet("走访企业台账");
            int name = VISIT_HEADERS.indexOf("企业名称");
            assertThat(s.getRow(FIRST).getCell(name).getStringCellValue()).isEqualTo("宁德时代新能源科技\n股份有限公司");
            assertThat(s.getRow(FIRST + 1).getCell(name).getStringCellValue()).as("fits: left alone")
                    .isEqualTo("比亚迪股份有限公司");
            int chars = s.getColumnWidth(name) / 256 / 2;
            assertThat(chars).as("each line fits the column").isGreaterThanOrEqualTo("宁德时代新能源科技".length());
        }
    }

    @Test
    void frozenHeaderFilterAndPrintSetup() throws IOException {
        WorkbookContent content = new WorkbookContent(TEAM, "2026年11月", allKinds(sampleVisits()), progress(), SHANGHAI);
        try (XSSFWorkbook wb = roundTrip(content)) {
            for (var sheet : wb) {
                XSSFSheet s = (XSSFSheet) sheet;
                assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).as(s.getSheetName()).isEqualTo((short) 3);
                assertThat(s.getPaneInformation().getVerticalSplitPosition()).isZero();
                PrintSetup ps = s.getPrintSetup();
                assertThat(ps.getLandscape()).as(s.getSheetName()).isTrue();
                assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(s.getFitToPage()).isTrue();
                assertThat(ps.getFitWidth()).isEqualTo((short) 1);
                assertThat(ps.getFitHeight()).isEqualTo((short) 0);
                assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
                for (int c = 0; c < headers(s).size(); c++) {
                    assertThat(s.getColumnWidth(c)).as("%s column %d width", s.getSheetName(), c)
                            .isBetween(5 * 256, 41 * 256);
                }
            }
            XSSFSheet visits = wb.getSheet("走访企业台账");
            assertThat(visits.getCTWorksheet().getAutoFilter().getRef()).as("header and the 4 records, not 合计")
                    .isEqualTo("A3:Q7");
            assertThat(wb.getSheet("进度汇总").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:J6");
            int content0 = VISIT_HEADERS.indexOf("洽谈内容");
            assertThat(visits.getRow(FIRST).getCell(content0).getCellStyle().getWrapText()).isTrue();
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
                Row row = s.getRow(FIRST + i);
                for (String header : List.of("企业名称", "洽谈内容", "后续建议", "登记人")) {
                    Cell cell = row.getCell(VISIT_HEADERS.indexOf(header));
                    assertThat(cell.getCellType()).as("%s %s", header, nasty.get(i)).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(nasty.get(i));
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix").isTrue();
                }
            }
            Row p = wb.getSheet("进度汇总").getRow(FIRST);
            assertThat(p.getCell(2).getStringCellValue()).isEqualTo("=1+2");
            assertThat(p.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(p.getCell(9).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertNoFormulas(wb);
            // ordinary text is not quote-prefixed
            assertThat(s.getRow(FIRST).getCell(VISIT_HEADERS.indexOf("编号")).getCellStyle().getQuotePrefixed()).isFalse();
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
            for (int r = FIRST; r <= FIRST + 2; r++) {
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
            Row behind = s.getRow(FIRST + 2);
            assertThat(behind.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(behind.getCell(5).getNumericCellValue()).isEqualTo(6);
            assertThat(behind.getCell(6).getNumericCellValue()).isEqualTo(1.0 / 6);
            assertThat(behind.getCell(7).getNumericCellValue()).as("差距").isEqualTo(5);
            assertThat(s.getRow(FIRST).getCell(7).getNumericCellValue()).as("no negative gap").isEqualTo(0);
        }
    }

    @Test
    void allTeamsComeTeamByTeamWithSubtotalsAndEmptyLedgersSayNoRecords() throws IOException {
        List<ExportRow> visits = List.of(
                visit("#V-0001", "第一工作组", LocalDate.of(2026, 11, 3), "甲公司", YI, false, false),
                visit("#V-0002", "第二工作组", LocalDate.of(2026, 11, 3), "乙公司", 3 * YI, false, false),
                visit("#V-0003", "第一工作组", LocalDate.of(2026, 11, 4), "丙公司", null, false, false));
        SigningReport s1 = (SigningReport) allKinds(List.of()).get(ReportKind.SIGNING).get(0).report();
        List<ExportRow> signings = List.of(
                new ExportRow("#S-0001", "第一工作组", "张伟", at("2026-11-25T10:00"), false, false, s1),
                new ExportRow("#S-0002", "第二工作组", "林琳", at("2026-11-25T10:00"), false, false, s1),
                new ExportRow("#S-0003", "第二工作组", "林琳", at("2026-11-26T10:00"), false, false, s1),
                new ExportRow("#S-0004", "第二工作组", "林琳", at("2026-11-26T10:00"), false, true, s1));
        Map<ReportKind, List<ExportRow>> map = new EnumMap<>(ReportKind.class);
        map.put(ReportKind.VISIT, visits);
        map.put(ReportKind.SIGNING, signings);
        map.put(ReportKind.INSPECTION, List.of());
        try (XSSFWorkbook wb = roundTrip(new WorkbookContent("全部工作组", "2026年11月", map, List.of(), SHANGHAI))) {
            XSSFSheet s = wb.getSheet("走访企业台账");
            List<String> headers = headers(s);
            assertThat(headers).last().isEqualTo("工作组");
            assertThat(s.isColumnHidden(headers.size() - 1)).isTrue();
            assertThat(rowText(s.getRow(LedgerWorkbook.INFO_ROW))).contains("填报单位：长治高新区投资促进部");
            List<String> firstCells = new ArrayList<>();
            for (int r = FIRST; r <= s.getLastRowNum(); r++) firstCells.add(text(s.getRow(r), 0));
            assertThat(firstCells).containsExactly("第一工作组（2条）", "1", "2", "第一工作组小计　共2条", "第二工作组（1条）", "1",
                    "第二工作组小计　共1条", "合计　共3条（2个工作组）", "", "汇总人：＿＿＿＿＿＿");
            assertThat(text(s.getRow(FIRST + 2), headers.indexOf("企业名称"))).isEqualTo("丙公司");

            XSSFSheet sign = wb.getSheet("签约项目台账");
            int amount = headers(sign).indexOf("投资额（万元）");
            assertThat(text(sign.getRow(FIRST + 2), 0)).isEqualTo("第一工作组小计　共1条");
            assertThat(sign.getRow(FIRST + 2).getCell(amount).getNumericCellValue()).isEqualTo(20_000);
            assertThat(text(sign.getRow(FIRST + 6), 0)).as("withdrawn #S-0004 left out").isEqualTo("第二工作组小计　共2条");
            assertThat(sign.getRow(FIRST + 6).getCell(amount).getNumericCellValue()).isEqualTo(40_000);
            assertThat(text(sign.getRow(FIRST + 7), 0)).isEqualTo("合计　共3条（2个工作组）");
            assertThat(sign.getRow(FIRST + 7).getCell(amount).getNumericCellValue()).isEqualTo(60_000);

            XSSFSheet empty = wb.getSheet("邀请考察台账");
            assertThat(empty.getRow(0).getCell(0).getStringCellValue()).isEqualTo("全部工作组 邀请来高新区、潞州区考察台账（2026年11月）");
            assertThat(empty.getRow(FIRST).getCell(0).getStringCellValue()).isEqualTo("本期无记录");
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
            String written = wb.getSheet("走访企业台账").getRow(FIRST).getCell(VISIT_HEADERS.indexOf("洽谈内容"))
                    .getStringCellValue();
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
            assertThat(s.getRow(FIRST).getCell(col).getCellStyle().getWrapText()).isTrue();
            int charsPerLine = s.getColumnWidth(col) / 256 / 2;
            int lines = (talk.length() + charsPerLine - 1) / charsPerLine;
            assertThat(s.getRow(FIRST).getHeightInPoints()).as("%d lines of wrapped text", lines)
                    .isGreaterThanOrEqualTo(lines * 13f);
            assertThat(s.getRow(FIRST + 1).getHeightInPoints()).isEqualTo(18f);
            assertThat(s.getRow(LedgerWorkbook.HEADER_ROW).getHeightInPoints()).as("header").isEqualTo(30f);
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
        s.getRow(LedgerWorkbook.HEADER_ROW).forEach(c -> out.add(c.getStringCellValue()));
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
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    /** A cell as text: numbers without decimals, blanks and missing cells as "". */
    static String text(Row row, int c) {
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) return "";
        return switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }

    /** The texts of a row's cells, joined. */
    static String rowText(Row row) {
        StringBuilder sb = new StringBuilder();
        row.forEach(c -> sb.append(text(row, c.getColumnIndex())).append(' '));
        return sb.toString();
    }

    /** Visits with long names and texts, as many as wrap. */
    static List<ExportRow> longVisits() {
        List<ExportRow> out = new ArrayList<>(sampleVisits());
        out.add(new ExportRow("#V-0045", TEAM, "张伟", at("2026-11-08T20:00"), false, false,
                new VisitReport(LocalDate.of(2026, 11, 8), "深圳欣迪新能源装备技术有限公司", "国家级专精特新“小巨人”企业，主营锂电池自动化装备，年营收约12亿元",
                        "广东省深圳市宝安区", "高端装备制造", "陈总（董事长）、刘总（副总经理）", "宋志芳、王峰、崔向阳",
                        "介绍高新区锂电产业链布局和要素保障政策，企业计划明年在华北新建装备生产基地，对长治区位和配套较感兴趣",
                        "较强", 35 * YI / 10, "12月邀请企业高层来高新区实地考察，对接产业园标准厂房")));
        return out;
    }

    /** The same rows, every other one moved to 第二工作组. */
    static Map<ReportKind, List<ExportRow>> otherTeams(Map<ReportKind, List<ExportRow>> rows) {
        Map<ReportKind, List<ExportRow>> out = new EnumMap<>(ReportKind.class);
        rows.forEach((kind, list) -> {
            List<ExportRow> moved = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ExportRow r = list.get(i);
                moved.add(i % 2 == 0 ? r : new ExportRow(r.number(), "第二工作组", r.reporterName(), r.recordedAt(),
                        r.late(), r.withdrawn(), r.report()));
            }
            out.put(kind, moved);
        });
        return out;
    }
}
