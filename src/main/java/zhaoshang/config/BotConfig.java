package zhaoshang.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation as bot-config describes it, validated: an immutable snapshot. The running bot reads the current
 * one through a view that follows the roster's changes (roster.LiveConfig overrides every public method); a method
 * added here must be added there too (LiveConfigTest checks it).
 */
public class BotConfig {

    private final List<Team> teams;
    private final List<Member> members;
    private final List<Conversation> conversations;
    private final Targets targets;
    private final Schedules schedules;
    private final HolidayCalendar holidays;
    private final Letterhead letterhead;
    private final Map<String, Team> teamsById;
    private final Map<String, Member> membersById;
    private final Map<String, Member> membersByPlatformId;
    private final Map<String, Conversation> conversationsByKey;
    /** People who left the roster: their names stay on what they reported. */
    private final Map<String, Member> formerById;

    public BotConfig(List<Team> teams, List<Member> members, List<Conversation> conversations,
                     Targets targets, Schedules schedules, HolidayCalendar holidays) {
        this(teams, members, conversations, targets, schedules, holidays, List.of());
    }

    /** @param former people removed from the roster, found by {@link #member(String)} only (for their names) */
    public BotConfig(List<Team> teams, List<Member> members, List<Conversation> conversations,
                     Targets targets, Schedules schedules, HolidayCalendar holidays, List<Member> former) {
        this(teams, members, conversations, targets, schedules, holidays, former, Letterhead.DEFAULT);
    }

    /** @param letterhead the papers' issuing office, 填报单位 prefix and 文号 (bot-config/documents.yaml) */
    public BotConfig(List<Team> teams, List<Member> members, List<Conversation> conversations,
                     Targets targets, Schedules schedules, HolidayCalendar holidays, List<Member> former,
                     Letterhead letterhead) {
        this.teams = List.copyOf(teams);
        this.members = List.copyOf(members);
        this.conversations = List.copyOf(conversations);
        this.targets = targets;
        this.schedules = schedules;
        this.holidays = holidays;
        this.letterhead = letterhead == null ? Letterhead.DEFAULT : letterhead;
        this.teamsById = teams.stream().collect(Collectors.toUnmodifiableMap(Team::id, Function.identity()));
        this.membersById = members.stream().collect(Collectors.toUnmodifiableMap(Member::id, Function.identity()));
        this.membersByPlatformId = members.stream()
                .flatMap(m -> m.platformIds().entrySet().stream().map(e -> Map.entry(key(e.getKey(), e.getValue()), m)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.conversationsByKey = conversations.stream()
                .collect(Collectors.toUnmodifiableMap(c -> key(c.platform(), c.id()), Function.identity()));
        this.formerById = former.stream().filter(m -> !membersById.containsKey(m.id()))
                .collect(Collectors.toUnmodifiableMap(Member::id, Function.identity(), (a, b) -> a));
    }

    /** The same settings with another roster (teams, members, groups); targets, schedules, holidays and letterhead stay. */
    public BotConfig withRoster(List<Team> teams, List<Member> members, List<Conversation> conversations,
                                List<Member> former) {
        return new BotConfig(teams, members, conversations, targets, schedules, holidays, former, letterhead);
    }

    /** People who left the roster (their records keep their names). */
    public List<Member> former() {
        return List.copyOf(formerById.values());
    }

    private static String key(String platform, String id) {
        return platform + "\u0000" + id;
    }

    public List<Team> teams() { return teams; }

    public List<Member> members() { return members; }

    public List<Conversation> conversations() { return conversations; }

    public Targets targets() { return targets; }

    public Schedules schedules() { return schedules; }

    /** Statutory holidays and 调休 make-up days per year (bot-config/holidays/YYYY.yaml). */
    public HolidayCalendar holidays() { return holidays; }

    /** The papers' issuing office, 填报单位 prefix, 文号 (bot-config/documents.yaml). */
    public Letterhead letterhead() { return letterhead; }

    public Optional<Team> team(String id) { return Optional.ofNullable(id == null ? null : teamsById.get(id)); }

    /** A team by its id or its name (第一工作组, 一组, 1组 ...). */
    public Optional<Team> teamByName(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim();
        for (Team team : teams) {
            if (team.id().equalsIgnoreCase(t) || team.name().equals(t)) return Optional.of(team);
        }
        return Optional.empty();
    }

    /** A member by our id; also someone who has left the roster, so that their records keep their name. */
    public Optional<Member> member(String id) {
        if (id == null) return Optional.empty();
        Member m = membersById.get(id);
        return Optional.ofNullable(m != null ? m : formerById.get(id));
    }

    public Optional<Member> memberByPlatformId(String platform, String userId) {
        if (platform == null || userId == null) return Optional.empty();
        return Optional.ofNullable(membersByPlatformId.get(key(platform, userId)));
    }

    public Optional<Conversation> conversation(String platform, String id) {
        if (platform == null || id == null) return Optional.empty();
        return Optional.ofNullable(conversationsByKey.get(key(platform, id)));
    }

    public List<Member> membersOf(String teamId) {
        return members.stream().filter(m -> teamId.equals(m.teamId())).toList();
    }

    /** The people to ask about bot-config: 投资促进部 members. */
    public List<Member> admins() {
        return members.stream().filter(m -> m.role() == Role.PROMOTION).toList();
    }

    /** Conversations of a team (its own groups), or the coordination groups when teamId is null. */
    public List<Conversation> conversationsOf(String teamId) {
        return conversations.stream()
                .filter(c -> teamId == null ? c.coordination() : teamId.equals(c.teamId()))
                .toList();
    }
}
