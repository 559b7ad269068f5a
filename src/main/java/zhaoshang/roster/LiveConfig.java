package zhaoshang.roster;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import zhaoshang.config.BotConfig;
import zhaoshang.config.Conversation;
import zhaoshang.config.HolidayCalendar;
import zhaoshang.config.Letterhead;
import zhaoshang.config.Member;
import zhaoshang.config.Schedules;
import zhaoshang.config.Targets;
import zhaoshang.config.Team;

/**
 * The bot's view of its configuration: every call reads the roster's current snapshot (an immutable
 * {@link BotConfig}, swapped as a whole when the roster changes), so that commands, reminders and exports wired at
 * start see members added, moved or removed by chat and groups connected since. Code that asks several questions
 * that must agree takes one {@link #snapshot()} and asks it.
 */
public final class LiveConfig extends BotConfig {

    private final Supplier<BotConfig> current;

    LiveConfig(Supplier<BotConfig> current) {
        super(current.get().teams(), current.get().members(), current.get().conversations(), current.get().targets(),
                current.get().schedules(), current.get().holidays());
        this.current = current;
    }

    /** The current snapshot, which does not change under its reader. */
    public BotConfig snapshot() { return current.get(); }

    @Override
    public BotConfig withRoster(List<Team> teams, List<Member> members, List<Conversation> conversations,
                                List<Member> former) {
        return current.get().withRoster(teams, members, conversations, former);
    }

    @Override
    public List<Member> former() { return current.get().former(); }

    @Override
    public Letterhead letterhead() { return current.get().letterhead(); }

    @Override
    public List<Team> teams() { return current.get().teams(); }

    @Override
    public List<Member> members() { return current.get().members(); }

    @Override
    public List<Conversation> conversations() { return current.get().conversations(); }

    @Override
    public Targets targets() { return current.get().targets(); }

    @Override
    public Schedules schedules() { return current.get().schedules(); }

    @Override
    public HolidayCalendar holidays() { return current.get().holidays(); }

    @Override
    public Optional<Team> team(String id) { return current.get().team(id); }

    @Override
    public Optional<Team> teamByName(String text) { return current.get().teamByName(text); }

    @Override
    public Optional<Member> member(String id) { return current.get().member(id); }

    @Override
    public Optional<Member> memberByPlatformId(String platform, String userId) {
        return current.get().memberByPlatformId(platform, userId);
    }

    @Override
    public Optional<Conversation> conversation(String platform, String id) {
        return current.get().conversation(platform, id);
    }

    @Override
    public List<Member> membersOf(String teamId) { return current.get().membersOf(teamId); }

    @Override
    public List<Member> admins() { return current.get().admins(); }

    @Override
    public List<Conversation> conversationsOf(String teamId) { return current.get().conversationsOf(teamId); }
}
