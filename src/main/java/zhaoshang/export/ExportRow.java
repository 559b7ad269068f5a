package zhaoshang.export;

import java.time.Instant;
import java.util.Objects;

import zhaoshang.report.Report;

/**
 * One ledger record as it goes into a workbook.
 *
 * @param number       the visible record number, e.g. {@code "#V-0042"}
 * @param teamName     the team the record belongs to, e.g. 第一工作组
 * @param reporterName the member who reported it (登记人)
 * @param recordedAt   when it was recorded (登记时间)
 * @param late         recorded after the 24-hour rule (逾期登记)
 * @param withdrawn    withdrawn by its reporter; withdrawn rows are left out of ledger sheets
 * @param report       the record's fields
 * @param duplicateOf  numbers of the team's records this one is likely a duplicate of (疑似重复; both kept), or null
 */
public record ExportRow(String number, String teamName, String reporterName, Instant recordedAt,
                        boolean late, boolean withdrawn, Report report, String duplicateOf) {
    public ExportRow {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(report, "report");
    }

    public ExportRow(String number, String teamName, String reporterName, Instant recordedAt, boolean late,
                     boolean withdrawn, Report report) {
        this(number, teamName, reporterName, recordedAt, late, withdrawn, report, null);
    }
}
