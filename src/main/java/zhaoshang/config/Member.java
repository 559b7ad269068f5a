package zhaoshang.config;

import java.util.Map;

/**
 * A person the bot knows.
 *
 * @param id          our own stable id (used in ledgers)
 * @param name        display name
 * @param teamId      the team, or null for 投资促进部 / 领导 who belong to no team
 * @param role        what they may do
 * @param platformIds user id per platform ("local", "dingtalk", "wecom")
 */
public record Member(String id, String name, String teamId, Role role, Map<String, String> platformIds) {
    public Member {
        platformIds = Map.copyOf(platformIds);
    }

    public String platformId(String platform) {
        return platformIds.get(platform);
    }
}
