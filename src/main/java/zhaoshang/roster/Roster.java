package zhaoshang.roster;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.config.BotConfig;
import zhaoshang.config.Conversation;
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.config.Team;
import zhaoshang.store.Database;

/**
 * Who is in which team, and which group is whose: bot-config's YAML is the seed, the changes made by chat (stored in
 * the V14 tables) win over it. {@link #current()} is an immutable {@link BotConfig} swapped as a whole on every
 * change; {@link #view()} is the one the bot is wired with. Changes are written inside the caller's unit of work
 * (the message being handled); when that unit is undone, the snapshot is read back from what was committed.
 * Whether someone may make a change is the caller's question (bot.commands.Permissions), not this class's.
 */
public final class Roster {

    private static final Logger LOG = LoggerFactory.getLogger(Roster.class);

    /** Someone as a platform message names them: platform, user id, display name. */
    public record Person(String platform, String userId, String name) { }

    /**
     * The seed merged with the chat's changes: the config, what makes the merge unusable ({@code problems}: a change
     * names a team the seed no longer has) and what was settled in the chat's favour ({@code warnings}).
     */
    record Merged(BotConfig config, List<String> problems, List<String> warnings) { }

    private final Database database;
    private final RosterStore store;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile BotConfig seed;
    private volatile BotConfig current;
    private volatile List<String> warnings = List.of();
    private final LiveConfig view;

    public Roster(Database database, BotConfig seed, Clock clock) {
        this.database = database;
        this.store = new RosterStore(database.jdbi());
        this.clock = clock;
        this.seed = seed;
        Merged m = merge(seed, store.members(), store.conversations());
        // at start the bot runs with what can be used; the entries left out are named in the log and /healthz
        this.current = m.config();
        this.warnings = concat(m.problems(), m.warnings());
        warnings.forEach(w -> LOG.warn("名单：{}", w));
        this.view = new LiveConfig(() -> current);
    }

    /** The roster now: an immutable snapshot. */
    public BotConfig current() {
        return current;
    }

    /** The view that always reads the current snapshot (what the bot, reminders and exports are wired with). */
    public LiveConfig view() {
        return view;
    }

    /** What the merge of bot-config and the chat's changes settled or left out (for /healthz). */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * A new seed (bot-config edited while running): applied merged with the chat's changes, unless the merge has
     * problems; returns them (empty when applied).
     */
    public List<String> reseed(BotConfig yaml) {
        synchronized (lock) {
            Merged m = merge(yaml, store.members(), store.conversations());
            if (!m.problems().isEmpty()) return m.problems();
            seed = yaml;
            current = m.config();
            warnings = m.warnings();
            return List.of();
        }
    }

    /** Reads the chat's changes again (after a unit was undone, or another instance changed them). */
    public void reload() {
        synchronized (lock) {
            Merged m = merge(seed, store.members(), store.conversations());
            current = m.config();
            warnings = concat(m.problems(), m.warnings());
        }
    }

    /**
     * After a write: the rest of this unit sees the change at once; when the unit ends (committed or undone) the
     * snapshot is read again from what was committed, so that a reseed on another thread meanwhile, which could not
     * see this unit's writes, does not hide them.
     */
    private void changed() {
        reload();
        database.afterUnit(this::reload);
    }

    // ------------------------------------------------------------------ changes of members

    /**
     * Adds a person (from their platform id and display name) to a team with a role, or gives back someone who left
     * under their old id (their old records join up). The caller made sure nobody has that platform id now.
     */
    public Member add(Member actor, Person person, String teamId, Role role, Long inboxId) {
        synchronized (lock) {
            Instant now = clock.instant();
            String id = idFor(person);
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put(person.platform(), person.userId());
            store.saveMember(new RosterStore.MemberRow(id, person.name(), teamId, role, ids, false), now);
            settle(actor, person.platform(), person.userId(), id);
            store.addChange(new RosterChange(0, now, actor.id(), actor.name(), RosterChange.Action.ADD, id,
                    person.name(), null, teamId, RosterTerms.NOT_LISTED, describe(teamId, role)), inboxId);
            changed();
            return current.member(id).orElseThrow();
        }
    }

    /** Takes someone off the roster; their records keep their name and team. */
    public void remove(Member actor, Member who, Long inboxId) {
        synchronized (lock) {
            Instant now = clock.instant();
            store.saveMember(row(who, who.teamId(), who.role(), true), now);
            store.addChange(change(now, actor, RosterChange.Action.REMOVE, who, who.teamId(), null,
                    describe(who.teamId(), who.role()), RosterTerms.NOT_LISTED), inboxId);
            changed();
        }
    }

    /** Changes someone's role in their team (组长 / 组员). */
    public Member setRole(Member actor, Member who, Role role, Long inboxId) {
        synchronized (lock) {
            Instant now = clock.instant();
            store.saveMember(row(who, who.teamId(), role, false), now);
            store.addChange(change(now, actor, role == Role.LEADER ? RosterChange.Action.LEADER : RosterChange.Action.MEMBER,
                    who, who.teamId(), who.teamId(), describe(who.teamId(), who.role()), describe(who.teamId(), role)),
                    inboxId);
            changed();
            return current.member(who.id()).orElseThrow();
        }
    }

