package zhaoshang.remind;

import java.time.LocalDate;

/** A rule muted for a team by its 组长 (静音), with the reason given. */
public record Mute(long id, String teamId, String rule, LocalDate from, LocalDate to, String reason, String memberId) {
    public boolean covers(String team, String ruleId, LocalDate day) {
        return teamId.equals(team) && rule.equals(ruleId) && !day.isBefore(from) && !day.isAfter(to);
    }
}
