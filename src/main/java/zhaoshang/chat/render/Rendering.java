package zhaoshang.chat.render;

import java.util.List;

/**
 * A message rendered for one route.
 *
 * @param route  the route
 * @param parts  the messages to send, in order (more than one when the text is over the route's size)
 * @param losses what a reader of this route does not get as built (e.g. buttons given as text, a mention that does
 *               not notify), in words for the simulator page and the logs; empty when nothing is lost
 */
public record Rendering(Route route, List<Part> parts, List<String> losses) {

    public Rendering {
        parts = List.copyOf(parts);
        losses = List.copyOf(losses);
    }

    /** The units of the message; a delivery is complete when the last part's {@code toUnit} is reached. */
    public int units() {
        return parts.isEmpty() ? 0 : parts.get(parts.size() - 1).toUnit();
    }
}
