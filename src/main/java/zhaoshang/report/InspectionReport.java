package zhaoshang.report;

import java.time.LocalDate;

/** 《邀请来高新区、潞州区考察台账》 row. Required: enterprise, date. */
public record InspectionReport(
        String enterprise,         // 企业名称
        LocalDate date,            // 考察日期
        String visitors,           // 来访人员
        String companions,         // 陪同人员
        String itinerary,          // 考察内容/行程
        String area,               // 考察区域: 高新区 / 潞州区
        String result              // 结果/意向
) implements Report {
    public ReportKind kind() { return ReportKind.INSPECTION; }
}
