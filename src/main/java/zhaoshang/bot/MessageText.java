package zhaoshang.bot;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalises chat text for command matching: @-mention removed, full-width forms folded, spaces collapsed. */
public final class MessageText {

    private static final Pattern MENTION = Pattern.compile("^(@\\S+\\s+)+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The last text compacted and its compact form: each command tries the same message in turn. */
    private record Compacted(String text, String compact) { }
    private static volatile Compacted last;

    private MessageText() { }

    public static String normalize(String text) {
        if (text == null) return "";
        String t = INVISIBLE.matcher(text).replaceAll("");
        t = t.replace('\u3000', ' ').replace("\r\n", "\n").replace('\r', '\n');
        t = t.strip();
        t = MENTION.matcher(t).replaceFirst("");
        return t.strip();
    }

    /** A compact form for matching one-line commands: NFKC (full-width → half-width), no spaces. */
    public static String compact(String text) {
        Compacted l = last;
        if (l != null && l.text().equals(text)) return l.compact();
        String compact = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        last = new Compacted(text, compact);
        return compact;
    }
}
