package zhaoshang.chat.render;

import zhaoshang.chat.Reply;

/** Renders a message for one route: that route's syntax, mention field, buttons and size. */
public interface RouteRenderer {

    Route route();

    /** Renders a {@link Reply.Type#TEXT} reply (files and images are sent as they are by the platforms). */
    Rendering render(Reply reply, RenderContext context);
}
