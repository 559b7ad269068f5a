package zhaoshang.chat.render;

import java.util.regex.Pattern;

/**
 * What a person reads when a client shows a body written in a dialect: the markup it understands is gone
 * (headings, bold, list markers, links show their text), line breaks are lines. The simulator's plain view and the
 * render check read messages through it.
 */
public final class VisibleText {

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} ");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern BULLET = Pattern.compile("(?m)^- ");
    private static final Pattern HARD_BREAK = Pattern.compile(" {2}\\n");
    private static final Pattern PARAGRAPH = Pattern.compile("\\n{2,}");
    private static final Pattern FENCE = Pattern.compile("(?m)^```\\n?");

    private VisibleText() { }

    public static String of(String body, Dialect d) {
        if (!d.markdown()) return body;
        String s = body;
        s = FENCE.matcher(s).replaceAll("");
        s = HARD_BREAK.matcher(s).replaceAll("\n");
        s = HEADING.matcher(s).replaceAll("");
        s = BOLD.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        if (d.lists()) s = BULLET.matcher(s).replaceAll("• ");
        s = PARAGRAPH.matcher(s).replaceAll("\n\n");
        return s.strip();
    }
}
