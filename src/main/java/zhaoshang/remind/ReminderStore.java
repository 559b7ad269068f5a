package zhaoshang.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import zhaoshang.outbox.Outbox;

/** The reminder tables (V3, V10): sent-log, last evaluated instant, leaves and mutes. */
public final class ReminderStore {

    static final String LAST_EVALUATED = "lastEvaluated";
    static final String CLOCK_WENT_BACK = "clockWentBack";

    /**
     * The stored evaluation point was later than the clock (the clock went back) and was handled.
     *
     * @param detectedAt the clock when it was found
     * @param storedPoint the evaluation point found, later than {@code detectedAt}
     * @param restartFrom where evaluation starts again
     * @param voided      reminder keys moved out of the sent-log because they were due after {@code detectedAt}
     */
    public record ClockWentBack(Instant detectedAt, Instant storedPoint, Instant restartFrom, List<String> voided) {

        /** One line for the log and /healthz. */
        public String describe() {
            return detectedAt + " 发现提醒评估点 " + storedPoint + " 晚于当前时间（时钟曾被调快后又调回）：作废 " + voided.size()
                    + " 条尚未到期却已记为发送的提醒（到期时照常发送），从 " + restartFrom + " 起重新评估";
        }
    }

    private final Jdbi jdbi;

    public ReminderStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    // ------------------------------------------------------------------ evaluation state

    public Optional<Instant> lastEvaluated() {
        return jdbi.withHandle(h -> h.createQuery("select value from reminder_state where name = :n")
                .bind("n", LAST_EVALUATED).mapTo(String.class).findOne().map(Instant::parse));
    }

    /** Moves the last evaluated instant forward (never back: two instances may race). */
    public void advanceLastEvaluated(Instant to) {
        jdbi.useTransaction(h -> {
            Optional<Instant> now = h.createQuery("select value from reminder_state where name = :n")
                    .bind("n", LAST_EVALUATED).mapTo(String.class).findOne().map(Instant::parse);
            if (now.isPresent() && !to.isAfter(now.get())) return;
            h.createUpdate("insert into reminder_state (name, value) values (:n, :v) "
                            + "on conflict (name) do update set value = excluded.value")
                    .bind("n", LAST_EVALUATED).bind("v", to.toString()).execute();
        });
    }

    /**
     * Handles an evaluation point later than the clock, in one transaction, unless another instance already did
     * (the point is compare-and-set from {@code seen}): sent-log rows due after {@code now} move to
     * {@code reminder_sent_voided} and their outbox messages give up their dedupe keys (and are not sent if still
     * queued), so each of those reminders goes out when it really falls due; pending outbox messages scheduled
     * beyond {@code latestAttempt} are due now; the point becomes {@code restartFrom}.
     */
    public Optional<ClockWentBack> rewind(Instant seen, Instant now, Instant restartFrom, Instant latestAttempt,
                                          Outbox outbox) {
        return jdbi.inTransaction(h -> {
            int moved = h.createUpdate("update reminder_state set value = :to where name = :n and value = :seen")
                    .bind("n", LAST_EVALUATED).bind("seen", seen.toString()).bind("to", restartFrom.toString()).execute();
            if (moved == 0) return Optional.empty();
            List<String> voided = h.createQuery("select reminder_key, due_at from reminder_sent")
                    .map((rs, c) -> Instant.parse(rs.getString("due_at")).isAfter(now) ? rs.getString("reminder_key") : null)
                    .list().stream().filter(java.util.Objects::nonNull).toList();
            for (String key : voided) {
                h.createUpdate("""
                                insert into reminder_sent_voided (reminder_key, rule, team_id, due_at, queued_at, late, messages,
                                                                  voided_at)
                                select reminder_key, rule, team_id, due_at, queued_at, late, messages, :now
                                from reminder_sent where reminder_key = :k""")
                        .bind("k", key).bind("now", now.toString()).execute();
                h.createUpdate("delete from reminder_sent where reminder_key = :k").bind("k", key).execute();
                outbox.releaseDedupeKeys(h, key + "@", now);
            }
            outbox.bringForward(h, latestAttempt, now);
            ClockWentBack event = new ClockWentBack(now, seen, restartFrom, voided);
            h.createUpdate("insert into reminder_state (name, value) values (:n, :v) "
                            + "on conflict (name) do update set value = excluded.value")
                    .bind("n", CLOCK_WENT_BACK).bind("v", event.describe()).execute();
            return Optional.of(event);
        });
    }

    /** The last time the clock was found to have gone back, as {@link ClockWentBack#describe()} put it. */
    public Optional<String> clockWentBack() {
        return jdbi.withHandle(h -> h.createQuery("select value from reminder_state where name = :n")
                .bind("n", CLOCK_WENT_BACK).mapTo(String.class).findOne());
    }

    /** Sets it to {@code at}, also backwards (tests: replaying a window). */
    void resetLastEvaluated(Instant at) {
        jdbi.useHandle(h -> h.createUpdate("insert into reminder_state (name, value) values (:n, :v) "
                        + "on conflict (name) do update set value = excluded.value")
                .bind("n", LAST_EVALUATED).bind("v", at.toString()).execute());
    }

    // ------------------------------------------------------------------ sent-log

    public boolean wasSent(String key) {
        return jdbi.withHandle(h -> wasSent(h, key));
    }

    static boolean wasSent(Handle h, String key) {
        return h.createQuery("select count(*) from reminder_sent where reminder_key = :k").bind("k", key)
                .mapTo(Integer.class).one() > 0;
    }

