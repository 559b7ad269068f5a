package zhaoshang.config;

import java.util.Map;

/**
 * A group chat the bot is in.
 *
 * @param id           the platform's conversation id
 * @param platform     "local", "dingtalk" or "wecom"
 * @param name         what people call the group
 * @param teamId       the team whose group it is, or null for the coordination group
 * @param coordination true for the 投资促进部 coordination group
 * @param settings     platform settings for pushes (e.g. webhook, secret, webhookKey); values may come from ${ENV}
 */
public record Conversation(String id, String platform, String name, String teamId, boolean coordination,
                           Map<String, String> settings) {
    public Conversation {
        settings = Map.copyOf(settings);
    }
}
