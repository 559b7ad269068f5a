package zhaoshang.ledger;

import java.time.Instant;
import java.time.LocalDate;

import zhaoshang.report.Report;
import zhaoshang.report.ReportKind;

/**
 * One stored record, as it is now, with the report rebuilt from its row.
 *
 * @param number        visible number, e.g. "#V-0042"
 * @param inboxId       the chat message it came from
 * @param enterpriseKey normalised enterprise name ({@link EnterpriseName#normalize}); "" for trip kinds
 * @param late          visits only: 逾期登记 (recorded after the end of the day following the visit date)
 * @param links         numbers of linked records (lead → visit, lead → signing, signing → lead)
 * @param withdrawal    who withdrew it, when and why; null while active
 * @param landedOn      signings only: the day its progress first reached 开工 or later; null below 开工
 */
public record LedgerEntry<R extends Report>(
        ReportKind kind,
        long id,
        String number,
        String teamId,
        String reporterId,
        long inboxId,
        RecordStatus status,
        Instant createdAt,
        Instant updatedAt,
        String enterpriseKey,
        boolean late,
        Links links,
        Withdrawal withdrawal,
        LocalDate landedOn,
        R report) {

    public boolean active() { return status == RecordStatus.ACTIVE; }

    /** Numbers of linked records, each null when there is no link. */
    public record Links(String visitNumber, String leadNumber, String signingNumber) {
        public static final Links NONE = new Links(null, null, null);
    }

    /** Who withdrew a record, when, and the reason given (may be null). */
    public record Withdrawal(String actorId, Instant at, String reason) { }
}
