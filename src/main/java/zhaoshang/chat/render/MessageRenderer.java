package zhaoshang.chat.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import zhaoshang.chat.Block;
import zhaoshang.chat.Button;
import zhaoshang.chat.Mention;
import zhaoshang.chat.PlainText;
import zhaoshang.chat.Reply;
import zhaoshang.chat.Span;

/**
 * The shape every route renderer shares: write the body's units in the route's dialect, add the line that names
 * (and, where the route can, notifies) people and the line that offers the buttons, and pack it all into messages
 * no larger than the route allows. Subclasses say which dialect, how mentions and buttons are carried.
 */
abstract class MessageRenderer implements RouteRenderer {

    /** How a route carries the people a message names. */
    enum Mentions {
        /** "@userid" tokens in the text plus the ids in the notify field (DingTalk webhooks: the client shows names). */
        AT_USER_ID,
        /** "@name" in the text, ids in the notify field (WeCom text {@code mentioned_list}). */
        NAMES_AND_FIELD,
        /** "@name" in the text; nobody is notified (DingTalk OpenAPI, WeCom 智能机器人). */
        NAMES_ONLY,
        /** The message goes to the people themselves (work notification, app message): no line, ids as recipients. */
        ADDRESSED
    }

    /** How a route carries buttons. */
    enum Buttons { TYPED, DTMD_LINKS, NATIVE }

    private final Route route;

    MessageRenderer(Route route) {
        this.route = route;
    }

    @Override
    public Route route() {
        return route;
    }

    abstract Dialect dialect(Reply reply);

    abstract Mentions mentions(Reply reply);

    abstract Buttons buttons(Reply reply, RenderContext ctx);

    /** The text format of a part in this dialect. */
    Part.Format format(Dialect d) {
        return d.markdown() ? Part.Format.MARKDOWN : Part.Format.TEXT;
    }

    /** Largest body in this dialect (a route may allow less for plain text than for markdown). */
    int maxBytes(Dialect d) {
        return route.maxBytes();
    }

    /** Whether a short message with buttons may go as a WeCom template card here (false: no cards on this route). */
    boolean cardAllowed(RenderContext ctx) {
        return false;
    }

