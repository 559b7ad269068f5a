package zhaoshang.report;

import java.time.LocalDate;

/** 外出招商工作总结报告. Required: visits (走访情况). Trip dates are optional (taken from 行程 when given). */
public record TripSummaryReport(
        String trip,               // 行程 as written, e.g. "11月24日-11月30日 深圳、东莞、广州"
        LocalDate departDate,      // parsed from 行程 when possible, else null
        LocalDate returnDate,      // parsed from 行程 when possible, else null
        String visits,             // 走访情况
        String projects,           // 意向项目
        String experience,         // 经验做法
        String problems,           // 存在问题
        String suggestions         // 改进建议
) implements Report {
    public ReportKind kind() { return ReportKind.TRIP_SUMMARY; }
}
