package zhaoshang.chat;

import java.util.List;

/**
 * Something the bot says into a conversation.
 *
 * @param type     what kind of message
 * @param text     the text (TEXT, MARKDOWN) or a caption/title (FILE, IMAGE)
 * @param fileName the file name shown to people (FILE, IMAGE), otherwise null
 * @param content  the file bytes (FILE, IMAGE), otherwise null
 * @param mentions platform user ids to @-mention (resolved per platform by the sender)
 */
public record Reply(Type type, String text, String fileName, byte[] content, List<String> mentions) {

    public enum Type { TEXT, MARKDOWN, FILE, IMAGE }

    public Reply {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        text = text == null ? "" : text;
    }

    public static Reply text(String text) {
        return new Reply(Type.TEXT, text, null, null, List.of());
    }

    public static Reply markdown(String title, String markdown) {
        return new Reply(Type.MARKDOWN, markdown, title, null, List.of());
    }

    public static Reply file(String fileName, byte[] content) {
        return new Reply(Type.FILE, fileName, fileName, content, List.of());
    }

    public static Reply image(String fileName, byte[] png) {
        return new Reply(Type.IMAGE, fileName, fileName, png, List.of());
    }

    public Reply mentioning(List<String> userIds) {
        return new Reply(type, text, fileName, content, userIds);
    }

    /** For MARKDOWN replies the title travels in fileName (DingTalk needs a title); null otherwise. */
    public String title() {
        return type == Type.MARKDOWN ? fileName : null;
    }
}
