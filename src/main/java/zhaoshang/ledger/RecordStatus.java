package zhaoshang.ledger;

/** Whether a record counts: withdrawn records are kept (with who, when and why) but count nowhere. */
public enum RecordStatus {
    ACTIVE("active"),
    WITHDRAWN("withdrawn");

    private final String code;

    RecordStatus(String code) { this.code = code; }

    /** The value stored in the status column. */
    public String code() { return code; }

    static RecordStatus ofCode(String code) {
        for (RecordStatus s : values()) if (s.code.equals(code)) return s;
        throw new IllegalArgumentException("unknown status " + code);
    }
}
