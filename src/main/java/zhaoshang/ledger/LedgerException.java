package zhaoshang.ledger;

/**
 * A ledger operation refused. The message is Simplified Chinese and may be shown to the member as is;
 * {@link #problem()} lets commands choose other wording.
 */
public final class LedgerException extends RuntimeException {

    public enum Problem {
        /** No record has this number (or the text is not a number). */
        UNKNOWN_NUMBER,
        /** The record is withdrawn: it can no longer be changed. */
        WITHDRAWN,
        /** correct(): not a field of this kind of record. */
        UNKNOWN_FIELD,
        /** correct(): a value of the wrong type (e.g. text for an amount, a float for money). */
        WRONG_TYPE,
        /** A required field is missing or empty. */
        MISSING_FIELD,
        /** Not a valid progress / stage value. */
        INVALID_VALUE,
        /** The command needs another kind of record (progress of a visit …). */
        WRONG_KIND
    }

    private final Problem problem;
    private final String field;

    public LedgerException(Problem problem, String field, String message) {
        super(message);
        this.problem = problem;
        this.field = field;
    }

    public Problem problem() { return problem; }

    /** The record component concerned, or null. */
    public String field() { return field; }
}
