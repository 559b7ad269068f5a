package zhaoshang.bot.commands;

import java.util.List;
import java.util.Optional;

import zhaoshang.bot.Request;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.config.Team;
import zhaoshang.ledger.LedgerEntry;

/**
 * The one permission check for every command that shows or changes a team's data. Two questions, always both:
 * <ol>
 * <li>May this member see (or change) this team's data? 组员 and 组长 their own team, 投资促进部 and 领导 every team;
 *     a record may be changed by its reporter, its team's 组长 and 投资促进部.</li>
 * <li>May the answer be shown in this conversation? A reply goes to everyone in the group, so a team's data is
 *     shown only in that team's own group or in the 投资促进部 coordination group, and all teams' data only in the
 *     coordination group.</li>
 * </ol>
 * A member's own records (我的记录, their own reports) are theirs to show anywhere. The 月擂台 ranking (scores and
 * counts per team, no enterprise, record or person) is published to every team by design and needs no check.
 */
final class Permissions {

    /** What a command shows, for the wording of a refusal: e.g. verb 查看, noun 进度. */
    record Subject(String verb, String noun, String hint) {
        static final Subject PROGRESS = new Subject("查看", "进度", "各组对比请看“排行”。");
        static final Subject LEDGERS = new Subject("导出", "台账", "各组台账由投资促进部统一导出。");
        static final Subject REMINDERS = new Subject("查看", "提醒设置", "");
        static final Subject REMINDER_PREVIEW = new Subject("预览", "提醒", "");
        static final Subject MUTE = new Subject("静音", "提醒", "");
        static final Subject ROSTER = new Subject("查看", "名单", "");
        static final Subject ROSTER_EXPORT = new Subject("导出", "名单", "");
        static final Subject SUBMISSIONS = new Subject("查看", "报送记录", "");
        static final Subject RECORDS = new Subject("查看", "记录", "自己登记的请发“我的记录”。");
        static final Subject PAPERS = new Subject("生成", "材料", "各组材料由投资促进部统一生成。");
    }

    /** The teams a command may show, or why not: exactly one of {@code teams} (non-empty) and {@code refusal}. */
    record Scope(List<Team> teams, boolean allTeams, String refusal) {
        static Scope of(Team team) {
            return new Scope(List.of(team), false, null);
        }

        static Scope all(List<Team> teams) {
            return new Scope(List.copyOf(teams), true, null);
        }

        static Scope refused(String why) {
            return new Scope(List.of(), false, why);
        }

        boolean allowed() {
            return refusal == null;
        }

        /** The one team in scope (not for an all-teams scope). */
        Team team() {
            return teams.get(0);
        }
    }

    private Permissions() { }

    /**
     * The teams whose data a query may show here: the team written in the command ({@code named}, or null), else the
     * team of the group, else (in the coordination group) every team for 投资促进部 and 领导 and the member's own team
     * for anyone else.
     */
    static Scope teams(Request request, BotConfig config, Team named, Subject subject) {
        Member m = request.member();
        String groupTeamId = request.conversationTeamId();
        if (groupTeamId != null) {
            Team group = config.team(groupTeamId).orElseThrow();
            if (!maySee(m, groupTeamId)) return Scope.refused(otherTeamsGroup(group, own(m, config), subject));
            if (named != null && !named.id().equals(groupTeamId)) {
                if (!maySee(m, named.id())) return Scope.refused(onlyOwn(own(m, config), subject));
                return Scope.refused(elsewhere(group, named.name(), subject));
            }
            return Scope.of(group);
        }
        if (named != null) {
            return maySee(m, named.id()) ? Scope.of(named) : Scope.refused(onlyOwn(own(m, config), subject));
        }
        if (m.role().seesAllTeams()) return Scope.all(config.teams());
        if (m.teamId() == null) return Scope.refused(onlyOwn(own(m, config), subject));
        return Scope.of(config.team(m.teamId()).orElseThrow());
    }

    /**
     * 本组记录: one team's records, for its 组长 (in the team's group or the coordination group) and for 投资促进部 and
     * 领导, who name the team outside a team's group. 组员 see their own records (我的记录).
     */
    static Scope teamRecords(Request request, BotConfig config, Team named) {
        Member m = request.member();
        if (m.role() == Role.MEMBER) {
            return Scope.refused("本组记录由组长查看；您自己登记的请发“我的记录”。");
        }
        Scope scope = teams(request, config, named, Subject.RECORDS);
        if (scope.allowed() && scope.allTeams()) {
            return Scope.refused("请写明哪个工作组，例如“本组记录 第二工作组”或“台账 第二工作组 11月”。");
        }
        return scope;
    }

