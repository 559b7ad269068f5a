package zhaoshang.ledger;

import zhaoshang.report.ReportKind;

/**
 * What {@link Ledger#record} did with a report.
 *
 * @param outcome       CREATED, or DUPLICATE when an active signing of the same team with the same project and
 *                      enterprise already exists: nothing was stored and number/id are the existing record's
 * @param late          visits: 逾期登记
 * @param visitNumber   leads: the visit it was linked to (from 线索来源 or the latest visit of the enterprise), or null
 * @param leadNumber    signings: the lead it was linked to, or null
 * @param unlinkedSource leads: the visit number written in 线索来源 that was not linked because it is not an active
 *                      visit of the team (another team's record is never linked or shown), or null
 * @param likelyDuplicateOf the team's record this one likely repeats (same enterprise and day by another member, or a
 *                      signing of the same project), flagged and kept: nothing merged; or null
 */
public record Recorded(
        ReportKind kind,
        long id,
        String number,
        Outcome outcome,
        boolean late,
        String visitNumber,
        String leadNumber,
        String unlinkedSource,
        String likelyDuplicateOf) {

    public enum Outcome { CREATED, DUPLICATE }

    public boolean duplicate() { return outcome == Outcome.DUPLICATE; }

    /** The answer's line for {@link #unlinkedSource}, or null. */
    public String unlinkedSourceNote() {
        return unlinkedSource == null ? null : Ledger.unlinkableSourceMessage(unlinkedSource) + "，本条线索已登记但未关联该记录。";
    }
}
