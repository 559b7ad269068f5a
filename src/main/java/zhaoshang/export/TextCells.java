package zhaoshang.export;

/** Rules for text written into cells: formula look-alikes, Excel's length limit, display width. */
final class TextCells {

    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private TextCells() { }

    /**
     * Whether a text starts like a formula or a DDE payload ({@code = + - @}, tab, CR). Such text is still written as a
     * string cell, never as a formula; the cell's style is also quote-prefixed so that editing the cell, or a viewer
     * that re-reads it, keeps it text.
     */
    static boolean looksLikeFormula(String s) {
        if (s == null || s.isEmpty()) return false;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
    }

    /** The text as a cell can hold it: cut at Excel's limit with an ellipsis. */
    static String fit(String s) {
        if (s.length() <= MAX_CELL_CHARS) return s;
        int end = MAX_CELL_CHARS - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end) + "…";
    }

    /**
     * Display width of the widest line, in Excel character units: CJK and full-width characters count 2
     * (a surrogate pair counts 2 as well).
     * Stops counting once {@code cap} is reached.
     */
    static int width(String s, int cap) {
        int widest = 0;
        int line = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                line = 0;
                continue;
            }
            line += wide(c) ? 2 : 1;
            if (line > widest) {
                widest = line;
                if (widest >= cap) return cap;
            }
        }
        return widest;
    }

    /**
     * How many lines a wrapped cell of {@code columnWidth} character units needs for the text: breaks at line feeds
     * and wherever the next character would not fit (a close estimate of Excel's own wrapping for Chinese text).
     */
    static int lines(String s, int columnWidth) {
        return (int) (measure(s, columnWidth) >>> 32);
    }

    /**
     * {@link #lines} and {@link #width} in one pass: the number of lines in the high 32 bits, the widest line (at most
     * {@code columnWidth}) in the low 32 bits.
     */
    static long measure(String s, int columnWidth) {
        int lines = 1;
        int line = 0;
        int widest = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lines++;
                line = 0;
                continue;
            }
            int w = wide(c) ? 2 : 1;
            if (line + w > columnWidth && line > 0) {
                lines++;
                line = 0;
            }
            line += w;
            if (line > widest) widest = line;
        }
        return ((long) lines << 32) | Math.min(widest, columnWidth);
    }

    private static boolean wide(char c) {
        return c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6));
    }
}