    /**
     * 考察计划 → drafts of the invitation and the reception plan: a team's 组长 (for the team), 投资促进部 and 领导 (for the
     * team named or the team of the group; in the coordination group without a team, an all-teams scope).
     */
    static Scope inspectionPlan(Request request, BotConfig config, Team named) {
        Member m = request.member();
        if (m.role() == Role.MEMBER) return Scope.refused("考察计划由组长或投资促进部发送，请联系组长。");
        return teams(request, config, named, Subject.PAPERS);
    }

    /**
     * The office's papers for all teams (调度会材料, 季度通报, 考察邀请函 and 接待方案 drafts): 投资促进部 and 领导, in the
     * coordination group, where the answer is seen by nobody else.
     */
    static Optional<String> officePapers(Request request, String what) {
        Member m = request.member();
        if (!m.role().seesAllTeams()) return Optional.of(what + "由投资促进部生成，请联系投资促进部。");
        if (request.conversationTeamId() != null) {
            return Optional.of(what + "含各工作组的情况，请在投资促进部协调群里发送，以免其他组看到。");
        }
        return Optional.empty();
    }

    /**
     * Why a member may not see ({@code change} false) or change ({@code change} true) a record here; empty when
     * allowed.
     */
    static Optional<String> record(Request request, BotConfig config, LedgerEntry<?> entry, boolean change) {
        Member m = request.member();
        if (change && !mayChange(m, entry.teamId(), entry.reporterId())) {
            return Optional.of(entry.number() + " 不是您登记的记录，只有登记人、本组组长或投资促进部可以修改。");
        }
        if (!change && !maySee(m, entry.teamId())) {
            return Optional.of(entry.number() + " 属于其他工作组，您无权查看。");
        }
        String groupTeamId = request.conversationTeamId();
        if (groupTeamId != null && !groupTeamId.equals(entry.teamId())) {
            String team = config.team(entry.teamId()).map(Team::name).orElse("其他工作组");
            return Optional.of(entry.number() + " 属于" + team + "，本群是"
                    + config.team(groupTeamId).map(Team::name).orElse("其他工作组") + "的群；请在" + team
                    + "的群或投资促进部协调群里操作，以免其他组看到。");
        }
        return Optional.empty();
    }

    /**
     * The team a report from this member is recorded for: their own team; for 投资促进部 and 领导 (who belong to no
     * team) the team of the group they write in. Empty in the coordination group for someone without a team.
     */
    static Optional<String> writeTeam(Request request) {
        Member m = request.member();
        return Optional.ofNullable(m.teamId() != null ? m.teamId() : request.conversationTeamId());
    }

    /** 组长 (own team) and 投资促进部 may mute and preview a team's reminders. */
    static boolean managesReminders(Member m, String teamId) {
        return (m.role() == Role.LEADER && teamId.equals(m.teamId())) || m.role() == Role.PROMOTION;
    }

    /**
     * Why a member may not submit (报送) the team's ledgers here; empty when allowed: the team's 组长, or a member of
     * the team the 组长 named (指定报送人), in the team's own group or the coordination group.
     */
    static Optional<String> submit(Request request, BotConfig config, Team team, List<String> delegates) {
        Member m = request.member();
        boolean leader = m.role() == Role.LEADER && team.id().equals(m.teamId());
        boolean delegate = team.id().equals(m.teamId()) && delegates.contains(m.id());
        if (!leader && !delegate) {
            String leaders = config.membersOf(team.id()).stream().filter(x -> x.role() == Role.LEADER)
                    .map(Member::name).collect(java.util.stream.Collectors.joining("、"));
            return Optional.of(team.id().equals(m.teamId())
                    ? "只有组长" + (leaders.isEmpty() ? "" : "（" + leaders + "）") + "或组长指定的报送人可以报送本组台账。"
                            + "组长可发送“指定报送人 姓名”。"
                    : "您只能报送本组的台账。");
        }
        String groupTeamId = request.conversationTeamId();
        if (groupTeamId != null && !groupTeamId.equals(team.id())) {
            return Optional.of("本群是" + config.team(groupTeamId).map(Team::name).orElse("其他工作组")
                    + "的群，请在本组群里报送。");
        }
        return Optional.empty();
    }

