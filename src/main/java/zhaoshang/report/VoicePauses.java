package zhaoshang.report;

import java.util.regex.Pattern;

/**
 * Voice input that arrives as one run of words with no marks ("今天在深圳走访了两家一家是贝特瑞见的是战略部的许总…另一家是
 * 星源材质对接的是副总经理刘斌…"): the pauses a speaker makes before naming the next of several ("一家是", "另一家是",
 * "第二家是", "周二是") become commas, so that each
 * organisation opens a clause of its own. Text with any punctuation is returned unchanged.
 */
final class VoicePauses {

    private static final Pattern MARKS = Patterns.compile("[，,。；;！!？?：:\\s]");
    private static final Pattern PAUSE_BEFORE = Patterns.compile(
            "(?<=[\\u4e00-\\u9fffA-Za-z0-9])(?=另一家是|另外一家是|(?<!另|外)一家是|第[一二三四五]家是|(?<![本上下])周[一二三四五六日天]是(?=[\\u4e00-\\u9fff]{2}))");

    private VoicePauses() { }

    private static final Pattern MET = Patterns.compile("(?<=[\\u4e00-\\u9fffA-Za-z0-9])(?=见的是|对接的是|对接人是)");
    private static final Pattern NEXT = Patterns.compile("(?:另一家|另外一家|第[二三四五]家|周[一二三四五六日天])是");

    /** The clause names the next of several ("另一家是星源材质", "周二是广州的亿航智能"). */
    static boolean next(String clause) {
        return NEXT.matcher(clause).lookingAt();
    }

    static String apply(String s) {
        if (s.length() < 30 || MARKS.matcher(s).find()) return s;
        String t = PAUSE_BEFORE.matcher(s).replaceAll("，");
        // once the run is split by the count, whom each one met opens a clause too ("贝特瑞，见的是战略部的许总")
        return t.equals(s) ? s : MET.matcher(t).replaceAll("，");
    }
}
