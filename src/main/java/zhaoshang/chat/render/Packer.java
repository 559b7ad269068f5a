package zhaoshang.chat.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import zhaoshang.chat.PlatformHttp;

/**
 * Packs written units into messages of at most a number of bytes: a unit (a top-level block, e.g. one record)
 * is never split unless it alone is too large, then at its line breaks, and a line only when it alone is too large
 * (at a code point). Each message of several ends with "（k/n）".
 */
final class Packer {

    /** What one message holds before its extra lines are added. */
    record Chunk(List<Markup.Out> lines, int fromUnit, int toUnit) { }

    /** Bytes kept free in every message for the "（k/n）" marker. */
    static final int MARKER_RESERVE = 40;

    private Packer() { }

    /**
     * @param units    the written lines of each unit, from {@code firstUnit} on
     * @param budget   bytes available for the units' text in one message (extras already subtracted)
     */
    static List<Chunk> pack(List<List<Markup.Out>> units, int firstUnit, int budget, Dialect d) {
        List<Chunk> out = new ArrayList<>();
        int u = 0;
        while (u < units.size()) {
            int start = u;
            List<Markup.Out> lines = new ArrayList<>();
            while (u < units.size()) {
                List<Markup.Out> cand = new ArrayList<>(lines);
                cand.addAll(units.get(u));
                if (bytes(Markup.join(cand, d)) <= budget) {
                    lines = cand;
                    u++;
                } else {
                    break;
                }
            }
            if (u > start) {
                out.add(new Chunk(lines, firstUnit + start, firstUnit + u));
                continue;
            }
            // one unit alone is over the budget: its lines, then (only if needed) a line cut at code points
            List<List<Markup.Out>> pieces = new ArrayList<>();
            List<Markup.Out> cur = new ArrayList<>();
            for (Markup.Out line : units.get(u)) {
                for (Markup.Out piece : cutLine(line, budget)) {
                    List<Markup.Out> cand = new ArrayList<>(cur);
                    cand.add(piece);
                    if (!cur.isEmpty() && bytes(Markup.join(cand, d)) > budget) {
                        pieces.add(cur);
                        cur = new ArrayList<>(List.of(piece));
                    } else {
                        cur = cand;
                    }
                }
            }
            if (!cur.isEmpty()) pieces.add(cur);
            for (int i = 0; i < pieces.size(); i++) {
                boolean last = i == pieces.size() - 1;
                out.add(new Chunk(pieces.get(i), firstUnit + u, firstUnit + (last ? u + 1 : u)));
            }
            u++;
        }
        return out;
    }

    private static List<Markup.Out> cutLine(Markup.Out line, int budget) {
        if (bytes(line.text()) <= budget) return List.of(line);
        List<Markup.Out> out = new ArrayList<>();
        String rest = line.text();
        while (bytes(rest) > budget) {
            int bytes = 0;
            int i = 0;
            while (i < rest.length()) {
                int cp = rest.codePointAt(i);
                int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + n > budget) break;
                bytes += n;
                i += Character.charCount(cp);
            }
            out.add(new Markup.Out(rest.substring(0, i), line.item()));
            rest = rest.substring(i);
        }
        if (!rest.isEmpty()) out.add(new Markup.Out(rest, line.item()));
        return out;
    }

    static int bytes(String s) {
        return PlatformHttp.utf8Length(s);
    }
}
