package zhaoshang.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The fill-in template of each kind, sent for 模板 走访 and with every answer about a report that has problems. */
public final class Templates {

    private static final Map<ReportKind, String> TEMPLATES = new EnumMap<>(ReportKind.class);

    static {
        TEMPLATES.put(ReportKind.VISIT, """
                走访
                企业：
                时间：今天
                地点：
                对接人：
                我方人员：
                洽谈内容：
                投资意向：
                拟投资额：
                后续建议：""");
        TEMPLATES.put(ReportKind.LEAD, """
                线索
                企业：
                项目：
                产业：
                拟投资：
                意向区域：
                责任人：
                来源：
                下一步：""");
        TEMPLATES.put(ReportKind.INSPECTION, """
                考察
                企业：
                日期：
                来访：
                陪同：
                行程：
                区域：
                结果：""");
        TEMPLATES.put(ReportKind.SIGNING, """
                签约
                项目：
                企业：
                签约日期：今天
                投资额：
                产业：
                落地区域：
                进度：签约
                存在问题：
                责任人：
                备注：""");
        TEMPLATES.put(ReportKind.TRIP_PLAN, """
                外出计划
                目的地：
                出发：
                返回：
                拟拜访：
                依托单位：
                分工：
                路线：""");
        TEMPLATES.put(ReportKind.TRIP_SUMMARY, """
                外出总结
                行程：
                走访情况：
                意向项目：
                经验做法：
                存在问题：
                改进建议：""");
    }

    private Templates() { }

    /** The template of one kind: the kind word on the first line, then one "名称：" line per field. */
    public static String of(ReportKind kind) {
        return TEMPLATES.get(kind);
    }

    /** Every template, in {@link ReportKind} order. */
    public static Map<ReportKind, String> all() {
        return Collections.unmodifiableMap(TEMPLATES);
    }

    /** The line a member adds for one field, e.g. (VISIT, "enterprise") → "企业：企业全称". */
    public static String exampleLine(ReportKind kind, String component) {
        return ProblemMessages.example(kind, component);
    }
}
