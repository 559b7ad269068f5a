package zhaoshang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import zhaoshang.chat.MutableClock;
import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigLoader;
import zhaoshang.config.Conversation;
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.config.Team;
import zhaoshang.ledger.Ledger;
import zhaoshang.outbox.Outbox;
import zhaoshang.progress.ProgressCalculator;
import zhaoshang.remind.Due;
import zhaoshang.remind.MonthlyWorkbook;
import zhaoshang.remind.ReminderDecision;
import zhaoshang.remind.ReminderEvaluator;
import zhaoshang.remind.ReminderRule;
import zhaoshang.remind.ReminderStore;
import zhaoshang.remind.Reminders;
import zhaoshang.remind.RuleContext;
import zhaoshang.remind.Window;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.TripPlanReport.PlannedVisit;
import zhaoshang.report.VisitReport;
import zhaoshang.store.Database;
import zhaoshang.store.FileStore;

/**
 * One reminder evaluation for 1,000 teams (generated config: a 组长 and a 组员 each, one group each; ledgers: a trip
 * over the month end with two planned visits and three visits per team). Measures a busy window (the whole last
 * working day of November 2026: month-end reminders for every team, daily checks, 24-hour reminders, the summary)
 * — decision alone, then decision plus queueing — and an ordinary one-minute tick with nothing due.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) zhaoshang.bench.ReminderBenchmark 1000 /tmp/rbench
 * </pre>
 * On a shared 2-core machine (load ~4): writing the ledgers ~45–70 s (once); reading the facts ~0.3 s; the decision
 * for the busy day ~0.7–0.9 s warm (1.9 s the first, cold run), 4,001 reminders; the evaluation including queueing
 * them ~2.4 s; an ordinary minute with nothing due ~0.3 s.
 * (or run {@code main} from the IDE). Optional arguments: the number of teams, and a folder to keep the generated
 * database in (a second run over the same folder reuses its ledgers and measures only the evaluation).
 */
public final class ReminderBenchmark {

    private static final ZoneId SH = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        int teams = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("reminder-bench");
        boolean reuse = Files.exists(dir.resolve("bench.db"));
        BotConfig sample = new ConfigLoader(Path.of("bot-config"), k -> null).load();
        BotConfig config = generated(sample, teams);
        Instant start = LocalDateTime.parse("2026-11-20T10:00").atZone(SH).toInstant();
        MutableClock clock = new MutableClock(start, SH);
        Jdbi jdbi = Database.open("jdbc:sqlite:" + dir.resolve("bench.db")).jdbi();
        Ledger ledger = new Ledger(jdbi, SH);
        jdbi.useHandle(h -> h.execute("""
                insert or ignore into inbox (platform, msg_id, conversation_id, sender_id, text, sent_at, received_at)
                values ('local', 'bench', 'c', 's', 't', '2026-11-20T00:00:00Z', '2026-11-20T00:00:00Z')"""));
        long inbox = jdbi.withHandle(h -> h.createQuery("select id from inbox where msg_id = 'bench'")
                .mapTo(Long.class).one());

        long t0 = System.nanoTime();
        if (!reuse) for (int i = 1; i <= teams; i++) {
            String team = "t" + i;
            ledger.record(new TripPlanReport("深圳", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 1),
                    List.of(new PlannedVisit("计划企业甲" + i, LocalDate.of(2026, 11, 27)),
                            new PlannedVisit("计划企业乙" + i, LocalDate.of(2026, 11, 28))),
                    null, "成员" + i, null), team, "l" + i, inbox, start);
            for (int v = 1; v <= 3; v++) {
                ledger.record(new VisitReport(LocalDate.of(2026, 11, 26 + (v == 3 && i % 2 == 0 ? 1 : 0)), "走访企业" + i + "-" + v,
                        null, null, null, null, null, "洽谈", "一般", null, null), team, "m" + i, inbox, start);
            }
        }
        System.out.printf("ledgers for %d teams written in %d ms%n", teams, (System.nanoTime() - t0) / 1_000_000);

        jdbi.useHandle(h -> {   // a reused database: forget what an earlier run sent
            h.execute("delete from reminder_sent");
            h.execute("delete from reminder_state");
            h.execute("delete from outbox");
        });
        ReminderStore store = new ReminderStore(jdbi);
        Outbox outbox = new Outbox(jdbi, new FileStore(dir.resolve("files"), jdbi, clock, Duration.ofDays(7)), clock);
        List<ReminderRule> rules = Reminders.rules(MonthlyWorkbook.NONE);
        ProgressCalculator progress = new ProgressCalculator(ledger, config.targets());
        ReminderEvaluator evaluator = new ReminderEvaluator(config, ledger, progress::teams, store, outbox, null, clock, rules);

        Instant from = LocalDateTime.parse("2026-11-29T20:00").atZone(SH).toInstant();
        Instant to = LocalDateTime.parse("2026-11-30T20:00").atZone(SH).toInstant();
        Window window = new Window(from, to, SH);
        for (int run = 1; run <= 3; run++) {
            long d0 = System.nanoTime();
            RuleContext ctx = evaluator.context(window.fromDate(), window.toDate());
            List<Due> due = ReminderDecision.decide(window, rules, ctx, key -> false);
            System.out.printf("decision, busy day window, run %d: %d reminders in %d ms%n", run, due.size(),
                    (System.nanoTime() - d0) / 1_000_000);
        }

        long c0 = System.nanoTime();
        RuleContext ctx0 = evaluator.context(window.fromDate(), window.toDate());
        System.out.printf("  reading the facts: %d ms%n", (System.nanoTime() - c0) / 1_000_000);
        for (ReminderRule rule : rules) {
            long r0 = System.nanoTime();
            int found = rule.due(window, ctx0).size();
            System.out.printf("  %-20s %5d reminders in %d ms%n", rule.id(), found, (System.nanoTime() - r0) / 1_000_000);
        }

        store.advanceLastEvaluated(from);
        clock.set(to);
        long e0 = System.nanoTime();
        List<Due> queued = evaluator.evaluate();
        System.out.printf("evaluate (decision + sent-log + outbox, 200 reminders per transaction): %d reminders queued in %d ms%n",
                queued.size(), (System.nanoTime() - e0) / 1_000_000);

        clock.set(to.plusSeconds(60));
        long q0 = System.nanoTime();
        List<Due> none = evaluator.evaluate();
        System.out.printf("ordinary one-minute tick: %d reminders in %d ms%n", none.size(), (System.nanoTime() - q0) / 1_000_000);
    }

    private static BotConfig generated(BotConfig sample, int n) {
        List<Team> teams = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        List<Conversation> conversations = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String id = "t" + i;
            teams.add(new Team(id, "第" + i + "工作组", "", "", "", ""));
            members.add(new Member("l" + i, "组长" + i, id, Role.LEADER, Map.of("local", "l" + i)));
            members.add(new Member("m" + i, "成员" + i, id, Role.MEMBER, Map.of("local", "m" + i)));
            conversations.add(new Conversation("g" + i, "local", "第" + i + "工作组群", id, false, Map.of()));
        }
        members.add(new Member("admin", "投促部", null, Role.PROMOTION, Map.of("local", "admin")));
        conversations.add(new Conversation("coord", "local", "协调群", null, true, Map.of()));
        return new BotConfig(teams, members, conversations, sample.targets(), sample.schedules(), sample.holidays());
    }

}
