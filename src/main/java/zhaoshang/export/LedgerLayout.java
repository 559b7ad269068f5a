package zhaoshang.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import zhaoshang.report.InspectionReport;
import zhaoshang.report.LeadReport;
import zhaoshang.report.Report;
import zhaoshang.report.ReportKind;
import zhaoshang.report.SigningReport;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.TripSummaryReport;
import zhaoshang.report.VisitReport;

/**
 * The sheet name, title and columns of each ledger, in the order of the work plan (PRODUCT.md): 序号, then the plan's
 * columns, which are what a printed page shows; then the office's own columns 编号, 登记人, 登记时间, 逾期登记, 疑似重复 (not for trips) and,
 * when the workbook holds more than one team, 工作组 ({@link LedgerColumn#internal()}, kept in a collapsed group).
 *
 * <p>The width caps of the printed columns add up to at most {@link #PRINT_WIDTH} character units, so that a page of
 * A4 landscape fitted to its width still shows 10 pt text at 9 pt or more.
 */
record LedgerLayout(ReportKind kind, String sheetName, String title, List<LedgerColumn> columns) {

    static final String TEAM_HEADER = "工作组";
    /** The widest the printed columns may be together, in character units (padding included). */
    static final int PRINT_WIDTH = 165;
    static final String DUPLICATE_HEADER = "疑似重复";

    /** Sheet name of a ledger kind (also used to order sheets). */
    static String sheetName(ReportKind kind) {
        return switch (kind) {
            case VISIT -> "走访企业台账";
            case LEAD -> "实效线索台账";
            case INSPECTION -> "邀请考察台账";
            case SIGNING -> "签约项目台账";
            case TRIP_PLAN -> "外出计划";
            case TRIP_SUMMARY -> "外出总结";
        };
    }

    /** Title of a ledger kind as the work plan names the document. */
    static String title(ReportKind kind) {
        return switch (kind) {
            case VISIT -> "走访企业台账";
            case LEAD -> "实效线索台账";
            case INSPECTION -> "邀请来高新区、潞州区考察台账";
            case SIGNING -> "签约项目台账";
            case TRIP_PLAN -> "外出工作计划";
            case TRIP_SUMMARY -> "外出招商工作总结";
        };
    }

    /** The printed columns, in order. */
    List<LedgerColumn> printed() {
        return columns.stream().filter(c -> !c.internal()).toList();
    }

    /** Whether some column is an amount (the sheet then says 单位：万元). */
    boolean hasAmounts() {
        return columns.stream().anyMatch(c -> c.type() == ColumnType.AMOUNT && !c.internal());
    }

