package zhaoshang.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organisation as bot-config describes it, validated. */
public final class BotConfig {

    private final List<Team> teams;
    private final List<Member> members;
    private final List<Conversation> conversations;
    private final Targets targets;
    private final Schedules schedules;
    private final HolidayCalendar holidays;
    private final Map<String, Team> teamsById;
    private final Map<String, Member> membersById;
    private final Map<String, Member> membersByPlatformId;
    private final Map<String, Conversation> conversationsByKey;

    public BotConfig(List<Team> teams, List<Member> members, List<Conversation> conversations,
                     Targets targets, Schedules schedules, HolidayCalendar holidays) {
        this.teams = List.copyOf(teams);
        this.members = List.copyOf(members);
        this.conversations = List.copyOf(conversations);
        this.targets = targets;
        this.schedules = schedules;
        this.holidays = holidays;
        this.teamsById = teams.stream().collect(Collectors.toUnmodifiableMap(Team::id, Function.identity()));
        this.membersById = members.stream().collect(Collectors.toUnmodifiableMap(Member::id, Function.identity()));
        this.membersByPlatformId = members.stream()
                .flatMap(m -> m.platformIds().entrySet().stream().map(e -> Map.entry(key(e.getKey(), e.getValue()), m)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.conversationsByKey = conversations.stream()
                .collect(Collectors.toUnmodifiableMap(c -> key(c.platform(), c.id()), Function.identity()));
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

    public Optional<Member> member(String id) { return Optional.ofNullable(id == null ? null : membersById.get(id)); }

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
