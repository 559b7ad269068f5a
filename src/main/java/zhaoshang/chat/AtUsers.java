package zhaoshang.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The people an inbound message @-mentions, by their platform user id, in the order the platform lists them (the
 * bot itself left out). Kept in the message's {@link ChatMessage#replyContext()} under {@link #KEY}, so that it is
 * stored with the raw message and read back after a restart. DingTalk gives them ({@code atUsers[].staffId}); the
 * simulator takes them from its API ({@code atUsers}); WeCom's 智能机器人 callback names people only in the text.
 */
public final class AtUsers {

    public static final String KEY = "atUserIds";

    private AtUsers() { }

    /** The mentioned user ids of a message, possibly none. */
    public static List<String> of(ChatMessage message) {
        String v = message.replyContext().get(KEY);
        if (v == null || v.isBlank()) return List.of();
        return Arrays.stream(v.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Puts the ids into a reply context under construction (nothing when there are none). */
    public static void put(Map<String, String> context, List<String> userIds) {
        List<String> ids = userIds.stream().filter(s -> s != null && !s.isBlank() && !s.contains("\n")).limit(20).toList();
        if (!ids.isEmpty()) context.put(KEY, String.join("\n", ids));
    }
}
