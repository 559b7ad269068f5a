package zhaoshang.remind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.config.Schedules;
import zhaoshang.progress.WorkingCalendar;

/**
 * Everything a rule decides from: the configuration, the working calendar and quiet hours, the facts read from the
 * ledgers, and today (the window's last day; figures in messages are as of today).
 */
public record RuleContext(BotConfig config, ReminderTime time, Facts facts, LocalDate today) {

    public Schedules schedules() {
        return config.schedules();
    }

    public WorkingCalendar calendar() {
        return time.calendar();
    }

    public ZoneId zone() {
        return time.zone();
    }

    public LocalTime timeOf(String rule, LocalTime fallback) {
        return schedules().time(rule, fallback);
    }

    public LocalTime timeOf(String rule, String key, LocalTime fallback) {
        Object v = schedules().rules().getOrDefault(rule, java.util.Map.of()).get(key);
        return v instanceof LocalTime t ? t : fallback;
    }

    public int number(String rule, String key, int fallback) {
        return schedules().number(rule, key, fallback);
    }

    /** The 组长 of a team (member ids). */
    public List<String> leadersOf(String teamId) {
        return config.membersOf(teamId).stream().filter(m -> m.role() == Role.LEADER).map(Member::id).toList();
    }

    /** 投资促进部 (member ids). */
    public List<String> promotion() {
        return config.admins().stream().map(Member::id).toList();
    }
}
