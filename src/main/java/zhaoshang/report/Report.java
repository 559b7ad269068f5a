package zhaoshang.report;

/** A typed report read from a chat message. Amounts are exact integer 元 (null when not given). */
public sealed interface Report
        permits VisitReport, LeadReport, InspectionReport, SigningReport, TripPlanReport, TripSummaryReport {
    ReportKind kind();
}
