package zhaoshang.report;

import java.time.LocalDate;

/** 《实效线索台账》 row. Required: enterprise, project or amount; owner defaults to the sender (null here). */
public record LeadReport(
        LocalDate date,            // date of the lead (defaults to today)
        String enterprise,         // 企业名称
        String project,            // 项目名称
        String industry,           // 产业方向
        Long amountYuan,           // 拟投资额, integer 元
        String area,               // 意向落地区域: 高新区 / 潞州区 (or text)
        String owner,              // 跟踪责任人 (null → the sender)
        String source,             // 线索来源, e.g. "#V-0012"
        String stage,              // 当前阶段: 线索 / 洽谈 / 签约
        String nextStep            // 下步计划
) implements Report {
    public ReportKind kind() { return ReportKind.LEAD; }
}
