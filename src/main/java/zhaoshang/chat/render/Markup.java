package zhaoshang.chat.render;

import java.util.ArrayList;
import java.util.List;

import zhaoshang.chat.Block;
import zhaoshang.chat.PlainText;
import zhaoshang.chat.Span;

/** Writes blocks in a dialect, line by line; joins lines so that each shows on its own line. */
final class Markup {

    /** A written line and whether it is a list item (markdown needs a blank line between a list and text). */
    record Out(String text, boolean item) {
        static final Out BLANK = new Out("", false);
    }

    private Markup() { }

    static List<Out> lines(Block b, Dialect d) {
        List<Out> out = new ArrayList<>();
        write(b, d, out);
        return out;
    }

    private static void write(Block b, Dialect d, List<Out> out) {
        if (!d.markdown()) {
            for (String l : PlainText.lines(b)) out.add(l.isEmpty() ? Out.BLANK : new Out(l, false));
            return;
        }
        if (b instanceof Block.Heading h) {
            String t = d.literal(h.text());
            out.add(new Out(d.headingPrefix() == null ? (d.bold() ? "**" + t + "**" : d.lineStart(t))
                    : d.headingPrefix() + t, false));
        } else if (b instanceof Block.Line l) {
            out.add(new Out(d.lineStart(spans(l.spans(), d)), false));
        } else if (b instanceof Block.Item i) {
            String text = spans(i.spans(), d);
            if (d.lists()) out.add(new Out((i.number() > 0 ? i.number() + ". " : "- ") + text, true));
            else out.add(new Out((i.number() > 0 ? i.number() + "．" : "· ") + text, false));
        } else if (b instanceof Block.Field f) {
            out.add(new Out(d.lineStart(d.literal(f.label()) + "：" + spans(f.value(), d)), false));
        } else if (b instanceof Block.Copyable c && d.codeBlocks()) {
            out.add(new Out("```" + "\n" + c.text().replace("```", "ʼʼʼ") + "\n" + "```", false));
        } else if (b instanceof Block.Copyable c) {
            for (String l : c.text().split("\n", -1)) {
                out.add(l.isBlank() ? Out.BLANK : new Out(d.lineStart(d.literal(l)), false));
            }
        } else if (b instanceof Block.Group g) {
            for (Block inner : g.blocks()) write(inner, d, out);
        } else {
            out.add(Out.BLANK);
        }
    }

    static String spans(List<Span> spans, Dialect d) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            String t = d.literal(s.text());
            if (s.strong() && d.bold() && !t.isBlank()) {
                // keep spaces outside the markers: "** x**" is not bold
                String core = t.strip();
                int lead = t.indexOf(core);
                sb.append(t, 0, lead).append("**").append(core).append("**").append(t.substring(lead + core.length()));
            } else {
                sb.append(t);
            }
        }
        return sb.toString();
    }

    /**
     * Joins written lines: blank lines collapse to one paragraph break, a list and the text around it are separated
     * by a blank line where the dialect has lists, other lines end with the dialect's line break.
     */
    static String join(List<Out> lines, Dialect d) {
        StringBuilder sb = new StringBuilder();
        Out prev = null;
        boolean pendingBlank = false;
        for (Out o : lines) {
            if (o.text().isEmpty()) {
                pendingBlank = prev != null;
                continue;
            }
            if (prev != null) {
                boolean listEdge = d.markdown() && d.lists() && prev.item() != o.item();
                if (pendingBlank || listEdge) sb.append(d.markdown() ? "\n\n" : "\n\n");
                else sb.append(o.item() && prev.item() ? "\n" : d.lineBreak());
            }
            sb.append(o.text());
            prev = o;
            pendingBlank = false;
        }
        return sb.toString();
    }
}
