package zhaoshang.remind;

import java.util.List;

import zhaoshang.config.Team;

/**
 * One kind of reminder. A rule is a pure function: given a window and the facts it returns the reminders whose due
 * time falls in the window (whether they were sent before is the decision's business, not the rule's).
 */
public interface ReminderRule {

    /** The bot-config key under {@code reminders:} (dailyVisitCheck, visit24h, ...). */
    String id();

    /** What people call it, e.g. 每日走访 (used by 静音 and 提醒设置). */
    String label();

    /** One line for 提醒设置: when it fires and for whom, with the configured times. */
    String describe(RuleContext ctx);

    /** The reminders due in (window.from, window.to]. */
    List<Reminder> due(Window window, RuleContext ctx);

    /** Samples with the team's current figures, for 提醒 测试 (not recorded, not checked against the sent-log). */
    List<Reminder> samples(Team team, RuleContext ctx);
}
