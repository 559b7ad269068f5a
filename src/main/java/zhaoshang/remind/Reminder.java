package zhaoshang.remind;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import zhaoshang.chat.Reply;

/**
 * One reminder a rule finds due.
 *
 * @param key         stable identity, rule + team/member + day/period (e.g. {@code dailyVisitCheck:team1:2026-11-25});
 *                    the sent-log and the outbox dedupe on it, so it is sent at most once
 * @param rule        the rule's bot-config key (dailyVisitCheck, visit24h, ...)
 * @param series      reminders of one series replace each other: when several of a series fall in one window
 *                    (after downtime) only the latest is sent
 * @param teamId      the team it is about; null for reminders about every team
 * @param audience    where it goes: the team's groups or the 投资促进部 coordination group
 * @param dueAt       when it is due (already moved out of quiet hours and, where the rule says so, to a working day)
 * @param staleAt     from this moment on it is obsolete and never sent, not even late
 * @param mentions    member ids to @ (members on leave are dropped when it is sent)
 * @param personal    true when it only concerns the people it mentions: dropped when all of them are on leave
 * @param title       short title, shown as 【title】
 * @param body        the text after the title
 * @param attachments files to send after the text (built only when it is actually sent)
 */
public record Reminder(String key, String rule, String series, String teamId, Audience audience, Instant dueAt,
                       Instant staleAt, List<String> mentions, boolean personal, String title, String body,
                       Supplier<List<Reply>> attachments) {

    /** Which groups a reminder goes to. */
    public enum Audience { TEAM, COORDINATION }

    public static final String LATE_MARK = "（补发）";
    public static final String TEST_MARK = "（测试）";

    public Reminder {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(staleAt, "staleAt");
        series = series == null ? key : series;
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        attachments = attachments == null ? List::of : attachments;
    }

    /** A reminder with no attachments, in its own series. */
    public static Reminder of(String key, String rule, String series, String teamId, Audience audience, Instant dueAt,
                              Instant staleAt, List<String> mentions, boolean personal, String title, String body) {
        return new Reminder(key, rule, series, teamId, audience, dueAt, staleAt, mentions, personal, title, body, null);
    }

    public Reminder withMentions(List<String> memberIds) {
        return new Reminder(key, rule, series, teamId, audience, dueAt, staleAt, memberIds, personal, title, body,
                attachments);
    }

    /** The message text: 【title】, then （补发） when late or （测试） for a sample, then the body. */
    public String text(boolean late, boolean test) {
        return "【" + title + "】" + (test ? TEST_MARK : "") + (late ? LATE_MARK : "") + "\n" + body;
    }

    /** The message: 【title】（补发|测试） as its heading, the body's lines (no one mentioned yet). */
    public Reply message(boolean late, boolean test) {
        return Reply.message(title).heading("【" + title + "】" + (test ? TEST_MARK : "") + (late ? LATE_MARK : ""))
                .lines(body).build();
    }
}
