package zhaoshang.chat;

import java.util.Map;

import zhaoshang.config.Member;

/**
 * A person a message names so that they get a notification. People read {@link #name()}; routes that can notify
 * use the person's user id on their platform ({@link #userId(String)}), which is never shown as text.
 *
 * @param memberId our member id (bot-config)
 * @param name     display name
 * @param userIds  user id per platform ("dingtalk", "wecom", "local")
 */
public record Mention(String memberId, String name, Map<String, String> userIds) {

    public Mention {
        name = name == null ? "" : name;
        userIds = userIds == null ? Map.of() : Map.copyOf(userIds);
    }

    public static Mention of(Member m) {
        return new Mention(m.id(), m.name(), m.platformIds());
    }

    /** The person's user id on a platform, or null when bot-config has none. */
    public String userId(String platform) {
        return userIds.get(platform);
    }
}
