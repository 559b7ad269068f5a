package zhaoshang.chat;

/**
 * A run of text inside a line, plain or emphasised. Commands build lines from spans instead of writing a
 * platform's markdown: each route decides how (and whether) emphasis shows.
 */
public record Span(String text, boolean strong) {

    public Span {
        text = text == null ? "" : text;
    }

    public static Span plain(String text) {
        return new Span(text, false);
    }

    public static Span strong(String text) {
        return new Span(text, true);
    }

    /** Spans from strings (plain) and spans, in order; nulls are skipped. */
    public static java.util.List<Span> of(Object... parts) {
        java.util.List<Span> out = new java.util.ArrayList<>(parts.length);
        for (Object p : parts) {
            if (p == null) continue;
            out.add(p instanceof Span s ? s : plain(String.valueOf(p)));
        }
        return java.util.List.copyOf(out);
    }

    /** The spans' text without emphasis. */
    public static String text(java.util.List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) sb.append(s.text());
        return sb.toString();
    }
}
