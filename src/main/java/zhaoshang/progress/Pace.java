package zhaoshang.progress;

/** Whether a figure is where it should be for the time elapsed in its period. */
public enum Pace {
    /** Target reached. */
    MET("🟢", "达标"),
    /** Not reached yet, but at or above the pro-rata pace for the days elapsed. */
    ON_PACE("🟡", "正常"),
    /** Below the pro-rata pace. */
    BEHIND("🔴", "落后");

    private final String icon;
    private final String label;

    Pace(String icon, String label) {
        this.icon = icon;
        this.label = label;
    }

    public String icon() { return icon; }

    public String label() { return label; }

    /**
     * The pace of {@code actual} against {@code target} with {@code elapsed} of {@code total} days gone.
     * On pace means actual ≥ target × elapsed / total (exact integer arithmetic).
     */
    public static Pace of(long actual, long target, int elapsed, int total) {
        if (actual >= target) return MET;
        if (total <= 0) return BEHIND;
        return actual * total >= target * (long) elapsed ? ON_PACE : BEHIND;
    }
}