    /** Moves someone to another team as 组员; what they reported stays with the team it was reported for. */
    public Member move(Member actor, Member who, String teamId, Long inboxId) {
        synchronized (lock) {
            Instant now = clock.instant();
            store.saveMember(row(who, teamId, Role.MEMBER, false), now);
            store.addChange(change(now, actor, RosterChange.Action.MOVE, who, who.teamId(), teamId,
                    describe(who.teamId(), who.role()), describe(teamId, Role.MEMBER)), inboxId);
            changed();
            return current.member(who.id()).orElseThrow();
        }
    }

    // ------------------------------------------------------------------ groups

    /** Connects a group to a team ({@code teamId}) or as a coordination group ({@code teamId} null). */
    public Conversation connect(Member actor, String platform, String conversationId, String name, String teamId,
                                Long inboxId) {
        synchronized (lock) {
            Instant now = clock.instant();
            Optional<Conversation> before = current.conversation(platform, conversationId);
            store.saveConversation(new RosterStore.ConversationRow(platform, conversationId, name, teamId,
                    teamId == null), now);
            String subject = platform + ":" + conversationId;
            store.addChange(new RosterChange(0, now, actor.id(), actor.name(), RosterChange.Action.CONNECT, subject,
                    name, before.map(Conversation::teamId).orElse(null), teamId,
                    before.map(this::describe).orElse(RosterTerms.NOT_CONNECTED),
                    teamId == null ? RosterTerms.COORDINATION : teamName(teamId)), inboxId);
            changed();
            return current.conversation(platform, conversationId).orElseThrow();
        }
    }

    // ------------------------------------------------------------------ join requests

    public JoinRequest requestJoin(Person person, String conversationId, String teamId, long inboxId) {
        return store.addRequest(person.platform(), person.userId(), person.name(), conversationId, teamId, inboxId,
                clock.instant());
    }

    public Optional<JoinRequest> latestRequest(String platform, String userId) {
        return store.latestRequest(platform, userId);
    }

    public Optional<JoinRequest> request(long id) {
        return store.request(id);
    }

    /** Pending requests of a team, or of every team when {@code teamId} is null. */
    public List<JoinRequest> pending(String teamId) {
        return store.pending(teamId);
    }

    /** Requests (any status) of a team, or of every team, by the name the person wrote with. */
    public List<JoinRequest> requestsNamed(String teamId, String name) {
        return store.byName(teamId, name);
    }

    /**
     * Approves a pending request: the person becomes a 组员 of the request's team at once, with the platform id of
     * their message. Empty when the request was decided before (approved twice, or rejected).
     */
    public Optional<Member> approve(Member actor, JoinRequest request, Long inboxId) {
        synchronized (lock) {
            Person person = new Person(request.platform(), request.userId(), request.displayName());
            String id = idFor(person);
            if (!store.decide(request.id(), JoinRequest.Status.APPROVED, actor.id(), id, clock.instant())) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            store.saveMember(new RosterStore.MemberRow(id, person.name(), request.teamId(), Role.MEMBER,
                    Map.of(person.platform(), person.userId()), false), now);
            store.addChange(new RosterChange(0, now, actor.id(), actor.name(), RosterChange.Action.APPROVE, id,
                    person.name(), null, request.teamId(), RosterTerms.NOT_LISTED,
                    describe(request.teamId(), Role.MEMBER)), inboxId);
            changed();
            return current.member(id);
        }
    }

    /**
     * Closes the person's pending request (if any) as approved, without a history line of its own: they were put on
     * the roster another way (添加, or bot-config), so the request is answered and cannot be decided later.
     */
    public void settle(Member actor, String platform, String userId, String memberId) {
        store.pendingFor(platform, userId).ifPresent(r ->
                store.decide(r.id(), JoinRequest.Status.APPROVED, actor.id(), memberId, clock.instant()));
    }

    /** Rejects a pending request; false when it was decided before. */
    public boolean reject(Member actor, JoinRequest request, Long inboxId) {
        Instant now = clock.instant();
        if (!store.decide(request.id(), JoinRequest.Status.REJECTED, actor.id(), null, now)) return false;
        store.addChange(new RosterChange(0, now, actor.id(), actor.name(), RosterChange.Action.REJECT,
                request.platform() + ":" + request.userId(), request.displayName(), null, request.teamId(),
                RosterTerms.NOT_LISTED, RosterTerms.NOT_LISTED), inboxId);
        return true;
    }

    // ------------------------------------------------------------------ history

    /** The newest changes first, of one team (before or after) or of all when {@code teamId} is null. */
    public List<RosterChange> history(String teamId, int limit) {
        return store.changes(teamId, limit);
    }

    /** "第二工作组 组长", "投资促进部": a place in the roster as people say it. */
    public String describe(String teamId, Role role) {
        return teamId == null ? role.label() : teamName(teamId) + " " + role.label();
    }

