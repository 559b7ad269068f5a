package zhaoshang.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Mention;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.config.Team;
import zhaoshang.roster.Roster;

/**
 * 添加 @某人 第二工作组 组员 · 移出 @某人 · 设为组长 @某人 · 转组 @某人 第三工作组. Who may do what is asked of
 * {@link Permissions#rosterChange}; every change is kept by the roster with who, when, old → new.
 */
public final class RosterChangeCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(添加|加入名单|移出|移除|设为组长|设置组长|转组|调组)\\s*(.*)$");

    private final Roster roster;

    public RosterChangeCommand(Roster roster) {
        this.roster = roster;
    }

    @Override
    public String help() {
        return RosterTexts.HELP_CHANGE;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        if (request.text().contains("\n")) return Optional.empty();
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        BotConfig cfg = roster.current();
        String verb = m.group(1);
        return Optional.of(List.of(switch (verb) {
            case "添加", "加入名单" -> add(request, cfg, m.group(2));
            case "移出", "移除" -> remove(request, cfg, m.group(2));
            case "设为组长", "设置组长" -> leader(request, cfg, m.group(2));
            default -> move(request, cfg, m.group(2));
        }));
    }

    private Reply add(Request request, BotConfig cfg, String rest) {
        Optional<RosterPeople.Named> read = RosterPeople.read(request, cfg, rest, true);
        if (read.isEmpty()) return Reply.text(RosterTexts.USAGE_ADD);
        RosterPeople.Named named = read.get();
        Role role = named.role() == null ? Role.MEMBER : named.role();
        String teamId = role.seesAllTeams() ? null
                : named.team() != null ? named.team().id() : request.conversationTeamId();
        if (!role.seesAllTeams() && teamId == null) return Reply.text(RosterTexts.ADD_NEEDS_TEAM);
        Optional<String> refusal = Permissions.rosterChange(request, cfg, null, null, teamId, role);
        if (refusal.isPresent()) return Reply.text(refusal.get());
        String platform = request.message().platform();
        String userId = named.userId();
        if (userId == null) {
            // no mention with an id (WeCom names people only in the text): someone who asked to join has one
            userId = roster.requestsNamed(teamId, named.name()).stream().filter(r -> r.platform().equals(platform))
                    .map(zhaoshang.roster.JoinRequest::userId).findFirst().orElse(null);
        }
        if (userId == null) return Reply.text(RosterTexts.noId(named.name()));
        Optional<Member> existing = cfg.memberByPlatformId(platform, userId);
        if (existing.isPresent()) {
            return Reply.text(RosterTexts.alreadyListed(existing.get().name(), RosterPeople.place(cfg, existing.get())));
        }
        Member added = roster.add(request.member(), new Roster.Person(platform, userId, named.name()), teamId, role,
                request.inboxId());
        return Reply.message(null).line(RosterTexts.added(added.name(), roster.describe(teamId, role)))
                .mention(Mention.of(added)).build();
    }

    private Reply remove(Request request, BotConfig cfg, String rest) {
        Optional<RosterPeople.Named> read = RosterPeople.read(request, cfg, rest, false);
        if (read.isEmpty()) return Reply.text(RosterTexts.USAGE_REMOVE);
        RosterPeople.Choice choice = RosterPeople.member(request, cfg, read.get(), read.get().team(), "移出 {id}");
        if (choice.member() == null) return Reply.text(choice.answer());
        Member who = choice.member();
        Optional<String> refusal = Permissions.rosterChange(request, cfg, who.teamId(), who.role(), null, null);
        if (refusal.isPresent()) return Reply.text(refusal.get());
        Optional<String> last = lastOne(cfg, who);
        if (last.isPresent()) return Reply.text(last.get());
        String place = RosterPeople.place(cfg, who);
        roster.remove(request.member(), who, request.inboxId());
        return Reply.text(RosterTexts.removed(who.name(), place));
    }

    private Reply leader(Request request, BotConfig cfg, String rest) {
        Optional<RosterPeople.Named> read = RosterPeople.read(request, cfg, rest, false);
        if (read.isEmpty()) return Reply.text(RosterTexts.USAGE_LEADER);
        RosterPeople.Choice choice = RosterPeople.member(request, cfg, read.get(), read.get().team(), "设为组长 {id}");
        if (choice.member() == null) return Reply.text(choice.answer());
        Member who = choice.member();
        if (who.teamId() == null) return Reply.text(RosterTexts.noTeam(who.name()));
        String team = RosterPeople.teamName(cfg, who.teamId());
        if (who.role() == Role.LEADER) return Reply.text(RosterTexts.alreadyLeader(who.name(), team));
        Optional<String> refusal = Permissions.rosterChange(request, cfg, who.teamId(), who.role(), who.teamId(),
                Role.LEADER);
        if (refusal.isPresent()) return Reply.text(refusal.get());
        List<String> previous = new ArrayList<>();
        for (Member old : cfg.membersOf(who.teamId())) {
            if (old.role() != Role.LEADER) continue;
            roster.setRole(request.member(), old, Role.MEMBER, request.inboxId());
            previous.add(old.name());
        }
        Member now = roster.setRole(request.member(), who, Role.LEADER, request.inboxId());
        return Reply.message(null).line(RosterTexts.leaderSet(now.name(), team, previous)).mention(Mention.of(now))
                .build();
    }

    private Reply move(Request request, BotConfig cfg, String rest) {
        Optional<RosterPeople.Named> read = RosterPeople.read(request, cfg, rest, false);
        if (read.isEmpty()) return Reply.text(RosterTexts.USAGE_MOVE);
        Team to = read.get().team();
        if (to == null) return Reply.text(RosterTexts.MOVE_NEEDS_TEAM);
        RosterPeople.Choice choice = RosterPeople.member(request, cfg, read.get(), null, "转组 {id} " + to.name());
        if (choice.member() == null) return Reply.text(choice.answer());
        Member who = choice.member();
        if (to.id().equals(who.teamId())) return Reply.text(RosterTexts.sameTeam(who.name(), to.name()));
        Optional<String> refusal = Permissions.rosterChange(request, cfg, who.teamId(), who.role(), to.id(), Role.MEMBER);
        if (refusal.isPresent()) return Reply.text(refusal.get());
        Optional<String> last = lastOne(cfg, who);
        if (last.isPresent()) return Reply.text(last.get());
        String from = who.teamId() == null ? who.role().label() : RosterPeople.teamName(cfg, who.teamId());
        Member moved = roster.move(request.member(), who, to.id(), request.inboxId());
        return Reply.message(null).line(RosterTexts.moved(moved.name(), from, to.name())).mention(Mention.of(moved))
                .build();
    }

    /** Taking away the last 组长 of a team, or the last 投资促进部 member, asks for a successor first. */
    private static Optional<String> lastOne(BotConfig cfg, Member who) {
        if (who.role() == Role.LEADER && who.teamId() != null
                && cfg.membersOf(who.teamId()).stream().filter(m -> m.role() == Role.LEADER).count() <= 1) {
            return Optional.of(RosterTexts.lastLeader(who.name(), RosterPeople.teamName(cfg, who.teamId())));
        }
        if (who.role() == Role.PROMOTION && cfg.admins().size() <= 1) {
            return Optional.of(RosterTexts.lastAdmin(who.name()));
        }
        return Optional.empty();
    }
}
