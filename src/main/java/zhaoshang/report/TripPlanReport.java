package zhaoshang.report;

import java.time.LocalDate;
import java.util.List;

/** 外出工作计划. Required: destination, departDate, returnDate (future dates are fine). */
public record TripPlanReport(
        String destination,              // 目标区域/城市
        LocalDate departDate,            // 出发日期
        LocalDate returnDate,            // 返回日期
        List<PlannedVisit> plannedVisits, // 拟拜访企业 (optionally with a date each)
        String partners,                 // 对接依托单位
        String division,                 // 人员分工
        String route                     // 行程路线
) implements Report {
    public TripPlanReport {
        plannedVisits = plannedVisits == null ? List.of() : List.copyOf(plannedVisits);
    }

    public ReportKind kind() { return ReportKind.TRIP_PLAN; }

    /** One enterprise a trip plan intends to visit; date may be null. */
    public record PlannedVisit(String enterprise, LocalDate date) { }
}
