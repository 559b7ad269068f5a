package zhaoshang.bot.commands;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import zhaoshang.outbox.Outbox;
import zhaoshang.roster.JoinRequest;
import zhaoshang.roster.Roster;

/**
 * 同意 · 同意 张三 · 同意 #3 · 拒绝 张三: answers a joining request. The 组长 decides for their own team, 投资促进部 for
 * every team ({@link Permissions#rosterChange}, as adding a 组员); a request is decided once.
 */
public final class JoinCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(同意|批准|拒绝)\\s*(?:加入)?\\s*[@＠]?\\s*(\\S{0,32})\\s*(?:加入)?$");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Roster roster;
    private final Outbox outbox;
    private final ZoneId zone;

    public JoinCommand(Roster roster, Outbox outbox, ZoneId zone) {
        this.roster = roster;
        this.outbox = outbox;
        this.zone = zone;
    }

    @Override
    public String help() {
        return RosterTexts.HELP_JOIN;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        boolean approve = !m.group(1).equals("拒绝");
        String verb = approve ? "同意" : "拒绝";
        String who = m.group(2);
        BotConfig cfg = roster.current();
        Member actor = request.member();
        if (actor.role() != Role.LEADER && actor.role() != Role.PROMOTION) {
            return reply(Permissions.rosterChange(request, cfg, null, null, request.conversationTeamId(), Role.MEMBER)
                    .orElse(RosterTexts.NO_PENDING));
        }
        if (request.conversationTeamId() != null) {
            Optional<String> refusal = Permissions.rosterChange(request, cfg, null, null, request.conversationTeamId(),
                    Role.MEMBER);
            if (refusal.isPresent()) return reply(refusal.get());
        }
        // the requests this person may decide here: the group's team, or (coordination group) theirs / every team
        String scopeTeam = request.conversationTeamId() != null ? request.conversationTeamId()
                : actor.role() == Role.PROMOTION ? null : actor.teamId();
        List<JoinRequest> pending = roster.pending(scopeTeam);
        JoinRequest chosen;
        if (who.isEmpty()) {
            if (pending.isEmpty()) return reply(RosterTexts.NO_PENDING);
            if (pending.size() > 1) return reply(RosterTexts.pendingChoice(describe(cfg, pending), verb));
            chosen = pending.get(0);
        } else if (who.startsWith("#") && who.substring(1).chars().allMatch(Character::isDigit) && who.length() > 1) {
            long id = Long.parseLong(who.substring(1));
            Optional<JoinRequest> r = roster.request(id)
                    .filter(x -> scopeTeam == null || scopeTeam.equals(x.teamId()));
            if (r.isEmpty()) return reply(RosterTexts.noRequest(who));
            if (r.get().status() != JoinRequest.Status.PENDING) return reply(decided(cfg, r.get()));
            chosen = r.get();
        } else {
            List<JoinRequest> named = pending.stream().filter(r -> r.displayName().equals(who)).toList();
            if (named.size() > 1) return reply(RosterTexts.pendingChoice(describe(cfg, named), verb));
            if (named.isEmpty()) {
                Optional<JoinRequest> before = roster.requestsNamed(scopeTeam, who).stream().findFirst();
                return reply(before.map(r -> decided(cfg, r)).orElse(RosterTexts.noRequest(who)));
            }
            chosen = named.get(0);
        }
        Optional<String> refusal = Permissions.rosterChange(request, cfg, null, null, chosen.teamId(), Role.MEMBER);
        if (refusal.isPresent()) return reply(refusal.get());
        if (!approve) {
            if (!roster.reject(actor, chosen, request.inboxId())) return reply(decided(cfg, roster.request(chosen.id()).orElseThrow()));
            return reply(RosterTexts.rejected(chosen.displayName()));
        }
        Optional<Member> already = cfg.memberByPlatformId(chosen.platform(), chosen.userId());
        if (already.isPresent()) {
            roster.settle(actor, chosen.platform(), chosen.userId(), already.get().id());
            return reply(RosterTexts.alreadyListed(already.get().name(), RosterPeople.place(cfg, already.get())));
        }
        Optional<Member> added = roster.approve(actor, chosen, request.inboxId());
        if (added.isEmpty()) return reply(decided(cfg, roster.request(chosen.id()).orElseThrow()));
        Member member = added.get();
        String place = RosterPeople.place(roster.current(), member);
        List<Reply> replies = new ArrayList<>();
        boolean here = chosen.conversationId().equals(request.message().conversationId())
                && chosen.platform().equals(request.message().platform());
        replies.add(Reply.message(null).line(RosterTexts.approved(member.name(), place))
                .mentions(here ? List.of(Mention.of(member)) : List.of()).build());
        if (!here) {
            // the newcomer waits in their team's group: tell them there
            outbox.enqueue(chosen.platform(), chosen.conversationId(), null,
                    List.of(Reply.message(null).line(RosterTexts.welcome(member.name(), place))
                            .mention(Mention.of(member)).build()), java.util.Map.of());
        }
        return Optional.of(replies);
    }

    private String decided(BotConfig cfg, JoinRequest r) {
        if (r.status() == JoinRequest.Status.PENDING) return RosterTexts.noRequest(r.displayName());
        String by = cfg.member(r.decidedBy()).map(Member::name).orElse(r.decidedBy());
        return RosterTexts.alreadyDecided(r.displayName(), r.status() == JoinRequest.Status.APPROVED, by,
                r.decidedAt() == null ? "" : WHEN.format(r.decidedAt().atZone(zone)));
    }

    private static List<String> describe(BotConfig cfg, List<JoinRequest> requests) {
        return requests.stream().map(r -> r.number() + " " + r.displayName() + "（"
                + RosterPeople.teamName(cfg, r.teamId()) + "）").toList();
    }

    private static Optional<List<Reply>> reply(String text) {
        return Optional.of(List.of(Reply.text(text)));
    }
}
