package zhaoshang.chat.render;

import java.util.EnumMap;
import java.util.Map;

/** The renderer of each route. */
public final class Renderers {

    private static final Map<Route, RouteRenderer> ALL = new EnumMap<>(Route.class);

    static {
        for (Route r : new Route[]{Route.DINGTALK_SESSION_WEBHOOK, Route.DINGTALK_OPENAPI, Route.DINGTALK_CUSTOM_ROBOT,
                Route.DINGTALK_WORK_NOTICE}) {
            ALL.put(r, new DingTalkRenderer(r));
        }
        ALL.put(Route.WECOM_WEBHOOK, new WeComWebhookRenderer());
        ALL.put(Route.WECOM_AIBOT, new WeComAiBotRenderer());
        ALL.put(Route.WECOM_APP, new WeComAppRenderer());
        ALL.put(Route.SIMULATOR, new SimulatorRenderer());
    }

    private Renderers() { }

    public static RouteRenderer of(Route route) {
        return ALL.get(route);
    }

    /** Renders a message for a route (a group chat, from the start). */
    public static Rendering render(zhaoshang.chat.Reply reply, Route route) {
        return of(route).render(reply, RenderContext.GROUP);
    }

    /**
     * The parts still to send once the units before {@code unitsSent} are delivered: the same parts (and "k/n"
     * numbering) as the whole message had, or — when the message was begun on another route whose parts end
     * elsewhere — what is left rendered afresh.
     */
    public static java.util.List<Part> remaining(Route route, zhaoshang.chat.Reply reply, RenderContext ctx, int unitsSent) {
        java.util.List<Part> all = of(route).render(reply, ctx.from(0)).parts();
        if (unitsSent <= 0) return all;
        java.util.List<Part> rest = all.stream().filter(p -> p.fromUnit() >= unitsSent).toList();
        if (!rest.isEmpty() && rest.get(0).fromUnit() == unitsSent) return rest;
        if (unitsSent >= reply.blocks().size()) return java.util.List.of();
        return of(route).render(reply, ctx.from(unitsSent)).parts();
    }

    /** The message reduced so it fits one message of the route: groups keep their first line only. */
    public static zhaoshang.chat.Reply compact(zhaoshang.chat.Reply reply) {
        return MessageRenderer.compact(reply);
    }
}
