package zhaoshang.chat.render;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import zhaoshang.chat.Button;

/**
 * One message as a route sends it.
 *
 * @param format    how the body is to be sent
 * @param title     the notification/preview title (DingTalk markdown title), never blank
 * @param body      the text in the route's syntax (for {@link Format#CARD} a plain summary)
 * @param notifyIds platform user ids to notify ({@code at.atUserIds}, {@code mentioned_list}, {@code userid_list})
 * @param buttons   buttons carried natively by this part (else empty: they are in the body as text)
 * @param card      the WeCom template card for {@link Format#CARD}, else null
 * @param fromUnit  first unit of the message this part shows
 * @param toUnit    units before this index are complete once this part is delivered
 */
public record Part(Format format, String title, String body, List<String> notifyIds, List<Button> buttons,
                   ObjectNode card, int fromUnit, int toUnit) {

    public enum Format { TEXT, MARKDOWN, CARD }

    public Part {
        notifyIds = notifyIds == null ? List.of() : List.copyOf(notifyIds);
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public int bytes() {
        return zhaoshang.chat.PlatformHttp.utf8Length(body);
    }
}
