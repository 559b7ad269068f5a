package zhaoshang.report;

/**
 * One thing the parser is not sure of in a report it read, so the bot can ask one precise question instead of
 * recording silently or refusing the whole message.
 *
 * @param field   the Chinese column label (FieldLabels), e.g. "企业名称", "走访日期", or {@link #KIND} when the kind
 *                itself is in doubt
 * @param reason  why
 * @param written the words of the message the doubt is about ("某新能源企业", "11月25日", "签了意向书"), or null
 */
public record Doubt(String field, Reason reason, String written) {

    /** The field label used when the kind of report is in doubt. */
    public static final String KIND = "类型";

    public enum Reason {
        /** A required field is missing (also listed as a Problem on an Invalid item). */
        MISSING,
        /** A value was written but cannot be read (bad amount, bad date …; also a Problem). */
        UNREADABLE,
        /** A visit or signing dated after today (also a Problem; the draft keeps the date as read). */
        FUTURE_DATE,
        /** The kind was guessed from a weak cue ("签了意向书", "过来了", "基本谈成了"); field is {@link #KIND}. */
        KIND_GUESSED,
        /** The enterprise name has no organisation suffix and was found by the recogniser, not by a rule. */
        ENTERPRISE_GUESSED,
        /** What stands where the enterprise should be is no name ("某新能源企业", "一行几人", "-", keyboard noise). */
        NOT_AN_ENTERPRISE,
        /** A vague amount or date ("三到五个亿", "一个多亿", "近日") was not filled. */
        VAGUE
    }

    public static Doubt missing(String field) { return new Doubt(field, Reason.MISSING, null); }

    /** The kind was guessed with no word of the message naming one (no 走访/线索/考察/签约, no verb or phrasing of one). */
    public boolean kindUnknown() { return reason == Reason.KIND_GUESSED && (written == null || written.isBlank()); }
}
