package zhaoshang.ledger;

/**
 * A signing's progress or a lead's stage set by a command.
 *
 * @param from          the value before (签约 …)
 * @param to            the value now; equal to from when nothing changed (and no history was written)
 * @param linkedNumber  a lead set to 签约: the signing it is now linked to, or null
 */
public record Moved(String number, String from, String to, String linkedNumber) {
    public boolean changed() { return !from.equals(to); }
}
