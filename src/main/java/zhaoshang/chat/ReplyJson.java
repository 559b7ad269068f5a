package zhaoshang.chat;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A message's structured content as stored with its outbox row (title, blocks, mentions, buttons), so that every
 * retry, every route and the simulator render the same message.
 */
public final class ReplyJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The stored form. */
    record Content(String title, List<Block> blocks, List<Mention> mentions, List<Button> buttons) { }

    private ReplyJson() { }

    public static String write(Reply r) {
        try {
            return JSON.writeValueAsString(new Content(r.title(), r.blocks(), r.mentions(), r.buttons()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reply not serialisable", e);
        }
    }

    /** A message read back; null when {@code json} is null (a row written before structured replies). */
    public static Reply read(String json) {
        if (json == null || json.isBlank()) return null;
        try {
            Content c = JSON.readValue(json, Content.class);
            return new Reply(Reply.Type.TEXT, c.title(), c.blocks(), c.mentions(), c.buttons(), null, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reply unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /** A row written before structured replies: its text (TEXT) or markdown (MARKDOWN) read back into blocks. */
    public static Reply legacy(String type, String title, String text) {
        return "MARKDOWN".equals(type) ? Reply.markdown(title, text)
                : new Reply(Reply.Type.TEXT, title, Reply.text(text).blocks(), List.of(), List.of(), null, null);
    }
}
