package zhaoshang.chat.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import zhaoshang.chat.Block;
import zhaoshang.chat.Button;
import zhaoshang.chat.PlainText;
import zhaoshang.chat.PlatformHttp;
import zhaoshang.chat.Reply;
import zhaoshang.chat.Span;

/**
 * A WeCom {@code button_interaction} template card (doc 101032) for a short message with buttons: the first heading
 * (or the title) as {@code main_title.title}, the lines as {@code sub_title_text}, up to six fields as
 * {@code horizontal_content_list}, each button with its typed command as {@code key} (a click comes back as a
 * {@code template_card_event} whose {@code event_key} is that command). Only when everything fits the card's
 * documented limits: nothing is cut.
 */
final class WeComCard {

    static final int MAX_BUTTONS = 6;
    static final int MAX_FIELDS = 6;
    static final int TITLE_CHARS = 26;
    static final int SUBTITLE_CHARS = 112;
    static final int KEYNAME_CHARS = 6;
    static final int VALUE_CHARS = 26;
    static final int BUTTON_CHARS = 10;
    static final int KEY_BYTES = 1024;
    private static final Pattern TASK_ID = Pattern.compile("[0-9A-Za-z_\\-@]{1,128}");

    private WeComCard() { }

    static Optional<ObjectNode> of(Reply reply, String taskId) {
        if (reply.buttons().isEmpty() || reply.buttons().size() > MAX_BUTTONS) return Optional.empty();
        if (taskId == null || !TASK_ID.matcher(taskId).matches()) return Optional.empty();
        String title = null;
        List<String> lines = new ArrayList<>();
        List<Block.Field> fields = new ArrayList<>();
        if (!flatten(reply.blocks(), lines, fields)) return Optional.empty();
        if (!lines.isEmpty() && reply.blocks().get(0) instanceof Block.Heading h) {
            title = h.text();
            lines.remove(0);
        }
        if (title == null) title = reply.title() != null ? reply.title() : lines.isEmpty() ? null : lines.remove(0);
        if (title == null || title.length() > TITLE_CHARS) return Optional.empty();
        String sub = String.join("\n", lines);
        if (sub.length() > SUBTITLE_CHARS || fields.size() > MAX_FIELDS) return Optional.empty();
        ObjectNode card = PlatformHttp.JSON.createObjectNode().put("card_type", "button_interaction");
        card.putObject("main_title").put("title", title);
        if (!sub.isEmpty()) card.put("sub_title_text", sub);
        ArrayNode rows = card.putArray("horizontal_content_list");
        for (Block.Field f : fields) {
            String value = Span.text(f.value());
            if (f.label().length() > KEYNAME_CHARS || value.length() > VALUE_CHARS) return Optional.empty();
            rows.addObject().put("keyname", f.label()).put("value", value);
        }
        ArrayNode buttons = card.putArray("button_list");
        for (Button b : reply.buttons()) {
            if (b.label().length() > BUTTON_CHARS || PlatformHttp.utf8Length(b.command()) > KEY_BYTES) return Optional.empty();
            buttons.addObject().put("text", b.label()).put("style", 1).put("key", b.command());
        }
        card.put("task_id", taskId);
        return Optional.of(card);
    }

    /** Lines and fields of the body; false when it holds something a card cannot show (a template to copy). */
    private static boolean flatten(List<Block> blocks, List<String> lines, List<Block.Field> fields) {
        for (Block b : blocks) {
            if (b instanceof Block.Copyable) return false;
            if (b instanceof Block.Field f) fields.add(f);
            else if (b instanceof Block.Group g) {
                if (!flatten(g.blocks(), lines, fields)) return false;
            } else if (!(b instanceof Block.Blank)) lines.addAll(PlainText.lines(b));
        }
        return true;
    }

    /** The card as one part (its body a plain summary for logs and the simulator). */
    static Part part(Reply reply, ObjectNode card, int units) {
        return new Part(Part.Format.CARD, MessageRenderer.title(reply), PlainText.of(reply), List.of(),
                reply.buttons(), card, 0, units);
    }
}
