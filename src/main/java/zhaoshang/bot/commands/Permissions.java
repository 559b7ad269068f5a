package zhaoshang.bot.commands;

import zhaoshang.config.Member;
import zhaoshang.config.Role;

/** Who may change a record: its reporter, the 组长 of its team, and 投资促进部 for any team. */
final class Permissions {

    private Permissions() { }

    static boolean mayChange(Member actor, String recordTeamId, String reporterId) {
        if (actor.id().equals(reporterId)) return true;
        if (actor.role() == Role.PROMOTION) return true;
        return actor.role() == Role.LEADER && recordTeamId.equals(actor.teamId());
    }

    static boolean maySee(Member actor, String teamId) {
        return actor.role().seesAllTeams() || teamId.equals(actor.teamId());
    }
}
