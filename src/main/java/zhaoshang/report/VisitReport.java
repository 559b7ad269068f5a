package zhaoshang.report;

import java.time.LocalDate;

/** 《走访企业台账》 row. Required: enterprise, content. */
public record VisitReport(
        LocalDate date,            // 走访日期 (defaults to today)
        String enterprise,         // 企业名称
        String enterpriseInfo,     // 企业基本情况
        String region,             // 所在地区
        String industry,           // 产业方向
        String contacts,           // 对接人员 (their people: name, title)
        String ourPeople,          // 我方人员
        String content,            // 洽谈内容
        String intent,             // 投资意向: 无/一般/较强/明确 or free text
        Long amountYuan,           // 拟投资额, integer 元, optional
        String followUp            // 后续建议
) implements Report {
    public ReportKind kind() { return ReportKind.VISIT; }
}
