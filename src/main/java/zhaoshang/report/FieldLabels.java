package zhaoshang.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Chinese label of each record component, as the ledgers name the column (used in answers and history). */
public final class FieldLabels {

    private static final Map<ReportKind, Map<String, String>> LABELS = new EnumMap<>(ReportKind.class);

    static {
        put(ReportKind.VISIT, "date", "走访日期", "enterprise", "企业名称", "enterpriseInfo", "企业基本情况",
                "region", "所在地区", "industry", "产业方向", "contacts", "对接人员", "ourPeople", "我方人员",
                "content", "洽谈内容", "intent", "投资意向", "amountYuan", "拟投资额", "followUp", "后续建议");
        put(ReportKind.LEAD, "date", "线索日期", "enterprise", "企业名称", "project", "项目名称", "industry", "产业方向",
                "amountYuan", "拟投资额", "area", "意向落地区域", "owner", "跟踪责任人", "source", "线索来源",
                "stage", "当前阶段", "nextStep", "下步计划");
        put(ReportKind.INSPECTION, "enterprise", "企业名称", "date", "考察日期", "visitors", "来访人员",
                "companions", "陪同人员", "itinerary", "考察内容", "area", "考察区域", "result", "考察结果");
        put(ReportKind.SIGNING, "project", "项目名称", "enterprise", "企业名称", "date", "签约日期", "amountYuan", "投资额",
                "industry", "产业方向", "area", "落地区域", "progress", "项目进度", "issues", "存在问题", "owner", "责任人",
                "remark", "备注");
        put(ReportKind.TRIP_PLAN, "destination", "目的地", "departDate", "出发日期", "returnDate", "返回日期",
                "plannedVisits", "拟拜访企业", "partners", "对接依托单位", "division", "人员分工", "route", "行程路线");
        put(ReportKind.TRIP_SUMMARY, "trip", "行程", "departDate", "出发日期", "returnDate", "返回日期",
                "visits", "走访情况", "projects", "意向项目", "experience", "经验做法", "problems", "存在问题",
                "suggestions", "改进建议");
    }

    private static void put(ReportKind kind, String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        LABELS.put(kind, m);
    }

    private FieldLabels() { }

    /** The label of a component, e.g. (VISIT, "intent") → "投资意向"; the component name itself when unknown. */
    public static String label(ReportKind kind, String component) {
        String l = LABELS.get(kind).get(component);
        return l == null ? component : l;
    }

    /** All components of a kind with their labels, in ledger column order. */
    public static Map<String, String> of(ReportKind kind) {
        return java.util.Collections.unmodifiableMap(LABELS.get(kind));
    }
}