    @Override
    public Rendering render(Reply reply, RenderContext ctx) {
        if (reply.type() != Reply.Type.TEXT) throw new IllegalArgumentException("only messages are rendered");
        if (cardAllowed(ctx) && ctx.fromUnit() == 0 && reply.mentions().isEmpty()) {
            var card = WeComCard.of(reply, ctx.taskId());
            if (card.isPresent()) {
                return new Rendering(route, List.of(WeComCard.part(reply, card.get(), reply.blocks().size())), List.of());
            }
        }
        Dialect d = dialect(reply);
        List<String> losses = new ArrayList<>();
        boolean first = ctx.fromUnit() == 0;
        String mentionLine = first ? mentionLine(reply, d, losses) : null;
        List<String> notify = first ? notify(reply, losses) : List.of();
        Buttons how = reply.buttons().isEmpty() ? Buttons.TYPED : buttons(reply, ctx);
        String buttonLine = reply.buttons().isEmpty() || how == Buttons.NATIVE ? null : buttonLine(reply.buttons(), how, d);
        if (!reply.buttons().isEmpty() && how == Buttons.TYPED) losses.add(RenderTexts.buttonsAsText());

        List<Block> blocks = reply.blocks();
        List<List<Markup.Out>> units = new ArrayList<>();
        for (int i = Math.min(ctx.fromUnit(), blocks.size()); i < blocks.size(); i++) units.add(Markup.lines(blocks.get(i), d));
        int extras = bytes(mentionLine) + bytes(buttonLine);
        int budget = maxBytes(d) - extras - Packer.MARKER_RESERVE;
        List<Packer.Chunk> chunks = Packer.pack(units, Math.min(ctx.fromUnit(), blocks.size()), budget, d);
        if (chunks.isEmpty()) chunks = List.of(new Packer.Chunk(List.of(), blocks.size(), blocks.size()));
        if (chunks.size() > 1) losses.add(RenderTexts.split(chunks.size(), maxBytes(d)));

        String title = title(reply);
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < chunks.size(); k++) {
            Packer.Chunk c = chunks.get(k);
            boolean last = k == chunks.size() - 1;
            List<Markup.Out> lines = new ArrayList<>(c.lines());
            if (k == 0 && mentionLine != null) {
                lines.add(Markup.Out.BLANK);
                lines.add(new Markup.Out(mentionLine, false));
            }
            if (last && buttonLine != null) {
                lines.add(Markup.Out.BLANK);
                lines.add(new Markup.Out(buttonLine, false));
            }
            String marker = chunks.size() > 1 ? RenderTexts.partMarker(k + 1, chunks.size()) : "";
            if (!marker.isEmpty()) {
                lines.add(Markup.Out.BLANK);
                lines.add(new Markup.Out(marker, false));
            }
            parts.add(new Part(format(d), title + marker, Markup.join(lines, d), k == 0 ? notify : List.of(),
                    last && how == Buttons.NATIVE ? reply.buttons() : List.of(), null, c.fromUnit(), c.toUnit()));
        }
        return new Rendering(route(), parts, losses);
    }

    /** The line naming the people, in this route's way; null when none (or addressed to them). */
    String mentionLine(Reply reply, Dialect d, List<String> losses) {
        if (reply.mentions().isEmpty()) return null;
        Mentions how = mentions(reply);
        if (how == Mentions.ADDRESSED) return null;
        List<String> tokens = new ArrayList<>();
        for (Mention m : reply.mentions()) {
            String id = m.userId(route.platform());
            tokens.add(how == Mentions.AT_USER_ID && id != null ? "@" + id : "@" + d.literal(m.name()));
        }
        return String.join(" ", tokens);
    }

    /** The platform ids notified; records a loss for people who are not. */
    List<String> notify(Reply reply, List<String> losses) {
        if (reply.mentions().isEmpty()) return List.of();
        Mentions how = mentions(reply);
        if (how == Mentions.NAMES_ONLY) {
            losses.add(RenderTexts.notNotified(reply.mentions(), "此通道不能 @ 人"));
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        List<Mention> missing = new ArrayList<>();
        for (Mention m : reply.mentions()) {
            String id = m.userId(route.platform());
            if (id == null || id.isBlank()) missing.add(m);
            else if (!ids.contains(id)) ids.add(id);
        }
        if (!missing.isEmpty()) {
            losses.add(RenderTexts.notNotified(missing, "bot-config/members.yaml 里没有其" + route.platform() + " 账号 ID"));
        }
        return ids;
    }

    static String buttonLine(List<Button> buttons, Buttons how, Dialect d) {
        if (how == Buttons.DTMD_LINKS && d.markdown()) {
            return RenderTexts.REPLY_WITH + buttons.stream()
                    .map(b -> "[" + d.literal(b.command()) + "](dtmd://dingtalkclient/sendMessage?content="
                            + URLEncoder.encode(b.command(), StandardCharsets.UTF_8).replace("+", "%20") + ")")
                    .collect(Collectors.joining(" ｜ "));
        }
        return d.literal(PlainText.typedEquivalents(buttons));
    }

    /** The reply's title, else its first line, at most 30 characters. */
    static String title(Reply reply) {
        String t = reply.title();
        if (t == null || t.isBlank()) {
            t = reply.blocks().stream().flatMap(b -> PlainText.lines(b).stream()).filter(s -> !s.isBlank())
                    .findFirst().orElse(RenderTexts.DEFAULT_TITLE);
        }
        t = t.strip();
        return t.length() > 30 ? t.substring(0, 30) : t;
    }

    /** The reply reduced to what must not be lost: blocks outside groups and the first line of each group. */
    static Reply compact(Reply reply) {
        List<Block> out = new ArrayList<>();
        boolean grouped = false;
        for (Block b : reply.blocks()) {
            if (b instanceof Block.Group g) {
                grouped = true;
                g.blocks().stream().filter(x -> !(x instanceof Block.Blank)).findFirst().ifPresent(out::add);
            } else if (!(b instanceof Block.Blank)) {
                out.add(b);
            }
        }
        if (grouped) out.add(new Block.Line(List.of(Span.plain(RenderTexts.COMPACT_NOTE))));
        return new Reply(Reply.Type.TEXT, reply.title(), out, reply.mentions(), reply.buttons(), null, null);
    }

    private static int bytes(String s) {
        return s == null ? 0 : Packer.bytes(s) + 4;
    }
}
