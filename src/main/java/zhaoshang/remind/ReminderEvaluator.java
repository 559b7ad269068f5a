package zhaoshang.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.chat.Mention;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Conversation;
import zhaoshang.config.Team;
import zhaoshang.ledger.Ledger;
import zhaoshang.outbox.Outbox;
import zhaoshang.progress.WorkingCalendar;

/**
 * Runs the reminder decision for the window (last evaluated, now] and queues what is due. Quartz calls
 * {@link #evaluate()} every minute; the simulator calls it after moving the clock; tests call it directly.
 *
 * <p>Exactly once: each reminder is recorded in the sent-log and queued in the outbox in one transaction, and
 * both refuse a key they have seen. The end of the evaluated window is stored, so after downtime the next
 * evaluation covers the whole gap (at most {@link #MAX_CATCH_UP}): what fell due meanwhile goes out once, marked
 * （补发）, unless obsolete. During quiet hours nothing is sent and the window is not advanced, so reminders due
 * before the quiet hours wait for their end.
 */
public final class ReminderEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderEvaluator.class);

    /** Catch-up never looks further back than this (every reminder is obsolete after at most 7 days). */
    public static final Duration MAX_CATCH_UP = Duration.ofDays(10);

    /**
     * A stored evaluation point later than the clock by more than this means the clock went back (two instances'
     * clocks differ by far less; a point a little ahead just waits for the clock).
     */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    /** Reminders queued per transaction (each one still all-or-nothing with its sent-log row). */
    static final int BATCH = 200;

    private final BotConfig config;
    private final Ledger ledger;
    private final ProgressSource progress;
    private final ReminderStore store;
    private final Outbox outbox;
    private final Runnable wake;
    private final Clock clock;
    private final List<ReminderRule> rules;
    private final ReminderTime time;
    private final Jdbi jdbi;

    public ReminderEvaluator(BotConfig config, Ledger ledger, ProgressSource progress, ReminderStore store,
                             Outbox outbox, Runnable wake, Clock clock, List<ReminderRule> rules) {
        this.config = config;
        this.ledger = ledger;
        this.progress = progress;
        this.store = store;
        this.outbox = outbox;
        this.wake = wake == null ? () -> { } : wake;
        this.clock = clock;
        this.rules = List.copyOf(rules);
        ZoneId zone = ledger.zone();
        this.time = new ReminderTime(new WorkingCalendar(config.holidays()), zone, config.schedules());
        this.jdbi = store.jdbi();
    }

    public List<ReminderRule> rules() {
        return rules;
    }

    public ReminderStore store() {
        return store;
    }

    public ReminderTime time() {
        return time;
    }

    /** The first start ever: evaluation begins now (nothing before the bot existed is caught up). */
    public synchronized void initialize() {
        if (store.lastEvaluated().isEmpty()) store.advanceLastEvaluated(clock.instant());
    }

    /** For the ticker: never throws. */
    public void tick() {
        try {
            evaluate();
        } catch (RuntimeException e) {
            LOG.error("提醒检查失败，下一次检查将重试同一时间段", e);
        }
    }

    /** Evaluates (last evaluated, now] and queues the due reminders; returns what was queued. */
    public synchronized List<Due> evaluate() {
        Instant now = clock.instant();
        Optional<Instant> last = store.lastEvaluated();
        if (last.isPresent() && last.get().isAfter(now.plus(CLOCK_SLACK))) {
            clockWentBack(last.get(), now);
            last = store.lastEvaluated();
        }
        if (last.isEmpty()) {
            store.advanceLastEvaluated(now);
            return List.of();
        }
        if (!now.isAfter(last.get()) || time.quiet(now)) return List.of();
        Instant from = last.get().isBefore(now.minus(MAX_CATCH_UP)) ? now.minus(MAX_CATCH_UP) : last.get();
        Window window = new Window(from, now, time.zone());
        // the facts' and the rules' ledger reads are answered from the previous pass's while the ledgers have not
        // changed since (a quiet minute after a burst of reports read the same thousands of rows again)
        List<Due> due = ledger.pass(now, () -> {
            RuleContext ctx = context(window.fromDate(), window.toDate());
            return jdbi.withHandle(h -> ReminderDecision.decide(window, rules, ctx, k -> ReminderStore.wasSent(h, k)));
        });
        List<Due> queued = new ArrayList<>();
        for (int i = 0; i < due.size(); i += BATCH) {
            queued.addAll(send(due.subList(i, Math.min(due.size(), i + BATCH)), now));
        }
        store.advanceLastEvaluated(now);
        if (!queued.isEmpty()) {
            LOG.info("已发出 {} 条提醒（{} 条补发）", queued.size(), queued.stream().filter(Due::late).count());
            wake.run();
        }
        return queued;
    }

    /**
     * The evaluation point is later than now: the clock had been set ahead (the simulator, a wrong system time) and
     * was corrected. Left alone, nothing would be evaluated until the clock caught up with it — years, perhaps.
     * Reminders the sent-log holds for a time still to come were sent early by the wrong clock: they are voided (kept
     * in reminder_sent_voided) so that each goes out when it really falls due. Evaluation restarts
     * {@link #MAX_CATCH_UP} back, as after a long downtime: what was sent before keeps its sent-log key and is not
     * sent again, what fell due meanwhile goes out once, late (补发), unless obsolete.
     */
    private void clockWentBack(Instant stored, Instant now) {
        store.rewind(stored, now, now.minus(MAX_CATCH_UP), now.plus(Duration.ofHours(1)), outbox)
                .ifPresent(e -> LOG.warn("{}：{}", e.describe(), e.voided()));
    }

    /** The facts and calendar for days [from, to], today being {@code to}. */
    public RuleContext context(LocalDate from, LocalDate to) {
        Facts facts = Facts.load(config, ledger, progress, store.pauses(from.minusDays(Facts.LOOKBACK_DAYS)),
                store.mutes(from.minusDays(Facts.LOOKBACK_DAYS)), from, to);
        return new RuleContext(config, time, facts, to);
    }

    /** A context without ledger facts, for describing the rules (提醒设置). */
    public RuleContext describing(LocalDate today) {
        return new RuleContext(config, time, Facts.empty(config, time.zone()), today);
    }

    /** Samples of every enabled rule for a team, with today's figures (提醒 测试). */
    public List<Reminder> samples(Team team) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), time.zone());
        RuleContext ctx = context(today, today);
        List<Reminder> out = new ArrayList<>();
        for (ReminderRule r : rules) out.addAll(r.samples(team, ctx));
        return out;
    }

    /**
     * Records and queues reminders in one transaction: for each, the sent-log row and its outbox messages commit
     * together, and one whose key is in the sent-log already is skipped. Returns those queued now.
     */
    List<Due> send(List<Due> batch, Instant now) {
        List<Outgoing> out = batch.stream().map(this::outgoing).toList();
        return jdbi.inTransaction(h -> {
            List<Due> queued = new ArrayList<>();
            for (Outgoing o : out) {
                Reminder r = o.due().reminder();
                int messages = o.targets().size() * (1 + o.files().size());
                if (!ReminderStore.record(h, r, o.due().late(), messages, now)) continue;
                List<Mention> people = r.mentions().stream().distinct().map(config::member).flatMap(Optional::stream)
                        .map(Mention::of).toList();
                for (Conversation c : o.targets()) {
                    String base = r.key() + "@" + c.platform() + ":" + c.id();
                    outbox.enqueueOnce(h, base, c.platform(), c.id(), o.message().mentioning(people));
                    for (int i = 0; i < o.files().size(); i++) {
                        outbox.enqueueOnce(h, base + "#" + (i + 1), c.platform(), c.id(), o.files().get(i));
                    }
                }
                queued.add(o.due());
            }
            return queued;
        });
    }

    /** A reminder ready to queue: its groups, its text and its files (built outside the transaction). */
    private record Outgoing(Due due, List<Conversation> targets, Reply message, List<Reply> files) { }

    private Outgoing outgoing(Due d) {
        Reminder r = d.reminder();
        List<Conversation> targets = r.audience() == Reminder.Audience.TEAM && r.teamId() == null ? List.of()
                : config.conversationsOf(r.audience() == Reminder.Audience.TEAM ? r.teamId() : null);
        if (targets.isEmpty()) LOG.warn("提醒 {} 没有可发送的群（bot-config/conversations.yaml）", r.key());
        List<Reply> files = List.of();
        if (!targets.isEmpty()) {
            try {
                files = r.attachments().get();
            } catch (RuntimeException e) {
                LOG.error("提醒 {} 的附件生成失败，只发送文字", r.key(), e);
            }
        }
        return new Outgoing(d, targets, r.message(d.late(), false), files);
    }
}
