package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import zhaoshang.bot.Command;
import zhaoshang.bot.MessageText;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.config.Team;
import zhaoshang.export.RosterWorkbook;
import zhaoshang.roster.JoinRequest;
import zhaoshang.roster.Roster;
import zhaoshang.roster.RosterChange;

/**
 * 名单 · 名单 第二工作组 · 名单历史 · 导出名单: who is in which team, the roster's changes (who, when, old → new),
 * and the roster as a workbook. What may be shown where is {@link Permissions#teams}'s answer, as for progress.
 */
public final class RosterCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(导出名单|名单历史|名单变动|名单记录|名单|成员名单)(.{0,20})$");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final int HISTORY_SHOWN = 20;
    private static final int HISTORY_EXPORTED = 5000;

    private final Roster roster;
    private final ZoneId zone;

    public RosterCommand(Roster roster, ZoneId zone) {
        this.roster = roster;
        this.zone = zone;
    }

    @Override
    public String help() {
        return RosterTexts.HELP_ROSTER;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        if (request.text().contains("\n")) return Optional.empty();
        Matcher m = PATTERN.matcher(MessageText.compact(request.text()));
        if (!m.matches()) return Optional.empty();
        BotConfig cfg = roster.current();
        String rest = m.group(2);
        Team named = null;
        if (!rest.isBlank()) {
            Optional<TeamNames.Found> found = TeamNames.find(rest, cfg.teams());
            if (found.isEmpty() || !found.get().rest().isBlank()) return Optional.empty();
            named = found.get().team();
        }
        boolean export = m.group(1).equals("导出名单");
        Permissions.Scope scope = Permissions.teams(request, cfg, named,
                export ? Permissions.Subject.ROSTER_EXPORT : Permissions.Subject.ROSTER);
        if (!scope.allowed()) return Optional.of(List.of(Reply.text(scope.refusal())));
        if (export) return Optional.of(export(cfg, scope, request));
        if (m.group(1).equals("名单") || m.group(1).equals("成员名单")) return Optional.of(List.of(roster(cfg, scope)));
        return Optional.of(List.of(history(cfg, scope)));
    }

    private Reply roster(BotConfig cfg, Permissions.Scope scope) {
        Reply.Builder r = Reply.message(RosterTexts.ROSTER_TITLE).heading(RosterTexts.ROSTER_TITLE);
        for (Team t : scope.teams()) {
            List<Member> people = cfg.membersOf(t.id());
            r.line(zhaoshang.chat.Span.strong(RosterTexts.teamLine(t.name(), people.size())));
            r.item(Role.LEADER.label() + "：" + names(people, Role.LEADER));
            r.item(Role.MEMBER.label() + "：" + names(people, Role.MEMBER));
            List<JoinRequest> pending = roster.pending(t.id());
            if (!pending.isEmpty()) {
                r.item(RosterTexts.pendingLine(pending.stream().map(p -> p.displayName() + " " + p.number())
                        .collect(Collectors.joining("、"))));
            }
        }
        if (scope.allTeams()) {
            for (Role role : List.of(Role.PROMOTION, Role.LEADERSHIP)) {
                List<Member> people = cfg.members().stream().filter(p -> p.teamId() == null && p.role() == role).toList();
                r.line(zhaoshang.chat.Span.strong(role.label()), "：", names(people, role));
            }
        }
        return r.build();
    }

    private static String names(List<Member> people, Role role) {
        String s = people.stream().filter(p -> p.role() == role).map(Member::name).collect(Collectors.joining("、"));
        return s.isEmpty() ? "（无）" : s;
    }

    private Reply history(BotConfig cfg, Permissions.Scope scope) {
        List<RosterChange> changes = changes(scope, HISTORY_SHOWN);
        Reply.Builder r = Reply.message(RosterTexts.HISTORY_TITLE).heading(RosterTexts.HISTORY_TITLE + scopeName(scope));
        if (changes.isEmpty()) return r.line(RosterTexts.NO_HISTORY).build();
        for (RosterChange c : changes) r.item(line(c));
        return r.build();
    }

    private String line(RosterChange c) {
        return RosterTexts.historyLine(WHEN.format(c.at().atZone(zone)), c.actorName(), c.action().label(),
                c.subjectName(), c.oldValue(), c.newValue());
    }

    /** Changes in scope, newest first: one team's, or all of them. */
    private List<RosterChange> changes(Permissions.Scope scope, int limit) {
        if (scope.allTeams()) return roster.history(null, limit);
        Map<Long, RosterChange> byId = new LinkedHashMap<>();
        for (Team t : scope.teams()) roster.history(t.id(), limit).forEach(c -> byId.put(c.id(), c));
        return byId.values().stream().sorted(Comparator.comparingLong(RosterChange::id).reversed()).limit(limit).toList();
    }

    private List<Reply> export(BotConfig cfg, Permissions.Scope scope, Request request) {
        List<List<String>> members = new ArrayList<>();
        for (Member m : cfg.members()) {
            boolean inScope = m.teamId() == null ? scope.allTeams()
                    : scope.teams().stream().anyMatch(t -> t.id().equals(m.teamId()));
            if (!inScope) continue;
            members.add(List.of(m.id(), m.name(), m.teamId() == null ? "" : RosterPeople.teamName(cfg, m.teamId()),
                    m.role().label(), value(m.platformId("dingtalk")), value(m.platformId("wecom"))));
        }
        List<List<String>> history = changes(scope, HISTORY_EXPORTED).stream().map(c -> List.of(
                WHEN.format(c.at().atZone(zone)), c.actorName(), c.action().label(), c.subjectName(), c.oldValue(),
                c.newValue())).toList();
        String date = LocalDate.ofInstant(request.now(), zone).toString();
        byte[] xlsx = RosterWorkbook.write(members, history);
        return List.of(Reply.text(RosterTexts.EXPORT_NOTE),
                Reply.file(RosterTexts.exportFileName(scopeName(scope).strip().isEmpty() ? "全部工作组"
                        : scopeName(scope).strip(), date), xlsx));
    }

    private static String scopeName(Permissions.Scope scope) {
        return scope.allTeams() ? "" : " " + scope.teams().stream().map(Team::name).collect(Collectors.joining("、"));
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
