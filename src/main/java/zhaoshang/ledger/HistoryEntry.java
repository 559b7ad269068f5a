package zhaoshang.ledger;

import java.time.Instant;

import zhaoshang.report.ReportKind;

/**
 * One change to a record. Values are text: dates yyyy-MM-dd, amounts integer 元, planned visits
 * "企业(yyyy-MM-dd)、企业".
 *
 * @param field    record component name (e.g. "intent", "progress"); "status" for withdraw; null for create
 */
public record HistoryEntry(
        ReportKind kind,
        long recordId,
        String number,
        Instant at,
        String actorId,
        Action action,
        String field,
        String oldValue,
        String newValue,
        String reason) {

    public enum Action {
        CREATE, CORRECT, WITHDRAW, PROGRESS, STAGE;

        /** The value stored in the action column. */
        public String code() { return name().toLowerCase(); }
    }
}
