package zhaoshang.chat.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import zhaoshang.chat.Button;
import zhaoshang.chat.Mention;
import zhaoshang.chat.Reply;
import zhaoshang.chat.render.Dialect;
import zhaoshang.chat.render.Part;
import zhaoshang.chat.render.VisibleText;
import zhaoshang.chat.render.RenderContext;
import zhaoshang.chat.render.Renderers;
import zhaoshang.chat.render.Rendering;
import zhaoshang.chat.render.Route;

/**
 * How a conversation reads on a platform, for the simulator page and {@code GET /local/messages?platform=}: each
 * message rendered by the same renderer the real route uses (an answer: DingTalk sessionWebhook, WeCom 智能机器人
 * response_url then the group webhook, or the webhook when it names people; a push: DingTalk robot OpenAPI plus
 * 工作通知 to the people it names, WeCom group webhook), shown as the client shows it (a DingTalk {@code @userid} as the person's name), with what the
 * route loses.
 */
public final class SimulatorView {

    /** Which client to look like. */
    public enum Platform {
        LOCAL, DINGTALK, WECOM;

        /** "dingtalk" / "wecom" / "local" (default); null for anything else. */
        public static Platform parse(String s) {
            if (s == null || s.isBlank()) return LOCAL;
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /**
     * One message as the platform shows it.
     *
     * @param type    "markdown", "text" or "card" (files are not rendered here)
     * @param route   the route's key
     * @param dialect what the client reads the text as: "simulator", "dingtalk", "wecom", "wecom_v2", "text"
     * @param text    the text as the client reads it (its markup included; mention tokens shown as names, as the client does)
 * @param plain   what a person reads: {@code text} with the markup the client understands applied
     * @param sent    the text exactly as sent to the platform
     * @param notifyIds platform user ids notified
     * @param buttons buttons the client shows
     * @param losses  what the route does not carry as built
 * @param card    the WeCom template card of a "card" item, else null
     */
    public record Item(String type, String route, String dialect, String title, String text, String plain, String sent,
                       List<String> notifyIds, List<Button> buttons, List<String> losses,
                       com.fasterxml.jackson.databind.node.ObjectNode card) { }

    private static final java.util.Map<String, Dialect> DIALECTS = java.util.Map.of("dingtalk", Dialect.DINGTALK_MARKDOWN,
            "wecom", Dialect.WECOM_MARKDOWN, "wecom_v2", Dialect.WECOM_MARKDOWN_V2, "simulator", Dialect.SIMULATOR);

    private SimulatorView() { }

    /** A bot message as {@code platform} shows it; {@code answer} when it answers a member's message. */
    public static List<Item> of(Reply reply, boolean answer, Platform platform) {
        List<Item> out = new ArrayList<>();
        switch (platform) {
            case DINGTALK -> {
                Route r = answer ? Route.DINGTALK_SESSION_WEBHOOK : Route.DINGTALK_OPENAPI;
                out.addAll(items(reply, Renderers.render(reply, r), "dingtalk"));
                boolean named = reply.mentions().stream().anyMatch(m -> m.userId("dingtalk") != null);
                if (!r.notifies() && named) {
                    Rendering notice = Renderers.render(reply, Route.DINGTALK_WORK_NOTICE);
                    out.addAll(items(reply, notice, "dingtalk"));
                }
            }
            case WECOM -> {
                boolean named = reply.mentions().stream().anyMatch(m -> m.userId("wecom") != null);
                if (answer && !named) {
                    Rendering first = Renderers.render(reply, Route.WECOM_AIBOT);
                    out.addAll(items(reply, first, "wecom_v2").subList(0, 1));
                    int sent = first.parts().get(0).toUnit();
                    if (sent < reply.blocks().size()) {
                        out.addAll(items(reply, new Rendering(Route.WECOM_WEBHOOK,
                                Renderers.remaining(Route.WECOM_WEBHOOK, reply, RenderContext.GROUP, sent), List.of()),
                                "wecom"));
                    }
                } else {
                    out.addAll(items(reply, Renderers.render(reply, Route.WECOM_WEBHOOK), "wecom"));
                }
            }
            default -> out.addAll(items(reply, Renderers.render(reply, Route.SIMULATOR), "simulator"));
        }
        return out;
    }

    private static List<Item> items(Reply reply, Rendering r, String dialect) {
        List<Item> out = new ArrayList<>();
        for (Part p : r.parts()) {
            String type = switch (p.format()) {
                case MARKDOWN -> "markdown";
                case CARD -> "card";
                default -> "text";
            };
            String shownDialect = p.format() == Part.Format.TEXT ? "text" : dialect;
            String shown = shown(p.body(), reply, r.route());
            String plain = p.format() == Part.Format.MARKDOWN ? VisibleText.of(shown, DIALECTS.get(dialect)) : shown;
            out.add(new Item(type, r.route().key(), shownDialect, p.title(), shown, plain, p.body(),
                    p.notifyIds(), p.buttons(), r.losses(), p.card()));
        }
        return out;
    }

    /** A DingTalk {@code @userid} the message notifies is shown by the client as "@name". */
    private static String shown(String body, Reply reply, Route route) {
        String out = body;
        List<Mention> longestFirst = new ArrayList<>(reply.mentions());
        longestFirst.sort((a, b) -> Integer.compare(String.valueOf(b.userId(route.platform())).length(),
                String.valueOf(a.userId(route.platform())).length()));
        for (Mention m : longestFirst) {
            String id = m.userId(route.platform());
            if (id != null && !m.name().isEmpty() && route.platform().equals("dingtalk")) {
                out = out.replace("@" + id, "@" + m.name());
            }
        }
        return out;
    }
}
