package zhaoshang.export;

/**
 * One line of the 进度汇总 sheet: one target of one team in one period.
 *
 * @param teamName    e.g. 第一工作组
 * @param targetLabel e.g. 走访重点企业（家）
 * @param periodLabel e.g. 2026年11月 or 2026年第四季度
 * @param actual      the actual figure
 * @param target      the target figure
 * @param status      {@link #MET} (green), {@link #ON_PACE} (yellow) or {@link #BEHIND} (red); anything else is not coloured
 * @param note        free text, e.g. 还差 7 家，剩余 8 天 (may be null)
 */
public record ProgressLine(String teamName, String targetLabel, String periodLabel, long actual, long target,
                           String status, String note) {
    public static final String MET = "达标";
    public static final String ON_PACE = "正常";
    public static final String BEHIND = "落后";
}
