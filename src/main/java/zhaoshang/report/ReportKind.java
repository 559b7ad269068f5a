package zhaoshang.report;

/** The six kinds of report, with the visible number prefix and the Chinese name people use. */
public enum ReportKind {
    VISIT("V", "走访"),
    LEAD("L", "线索"),
    INSPECTION("I", "考察"),
    SIGNING("S", "签约"),
    TRIP_PLAN("T", "外出计划"),
    TRIP_SUMMARY("R", "外出总结");

    private final String prefix;
    private final String label;

    ReportKind(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    /** Prefix of the visible record number, e.g. "V" for #V-0042. */
    public String prefix() { return prefix; }

    /** Chinese name, e.g. 走访. */
    public String label() { return label; }

    public static ReportKind byPrefix(String prefix) {
        for (ReportKind k : values()) {
            if (k.prefix.equalsIgnoreCase(prefix)) return k;
        }
        return null;
    }
}