    private String describe(Conversation c) {
        return c.coordination() ? RosterTerms.COORDINATION : teamName(c.teamId());
    }

    private String teamName(String teamId) {
        return current.team(teamId).map(Team::name).orElse(teamId);
    }

    private static RosterChange change(Instant now, Member actor, RosterChange.Action action, Member who,
                                       String before, String after, String oldValue, String newValue) {
        return new RosterChange(0, now, actor.id(), actor.name(), action, who.id(), who.name(), before, after, oldValue,
                newValue);
    }

    private static RosterStore.MemberRow row(Member m, String teamId, Role role, boolean removed) {
        return new RosterStore.MemberRow(m.id(), m.name(), teamId, role, m.platformIds(), removed);
    }

    /** The id of someone who left with this platform id (their records join up again), else a new one. */
    private String idFor(Person person) {
        return current.former().stream().filter(f -> person.userId().equals(f.platformId(person.platform())))
                .map(Member::id).findFirst().orElseGet(() -> newId(person));
    }

    /** m-dingtalk-ding0301: a readable id from the platform id, unique among current and former members. */
    private String newId(Person p) {
        String clean = p.userId().replaceAll("[^A-Za-z0-9_.-]", "");
        if (clean.isEmpty() || clean.length() > 40) clean = Integer.toHexString(p.userId().hashCode());
        String base = "m-" + p.platform() + "-" + clean;
        String id = base;
        for (int n = 2; current.member(id).isPresent(); n++) id = base + "-" + n;
        return id;
    }

    // ------------------------------------------------------------------ merge

    /** The seed with the chat's changes on top: rows win over seed entries of the same id. */
    static Merged merge(BotConfig seed, List<RosterStore.MemberRow> rows, List<RosterStore.ConversationRow> groups) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> teamIds = new HashSet<>();
        seed.teams().forEach(t -> teamIds.add(t.id()));
        Map<String, Member> members = new LinkedHashMap<>();
        seed.members().forEach(m -> members.put(m.id(), m));
        List<Member> former = new ArrayList<>();
        Set<String> fromChat = new HashSet<>();
        for (RosterStore.MemberRow r : rows) {
            Member m = new Member(r.memberId(), r.name(), r.teamId(), r.role(), r.platformIds());
            if (r.removed()) {
                members.remove(r.memberId());
                former.add(m);
                continue;
            }
            if (r.teamId() != null && !teamIds.contains(r.teamId())) {
                problems.add("名单中的 " + r.name() + "（" + r.memberId() + "）属于工作组 \"" + r.teamId()
                        + "\"，teams.yaml 中已没有这个组");
                members.remove(r.memberId());
                former.add(m);
                continue;
            }
            members.put(r.memberId(), m);
            fromChat.add(r.memberId());
        }
        // a platform id names one person: the chat's roster wins over a seed entry naming the same id
        Map<String, String> owners = new HashMap<>();
        for (Member m : members.values()) {
            if (!fromChat.contains(m.id())) continue;
            m.platformIds().forEach((platform, uid) -> owners.putIfAbsent(platform + ":" + uid, m.id()));
        }
        for (Map.Entry<String, Member> e : new ArrayList<>(members.entrySet())) {
            Member m = e.getValue();
            if (fromChat.contains(m.id())) continue;
            Map<String, String> kept = new LinkedHashMap<>();
            m.platformIds().forEach((platform, uid) -> {
                String owner = owners.get(platform + ":" + uid);
                if (owner != null && !owner.equals(m.id())) {
                    warnings.add("members.yaml 中 " + m.name() + "（" + m.id() + "）的 " + platform + " 用户ID 与名单中的 "
                            + members.get(owner).name() + "（" + owner + "）相同，以聊天中调整后的名单为准");
                } else {
                    kept.put(platform, uid);
                }
            });
            if (kept.size() != m.platformIds().size()) {
                if (kept.isEmpty() || kept.keySet().equals(Set.of("local"))) {
                    members.remove(m.id());
                    continue;
                }
                members.put(m.id(), new Member(m.id(), m.name(), m.teamId(), m.role(), kept));
            }
        }
        Map<String, Conversation> conversations = new LinkedHashMap<>();
        seed.conversations().forEach(c -> conversations.put(c.platform() + ":" + c.id(), c));
        for (RosterStore.ConversationRow g : groups) {
            if (g.teamId() != null && !teamIds.contains(g.teamId())) {
                problems.add("群 " + g.name() + "（" + g.conversationId() + "）已连接到工作组 \"" + g.teamId()
                        + "\"，teams.yaml 中已没有这个组");
                continue;
            }
            String key = g.platform() + ":" + g.conversationId();
            Conversation before = conversations.get(key);
            conversations.put(key, new Conversation(g.conversationId(), g.platform(), g.name(), g.teamId(),
                    g.coordination(), before == null ? Map.of() : before.settings()));
        }
        BotConfig merged = seed.withRoster(seed.teams(), List.copyOf(members.values()),
                List.copyOf(conversations.values()), former);
        return new Merged(merged, problems, warnings);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
