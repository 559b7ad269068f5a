package zhaoshang.progress;

/**
 * One target's figure for one team.
 *
 * @param key       target key from bot-config (visits, leads, inspections, signings, landed, tripDays)
 * @param label     Chinese name of the target
 * @param period    the period the figure counts over (the target's own period, or scaled into the asked one)
 * @param actual    what the ledgers show
 * @param target    what the plan asks for in that period
 * @param pace      🟢/🟡/🔴 for the days elapsed
 * @param daysLeft  days left in the period from today (0 when it is over)
 * @param late      how many of the counted rows were 逾期登记 (visits)
 * @see ProgressCalculator#rowsBehind the records behind the figure, so it can be checked row by row
 */
public record Figure(String key, String label, Period period, long actual, long target, Pace pace, int daysLeft,
                     long late) {

    /** How many are still missing (0 once met). */
    public long gap() {
        return Math.max(0, target - actual);
    }

    /** The target's name in two to four characters, for one-line summaries ("走访", "线索", "亿元落地"). */
    public String shortLabel() {
        return switch (key) {
            case "visits" -> "走访";
            case "leads" -> "线索";
            case "inspections" -> "考察";
            case "signings" -> "签约";
            case "landed" -> "亿元落地";
            case "tripDays" -> "外出天数";
            default -> label;
        };
    }

    /** Completion ratio capped at 1, for the ranking. */
    public double completion() {
        return target <= 0 ? 1.0 : Math.min(1.0, (double) actual / target);
    }
}
