package zhaoshang.report;

/** Numbering at the start of a line: "1." "2、" "3)" "（1）" "(2)" "①" "一、". */
final class NumberedLine {

    private NumberedLine() { }

    /**
     * A date right after an item's number: "11月23日", "11月" ("2.11月" is item 2 of November, never 2.11), "11.23"
     * followed by a word or a space ("1.11.23 拜访…").
     */
    private static final java.util.regex.Pattern DATE_AFTER = Patterns.compile(
            "(?:0?[1-9]|1[0-2])月|(?:0?[1-9]|1[0-2])[.．](?:0?[1-9]|[12][0-9]|3[01])(?![0-9.．])(?=[\\s\\p{IsHan}（(]|$)");

    /** Index just after the marker and following spaces, or 0 when the line is not numbered. */
    static int markerEnd(String line) {
        int n = line.length();
        if (n == 0) return 0;
        char c = line.charAt(0);
        int p;
        if (c >= '①' && c <= '⑳') {
            p = 1;
        } else if (c == '(' || c == '（') {
            int d = 1;
            while (d < n && d < 4 && (Character.isDigit(line.charAt(d)) || chineseNumeral(line.charAt(d)))) d++;
            if (d == 1 || d >= n || (line.charAt(d) != ')' && line.charAt(d) != '）')) return 0;
            p = d + 1;
        } else if (Character.isDigit(c)) {
            int d = 0;
            while (d < n && d < 3 && Character.isDigit(line.charAt(d))) d++;
            if (d >= n) return 0;
            char m = line.charAt(d);
            if (m != '.' && m != '、' && m != ')' && m != '）' && m != '，') return 0;
            // "11.18 走访", "1.15亿" and "3，5家" are not numbering; a number before a date is ("1、11月23日，拜访…",
            // "3.11月28日江苏X…来考察", "2.11月 走访…"): 、 and a bracket never join two figures of one number or date
            if (d + 1 < n && Character.isDigit(line.charAt(d + 1)) && m != '、' && m != ')' && m != '）'
                    && !DATE_AFTER.matcher(line).region(d + 1, n).lookingAt()) return 0;
            p = d + 1;
        } else if (chineseNumeral(c)) {
            int d = 0;
            while (d < n && d < 3 && chineseNumeral(line.charAt(d))) d++;
            if (d >= n || line.charAt(d) != '、') return 0;
            p = d + 1;
        } else {
            return 0;
        }
        while (p < n && line.charAt(p) == ' ') p++;
        return p;
    }

    private static boolean chineseNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }
}
