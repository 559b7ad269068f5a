package zhaoshang.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigLoader;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.ledger.RecordStatus;
import zhaoshang.progress.WorkingCalendar;
import zhaoshang.report.ReportKind;
import zhaoshang.report.TripPlanReport;

/** The decision as a pure function (no database, no Quartz), and two instances racing over one database. */
class ReminderDecisionTest {

    static final BotConfig CONFIG = new ConfigLoader(Path.of("bot-config"), k -> null).load();
    static final ReminderTime TIME = new ReminderTime(new WorkingCalendar(CONFIG.holidays()), Fixture.SH, CONFIG.schedules());

    @TempDir
    Path dir;

    static LedgerEntry<TripPlanReport> plan(String team, String reporter, String depart, String ret, String division) {
        Instant at = Fixture.at("2026-11-20T10:00");
        return new LedgerEntry<>(ReportKind.TRIP_PLAN, 1, "#T-0001", team, reporter, 1, RecordStatus.ACTIVE, at, at, "",
                false, LedgerEntry.Links.NONE, null, null,
                new TripPlanReport("深圳", LocalDate.parse(depart), LocalDate.parse(ret), List.of(), null, division, null));
    }

    static RuleContext context(List<Pause> pauses, List<Mute> mutes, String today) {
        Facts facts = new Facts(CONFIG, Fixture.SH, List.of(plan("team1", "m-he", "2026-11-24", "2026-11-27", "钱思远")),
                List.of(), List.of(), List.of(), pauses, mutes, (teams, period, day) -> List.of());
        return new RuleContext(CONFIG, TIME, facts, LocalDate.parse(today));
    }

    static Window window(String from, String to) {
        return new Window(Fixture.at(from), Fixture.at(to), Fixture.SH);
    }

    static final List<ReminderRule> DAILY = List.of(new DailyVisitCheck());

    @Test
    void sameInputsSameAnswerAndTheSentLogDecides() {
        RuleContext ctx = context(List.of(), List.of(), "2026-11-26");
        Window w = window("2026-11-24T00:00", "2026-11-26T19:02");
        List<Due> first = ReminderDecision.decide(w, DAILY, ctx, k -> false);
        assertThat(Fixture.keys(first)).containsExactly("dailyVisitCheck:team1:2026-11-25", "dailyVisitCheck:team1:2026-11-26");
        // the 24th is obsolete on the 26th; the 25th is late, the 26th on time
        assertThat(first).extracting(Due::late).containsExactly(true, false);
        assertThat(Fixture.keys(ReminderDecision.decide(w, DAILY, ctx, k -> false))).isEqualTo(Fixture.keys(first));
        Set<String> sent = Set.of("dailyVisitCheck:team1:2026-11-25");
        assertThat(Fixture.keys(ReminderDecision.decide(w, DAILY, ctx, sent::contains)))
                .containsExactly("dailyVisitCheck:team1:2026-11-26");
    }

    @Test
    void leaveAndMuteAreInputsToo() {
        Window w = window("2026-11-24T18:00", "2026-11-24T19:00");
        RuleContext onLeave = context(List.of(new Pause(1, "m-he", LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24"))),
                List.of(), "2026-11-24");
        assertThat(ReminderDecision.decide(w, DAILY, onLeave, k -> false).get(0).reminder().mentions())
                .containsExactly("m-qian");
        RuleContext muted = context(List.of(), List.of(new Mute(1, "team1", DailyVisitCheck.ID,
                LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24"), "展会", "m-lin")), "2026-11-24");
        assertThat(ReminderDecision.decide(w, DAILY, muted, k -> false)).isEmpty();
    }

    @Test
    void quietHoursEndAtTheirConfiguredTime() {
        assertThat(TIME.quiet(LocalTime.of(21, 0))).isTrue();
        assertThat(TIME.quiet(LocalTime.of(7, 59))).isTrue();
        assertThat(TIME.quiet(LocalTime.of(8, 0))).isFalse();
        assertThat(TIME.quiet(LocalTime.of(20, 59))).isFalse();
    }

    @Test
    void twoInstancesRacingOverOneDatabaseSendEachReminderOnce() throws Exception {
        Fixture f = new Fixture(dir, "2026-11-23T10:00");
        f.plan("team1", "m-he", "2026-11-24", "2026-11-27", "");
        f.plan("team2", "m-xu", "2026-11-24", "2026-11-27", "");
        f.evaluator();
        f.clock.set(Fixture.at("2026-11-25T19:30"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Due>>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ReminderEvaluator e = f.evaluator();
            runs.add(pool.submit(() -> {
                go.await();
                return e.evaluate();
            }));
        }
        go.countDown();
        List<String> queued = new ArrayList<>();
        for (Future<List<Due>> r : runs) queued.addAll(Fixture.keys(r.get()));
        pool.shutdown();
        assertThat(queued).containsExactlyInAnyOrderElementsOf(f.store.sentKeys(""));
        assertThat(queued).doesNotHaveDuplicates().contains("dailyVisitCheck:team1:2026-11-24",
                "dailyVisitCheck:team2:2026-11-25", "monthEnd:team1:2026-11:before");
        assertThat(f.messages("local-team1").stream().map(m -> m.dedupeKey()).toList()).doesNotHaveDuplicates();
        assertThat(f.messages("local-team1")).hasSize(3);
    }
}