    /** Records a reminder in the caller's transaction; false when it was recorded before. */
    static boolean record(Handle h, Reminder r, boolean late, int messages, Instant now) {
        return h.createUpdate("""
                        insert into reminder_sent (reminder_key, rule, team_id, due_at, queued_at, late, messages)
                        values (:k, :rule, :team, :due, :now, :late, :messages) on conflict (reminder_key) do nothing""")
                .bind("k", r.key()).bind("rule", r.rule()).bind("team", r.teamId()).bind("due", r.dueAt().toString())
                .bind("now", now.toString()).bind("late", late ? 1 : 0).bind("messages", messages).execute() == 1;
    }

    /** The latest due time among the sent-log's keys starting with a prefix (a rule's "when did I last say it"). */
    public Optional<Instant> lastDue(String keyPrefix) {
        return jdbi.withHandle(h -> h.createQuery("select due_at from reminder_sent where substr(reminder_key, 1, "
                        + "length(:p)) = :p").bind("p", keyPrefix).mapTo(String.class).list()).stream()
                .map(Instant::parse).max(Instant::compareTo);
    }

    /** Keys in the sent-log starting with a prefix, in the order queued (tests, diagnostics). */
    public List<String> sentKeys(String prefix) {
        return jdbi.withHandle(h -> h.createQuery("select reminder_key from reminder_sent where substr(reminder_key, 1, "
                        + "length(:p)) = :p order by queued_at, due_at, reminder_key").bind("p", prefix).mapTo(String.class).list());
    }

    // ------------------------------------------------------------------ leaves

    public Pause addPause(String memberId, LocalDate from, LocalDate to, Instant now) {
        long id = jdbi.withHandle(h -> h.createQuery("insert into reminder_pause (member_id, from_date, to_date, created_at) "
                        + "values (:m, :f, :t, :now) returning id")
                .bind("m", memberId).bind("f", from.toString()).bind("t", to.toString()).bind("now", now.toString())
                .mapTo(Long.class).one());
        return new Pause(id, memberId, from, to);
    }

    /** 销假: leaves from today on are cancelled, one running since before today ends yesterday. How many changed. */
    public int endPauses(String memberId, LocalDate today, Instant now) {
        return jdbi.inTransaction(h -> {
            int cancelled = h.createUpdate("update reminder_pause set cancelled_at = :now where member_id = :m "
                            + "and cancelled_at is null and from_date >= :today")
                    .bind("now", now.toString()).bind("m", memberId).bind("today", today.toString()).execute();
            int cut = h.createUpdate("update reminder_pause set to_date = :yesterday where member_id = :m "
                            + "and cancelled_at is null and from_date < :today and to_date >= :today")
                    .bind("yesterday", today.minusDays(1).toString()).bind("m", memberId)
                    .bind("today", today.toString()).execute();
            return cancelled + cut;
        });
    }

    /** Leaves not cancelled that end on or after {@code from}. */
    public List<Pause> pauses(LocalDate from) {
        return jdbi.withHandle(h -> h.createQuery("select id, member_id, from_date, to_date from reminder_pause "
                        + "where cancelled_at is null and to_date >= :from order by from_date, id")
                .bind("from", from.toString())
                .map((rs, c) -> new Pause(rs.getLong("id"), rs.getString("member_id"),
                        LocalDate.parse(rs.getString("from_date")), LocalDate.parse(rs.getString("to_date"))))
                .list());
    }

    // ------------------------------------------------------------------ mutes

    public Mute addMute(String teamId, String rule, LocalDate from, LocalDate to, String reason, String memberId,
                        Instant now) {
        long id = jdbi.withHandle(h -> h.createQuery("insert into reminder_mute (team_id, rule, from_date, to_date, "
                        + "reason, member_id, created_at) values (:team, :rule, :f, :t, :reason, :m, :now) returning id")
                .bind("team", teamId).bind("rule", rule).bind("f", from.toString()).bind("t", to.toString())
                .bind("reason", reason).bind("m", memberId).bind("now", now.toString())
                .mapTo(Long.class).one());
        return new Mute(id, teamId, rule, from, to, reason, memberId);
    }

    /** 取消静音: mutes of the rule for the team from today on are cancelled, a running one ends yesterday. */
    public int endMutes(String teamId, String rule, LocalDate today, Instant now) {
        return jdbi.inTransaction(h -> {
            int cancelled = h.createUpdate("update reminder_mute set cancelled_at = :now where team_id = :team "
                            + "and rule = :rule and cancelled_at is null and from_date >= :today")
                    .bind("now", now.toString()).bind("team", teamId).bind("rule", rule)
                    .bind("today", today.toString()).execute();
            int cut = h.createUpdate("update reminder_mute set to_date = :yesterday where team_id = :team "
                            + "and rule = :rule and cancelled_at is null and from_date < :today and to_date >= :today")
                    .bind("yesterday", today.minusDays(1).toString()).bind("team", teamId).bind("rule", rule)
                    .bind("today", today.toString()).execute();
            return cancelled + cut;
        });
    }

    /** Mutes not cancelled that end on or after {@code from}. */
    public List<Mute> mutes(LocalDate from) {
        return jdbi.withHandle(h -> h.createQuery("select id, team_id, rule, from_date, to_date, reason, member_id "
                        + "from reminder_mute where cancelled_at is null and to_date >= :from order by from_date, id")
                .bind("from", from.toString())
                .map((rs, c) -> new Mute(rs.getLong("id"), rs.getString("team_id"), rs.getString("rule"),
                        LocalDate.parse(rs.getString("from_date")), LocalDate.parse(rs.getString("to_date")),
                        rs.getString("reason"), rs.getString("member_id")))
                .list());
    }
}
