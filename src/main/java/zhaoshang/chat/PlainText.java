package zhaoshang.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A message as plain lines: headings and emphasis as text, list items with "· " or "1. ", fields as "label：value",
 * mentions as "@name", buttons as the commands to type. The text routes and logs use it; it is also what
 * {@link Reply#text()} returns.
 */
public final class PlainText {

    private PlainText() { }

    public static String of(Reply r) {
        List<String> lines = new ArrayList<>();
        for (Block b : r.blocks()) lines.addAll(lines(b));
        if (!r.mentions().isEmpty()) lines.add(mentionLine(r.mentions()));
        if (!r.buttons().isEmpty()) lines.add(typedEquivalents(r.buttons()));
        return String.join("\n", lines);
    }

    /** The lines of one block. */
    public static List<String> lines(Block b) {
        if (b instanceof Block.Heading h) return List.of(h.text());
        if (b instanceof Block.Line l) return List.of(Span.text(l.spans()));
        if (b instanceof Block.Item i) return List.of((i.number() > 0 ? i.number() + ". " : "· ") + Span.text(i.spans()));
        if (b instanceof Block.Field f) return List.of(f.label() + "：" + Span.text(f.value()));
        if (b instanceof Block.Copyable c) return List.of(c.text().split("\n", -1));
        if (b instanceof Block.Group g) {
            List<String> out = new ArrayList<>();
            for (Block inner : g.blocks()) out.addAll(lines(inner));
            return out;
        }
        return List.of("");
    }

    /** "@林晓东 @何雨晴". */
    public static String mentionLine(List<Mention> mentions) {
        return mentions.stream().map(m -> "@" + m.name()).collect(Collectors.joining(" "));
    }

    /** How a route without buttons offers them: "可直接回复：确认 #V-0001 ｜ 撤销 #V-0001". */
    public static String typedEquivalents(List<Button> buttons) {
        return "可直接回复：" + buttons.stream().map(Button::command).collect(Collectors.joining(" ｜ "));
    }
}