    /** Why a member may not file (备案) or return (退回) a submission here: only 投资促进部, in the coordination group. */
    static Optional<String> decideSubmission(Request request) {
        if (request.member().role() != Role.PROMOTION) return Optional.of("备案和退回由投资促进部办理。");
        if (request.conversationTeamId() != null) return Optional.of("请在投资促进部协调群里办理备案和退回。");
        return Optional.empty();
    }

    /** Why a member may not name (or un-name) {@code target} as the team's 报送人: only the 组长, for a member of the team. */
    static Optional<String> nameSubmitter(Request request, Member target) {
        Member m = request.member();
        if (m.role() != Role.LEADER || m.teamId() == null) return Optional.of("只有组长可以指定本组的报送人。");
        if (!m.teamId().equals(target.teamId())) return Optional.of(target.name() + " 不是本组成员，不能指定为本组报送人。");
        String groupTeamId = request.conversationTeamId();
        if (groupTeamId != null && !groupTeamId.equals(m.teamId())) return Optional.of("请在本组群里指定报送人。");
        return Optional.empty();
    }

    /**
     * Why this member may not make a roster change here; empty when allowed. A change takes a person from a place
     * (team and role; both null when they were not on the roster) to another (both null when they leave it); joining
     * requests are changes from nowhere to a team's 组员. 投资促进部 may make any change; a 组长 only within their
     * own team's 组员 (adding, removing, approving 组员 — not making a 组长 nor moving anyone to another team);
     * nobody else any. In a team's group only changes that concern that team are made (others see the answer).
     */
    static Optional<String> rosterChange(Request request, BotConfig config, String teamBefore, Role roleBefore,
                                         String teamAfter, Role roleAfter) {
        Member m = request.member();
        if (m.role() == Role.LEADER) {
            boolean ownMembersOnly = (roleBefore == null || (roleBefore == Role.MEMBER && m.teamId().equals(teamBefore)))
                    && (roleAfter == null || (roleAfter == Role.MEMBER && m.teamId().equals(teamAfter)));
            if (!ownMembersOnly) {
                return Optional.of("组长只能调整本组" + (own(m, config).isEmpty() ? "" : "（" + own(m, config) + "）")
                        + "的组员：加入、移出、同意加入申请。设组长、转组和其他组的名单请联系投资促进部。");
            }
        } else if (m.role() != Role.PROMOTION) {
            return Optional.of("只有本组组长和投资促进部可以调整名单、同意加入申请。");
        }
        String groupTeamId = request.conversationTeamId();
        if (groupTeamId != null && !groupTeamId.equals(teamBefore) && !groupTeamId.equals(teamAfter)) {
            String group = config.team(groupTeamId).map(Team::name).orElse("其他工作组");
            return Optional.of("本群是" + group + "的群，其他组的名单请在该组的群或投资促进部协调群里调整，以免其他组看到。");
        }
        return Optional.empty();
    }

    /** Only 投资促进部 connects a group to a team or as the coordination group. */
    static Optional<String> connectGroup(Member m) {
        return m.role() == Role.PROMOTION ? Optional.empty()
                : Optional.of("只有投资促进部可以设置本群属于哪个工作组。");
    }

    static boolean mayChange(Member actor, String recordTeamId, String reporterId) {
        if (actor.id().equals(reporterId)) return true;
        if (actor.role() == Role.PROMOTION) return true;
        return actor.role() == Role.LEADER && recordTeamId.equals(actor.teamId());
    }

    static boolean maySee(Member actor, String teamId) {
        return actor.role().seesAllTeams() || teamId.equals(actor.teamId());
    }

    private static String own(Member m, BotConfig config) {
        return m.teamId() == null ? "" : config.team(m.teamId()).map(Team::name).orElse("");
    }

    private static String onlyOwn(String own, Subject s) {
        return "您只能" + s.verb() + "本组" + (own.isEmpty() ? "" : "（" + own + "）") + "的" + s.noun() + "。" + s.hint();
    }

    private static String otherTeamsGroup(Team group, String own, Subject s) {
        return "本群是" + group.name() + "的群，" + group.name() + "的" + s.noun() + "只有本组成员和投资促进部可以" + s.verb()
                + "。" + (own.isEmpty() ? "" : "您本组（" + own + "）的" + s.noun() + "请在本组群里" + s.verb() + "。");
    }

    private static String elsewhere(Team group, String other, Subject s) {
        return "本群是" + group.name() + "的群；" + other + "的" + s.noun() + "请在" + other + "的群或投资促进部协调群里"
                + s.verb() + "，以免其他组看到。";
    }
}