    static LedgerLayout of(ReportKind kind, boolean withTeam) {
        List<LedgerColumn> c = new ArrayList<>();
        c.add(new LedgerColumn("序号", ColumnType.INDEX, 4, null));
        switch (kind) {
            case VISIT -> {
                c.add(date("走访日期", VisitReport.class, VisitReport::date));
                c.add(name("企业名称", 20, VisitReport.class, VisitReport::enterprise));
                c.add(text("企业基本情况", 16, VisitReport.class, VisitReport::enterpriseInfo));
                c.add(text("所在地区", 10, VisitReport.class, VisitReport::region));
                c.add(text("产业方向", 8, VisitReport.class, VisitReport::industry));
                c.add(text("对接人员", 12, VisitReport.class, VisitReport::contacts));
                c.add(text("我方人员", 10, VisitReport.class, VisitReport::ourPeople));
                c.add(text("洽谈内容", 26, VisitReport.class, VisitReport::content));
                c.add(text("投资意向", 8, VisitReport.class, VisitReport::intent));
                c.add(amount("拟投资额（万元）", VisitReport.class, VisitReport::amountYuan));
                c.add(text("后续建议", 16, VisitReport.class, VisitReport::followUp));
            }
            case LEAD -> {
                c.add(date("线索日期", LeadReport.class, LeadReport::date));
                c.add(name("企业名称", 20, LeadReport.class, LeadReport::enterprise));
                c.add(name("项目名称", 18, LeadReport.class, LeadReport::project));
                c.add(text("产业方向", 8, LeadReport.class, LeadReport::industry));
                c.add(amount("拟投资额（万元）", LeadReport.class, LeadReport::amountYuan).summed());
                c.add(text("意向落地区域", 12, LeadReport.class, LeadReport::area));
                c.add(new LedgerColumn("跟踪责任人", ColumnType.TEXT, 10,
                        row -> orReporter(((LeadReport) row.report()).owner(), row)));
                c.add(text("线索来源", 10, LeadReport.class, LeadReport::source));
                c.add(text("当前阶段", 8, LeadReport.class, LeadReport::stage));
                c.add(text("下步计划", 24, LeadReport.class, LeadReport::nextStep));
            }
            case INSPECTION -> {
                c.add(name("企业名称", 20, InspectionReport.class, InspectionReport::enterprise));
                c.add(date("考察日期", InspectionReport.class, InspectionReport::date));
                c.add(text("来访人员", 16, InspectionReport.class, InspectionReport::visitors));
                c.add(text("陪同人员", 14, InspectionReport.class, InspectionReport::companions));
                c.add(text("考察内容/行程", 28, InspectionReport.class, InspectionReport::itinerary));
                c.add(text("考察区域", 8, InspectionReport.class, InspectionReport::area));
                c.add(text("结果/意向", 22, InspectionReport.class, InspectionReport::result));
            }
            case SIGNING -> {
                c.add(name("项目名称", 18, SigningReport.class, SigningReport::project));
                c.add(name("企业名称", 20, SigningReport.class, SigningReport::enterprise));
                c.add(date("签约日期", SigningReport.class, SigningReport::date));
                c.add(amount("投资额（万元）", SigningReport.class, SigningReport::amountYuan).summed());
                c.add(text("产业方向", 8, SigningReport.class, SigningReport::industry));
                c.add(text("落地区域", 8, SigningReport.class, SigningReport::area));
                c.add(text("项目进度", 8, SigningReport.class, SigningReport::progress));
                c.add(text("存在问题/需要解决的问题", 24, SigningReport.class, SigningReport::issues));
                c.add(new LedgerColumn("责任人", ColumnType.TEXT, 8,
                        row -> orReporter(((SigningReport) row.report()).owner(), row)));
                // not in the work plan's list: what the member wrote that no column above holds (kept last)
                c.add(text("备注", 20, SigningReport.class, SigningReport::remark));
            }
            case TRIP_PLAN -> {
                c.add(text("目标区域/城市", 14, TripPlanReport.class, TripPlanReport::destination));
                c.add(date("出发日期", TripPlanReport.class, TripPlanReport::departDate));
                c.add(date("返回日期", TripPlanReport.class, TripPlanReport::returnDate));
                c.add(text("拟拜访企业", 24, TripPlanReport.class, LedgerLayout::plannedVisits));
                c.add(text("对接依托单位", 20, TripPlanReport.class, TripPlanReport::partners));
                c.add(text("人员分工", 20, TripPlanReport.class, TripPlanReport::division));
                c.add(text("行程路线", 20, TripPlanReport.class, TripPlanReport::route));
            }
            case TRIP_SUMMARY -> {
                c.add(text("行程", 16, TripSummaryReport.class, TripSummaryReport::trip));
                c.add(date("出发日期", TripSummaryReport.class, TripSummaryReport::departDate));
                c.add(date("返回日期", TripSummaryReport.class, TripSummaryReport::returnDate));
                c.add(text("走访情况", 22, TripSummaryReport.class, TripSummaryReport::visits));
                c.add(text("意向项目", 22, TripSummaryReport.class, TripSummaryReport::projects));
                c.add(text("经验做法", 22, TripSummaryReport.class, TripSummaryReport::experience));
                c.add(text("存在问题", 22, TripSummaryReport.class, TripSummaryReport::problems));
                c.add(text("改进建议", 22, TripSummaryReport.class, TripSummaryReport::suggestions));
            }
        }
        c.add(new LedgerColumn("编号", ColumnType.TEXT, 10, ExportRow::number).asInternal());
        c.add(new LedgerColumn("登记人", ColumnType.TEXT, 10, ExportRow::reporterName).asInternal());
        c.add(new LedgerColumn("登记时间", ColumnType.DATETIME, 17, ExportRow::recordedAt).asInternal());
        c.add(new LedgerColumn("逾期登记", ColumnType.FLAG, 4, ExportRow::late).asInternal());
        if (kind != ReportKind.TRIP_PLAN && kind != ReportKind.TRIP_SUMMARY) {
            // the same enterprise reported by another member for the same day, or a signing of the same project
            c.add(new LedgerColumn(DUPLICATE_HEADER, ColumnType.TEXT, 14,
                    row -> row.duplicateOf() == null ? null : "疑似与 " + row.duplicateOf() + " 重复").asInternal());
        }
        if (withTeam) {
            c.add(new LedgerColumn(TEAM_HEADER, ColumnType.TEXT, 12, ExportRow::teamName).asInternal());
        }
        return new LedgerLayout(kind, sheetName(kind), title(kind), List.copyOf(c));
    }

    /** 拟拜访企业: one enterprise a line, with its date when planned: 宁德时代（11月24日）. */
    static String plannedVisits(TripPlanReport plan) {
        if (plan.plannedVisits().isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (TripPlanReport.PlannedVisit v : plan.plannedVisits()) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(v.enterprise() == null ? "" : v.enterprise());
            LocalDate d = v.date();
            if (d != null) sb.append('（').append(d.getMonthValue()).append("月").append(d.getDayOfMonth()).append("日）");
        }
        return sb.toString();
    }

    private static String orReporter(String owner, ExportRow row) {
        return owner == null || owner.isBlank() ? row.reporterName() : owner;
    }

    private static <T extends Report> LedgerColumn text(String header, int maxWidth, Class<T> type,
                                                        Function<T, ?> field) {
        return new LedgerColumn(header, ColumnType.TEXT, maxWidth, field(type, field));
    }


    private static <T extends Report> LedgerColumn name(String header, int maxWidth, Class<T> type,
                                                        Function<T, ?> field) {
        return new LedgerColumn(header, ColumnType.NAME, maxWidth, field(type, field));
    }

    private static <T extends Report> LedgerColumn date(String header, Class<T> type, Function<T, ?> field) {
        return new LedgerColumn(header, ColumnType.DATE, 10, field(type, field));
    }

    private static <T extends Report> LedgerColumn amount(String header, Class<T> type, Function<T, ?> field) {
        return new LedgerColumn(header, ColumnType.AMOUNT, 12, field(type, field));
    }

    private static <T extends Report> Function<ExportRow, Object> field(Class<T> type, Function<T, ?> field) {
        return row -> field.apply(type.cast(row.report()));
    }
}
