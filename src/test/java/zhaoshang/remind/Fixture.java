package zhaoshang.remind;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jdbi.v3.core.Jdbi;

import zhaoshang.chat.MutableClock;
import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigLoader;
import zhaoshang.ledger.Ledger;
import zhaoshang.outbox.Outbox;
import zhaoshang.progress.ProgressCalculator;
import zhaoshang.report.InspectionReport;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.TripPlanReport.PlannedVisit;
import zhaoshang.report.TripSummaryReport;
import zhaoshang.report.VisitReport;
import zhaoshang.store.Database;
import zhaoshang.store.FileStore;
import zhaoshang.support.TestDatabase;

/**
 * The sample bot-config (4 teams, 2025/2026 holidays), a real SQLite file, hand-built ledgers and a clock that
 * tests move. {@link #evaluator()} builds a fresh evaluator over the same database, as a restart would.
 */
final class Fixture {

    static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    private static final AtomicLong MSG = new AtomicLong();

    final BotConfig config;
    final Jdbi jdbi;
    final Ledger ledger;
    final Outbox outbox;
    final ReminderStore store;
    final MutableClock clock;
    MonthlyWorkbook workbook = MonthlyWorkbook.NONE;
    private final long inbox;

    Fixture(Path dir, String start) {
        this(dir, start, new ConfigLoader(Path.of("bot-config"), k -> null).load());
    }

    Fixture(Path dir, String start, BotConfig config) {
        this.config = config;
        this.clock = new MutableClock(at(start), SH);
        this.jdbi = Database.open(TestDatabase.url(dir)).jdbi();
        this.ledger = new Ledger(jdbi, SH);
        this.outbox = new Outbox(jdbi, new FileStore(dir.resolve("files"), jdbi, clock, Duration.ofDays(7)), clock);
        this.store = new ReminderStore(jdbi);
        this.inbox = jdbi.withHandle(h -> h.createQuery("""
                insert into inbox (platform, msg_id, conversation_id, sender_id, text, sent_at, received_at)
                values ('local', :id, 'c', 's', 't', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') returning id""")
                .bind("id", "fixture-" + MSG.incrementAndGet()).mapTo(Long.class).one());
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SH).toInstant();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** Only these rules (all when none given). */
    List<String> only = List.of();

    ReminderEvaluator evaluator() {
        List<ReminderRule> rules = Reminders.rules(workbook).stream()
                .filter(r -> only.isEmpty() || only.contains(r.id())).toList();
        ReminderEvaluator e = new ReminderEvaluator(config, ledger, new ProgressCalculator(ledger, config.targets())::teams,
                store, outbox, null, clock, rules);
        e.initialize();
        return e;
    }

    /** Moves the clock and evaluates with the given evaluator. */
    List<Due> at(ReminderEvaluator e, String localDateTime) {
        clock.set(at(localDateTime));
        return e.evaluate();
    }

    /** Moves the clock in steps (evaluating after each), collecting what was queued. */
    List<Due> walk(ReminderEvaluator e, String fromLocal, String toLocal, Duration step) {
        List<Due> all = new ArrayList<>();
        for (Instant t = at(fromLocal); !t.isAfter(at(toLocal)); t = t.plus(step)) {
            clock.set(t);
            all.addAll(e.evaluate());
        }
        return all;
    }

    String plan(String team, String reporter, String depart, String ret, String division, PlannedVisit... planned) {
        return ledger.record(new TripPlanReport("深圳", d(depart), d(ret), List.of(planned), null, division, null),
                team, reporter, inbox, clock.instant()).number();
    }

    static PlannedVisit planned(String enterprise, String date) {
        return new PlannedVisit(enterprise, date == null ? null : d(date));
    }

    String visit(String team, String reporter, String date, String enterprise) {
        return ledger.record(new VisitReport(d(date), enterprise, null, null, null, null, null, "洽谈", "较强", null, null),
                team, reporter, inbox, clock.instant()).number();
    }

    String inspection(String team, String reporter, String date, String enterprise) {
        return ledger.record(new InspectionReport(enterprise, d(date), null, null, null, "高新区", null),
                team, reporter, inbox, clock.instant()).number();
    }

    String summary(String team, String reporter, String depart, String ret) {
        return ledger.record(new TripSummaryReport(depart == null ? null : depart + "-" + ret,
                        depart == null ? null : d(depart), ret == null ? null : d(ret), "走访 3 家", null, null, null, null),
                team, reporter, inbox, clock.instant()).number();
    }

    List<Outbox.Entry> messages(String conversation) {
        return outbox.conversation("local", conversation, 1000);
    }

    static List<String> keys(List<Due> due) {
        return due.stream().map(x -> x.reminder().key()).toList();
    }

}
