package zhaoshang.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the markdown the first version wrote by hand (and outbox rows queued before the structured replies) back
 * into blocks: {@code #} headings, {@code -}/{@code *} and {@code 1.} list items, {@code **bold**}, fenced blocks as
 * copyable text, table rows as lines. Nothing else is interpreted.
 */
final class LegacyMarkdown {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})\\.\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|[\\s:\\-|]+\\|$");

    private LegacyMarkdown() { }

    static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        if (markdown == null) return out;
        StringBuilder fenced = null;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                if (fenced == null) {
                    fenced = new StringBuilder();
                } else {
                    out.add(new Block.Copyable(fenced.toString()));
                    fenced = null;
                }
                continue;
            }
            if (fenced != null) {
                if (!fenced.isEmpty()) fenced.append('\n');
                fenced.append(line);
                continue;
            }
            String t = line.strip();
            if (t.isEmpty()) {
                if (!out.isEmpty() && !(out.get(out.size() - 1) instanceof Block.Blank)) out.add(new Block.Blank());
                continue;
            }
            if (TABLE_RULE.matcher(t).matches()) continue;
            if (t.startsWith("|") && t.endsWith("|") && t.length() > 1) {
                out.add(new Block.Line(spans(String.join("  ", t.substring(1, t.length() - 1).split("\\|")).strip())));
                continue;
            }
            Matcher m;
            if ((m = HEADING.matcher(t)).matches()) out.add(new Block.Heading(m.group(1).replace("**", "")));
            else if ((m = BULLET.matcher(line)).matches()) out.add(new Block.Item(0, spans(m.group(1))));
            else if ((m = NUMBERED.matcher(line)).matches()) {
                out.add(new Block.Item(Integer.parseInt(m.group(1)), spans(m.group(2))));
            } else out.add(new Block.Line(spans(t)));
        }
        if (fenced != null) out.add(new Block.Copyable(fenced.toString()));
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Block.Blank) out.remove(out.size() - 1);
        return out;
    }

    private static List<Span> spans(String s) {
        List<Span> out = new ArrayList<>();
        Matcher m = BOLD.matcher(s);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) out.add(Span.plain(s.substring(at, m.start())));
            out.add(Span.strong(m.group(1)));
            at = m.end();
        }
        if (at < s.length()) out.add(Span.plain(s.substring(at)));
        return out;
    }
}
