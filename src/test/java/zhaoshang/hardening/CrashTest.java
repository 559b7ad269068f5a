package zhaoshang.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.support.CallbackBurst.one;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.BotProcess;
import zhaoshang.support.CallbackBurst;
import zhaoshang.support.FakeDingTalkGateway;
import zhaoshang.support.TestDatabase;

/**
 * Issue 7 item 3: the bot runs as its own JVM, receives N signed DingTalk callbacks (each a visit report of its own
 * enterprise), is killed with SIGKILL in the middle of ingesting, handling and replying, is started again on the
 * same database, and the "platform" redelivers what was not acknowledged (and some that were). Afterwards every
 * message is in the inbox once, every visit in the ledger once, every reply at the fake platform once.
 *
 * <p>The one exception the design allows: a reply whose HTTP request reached the platform but whose "sent" mark was
 * not yet committed when the process died is sent again after the restart (at-least-once; the platforms offer no
 * idempotency key). So each kill may double at most one reply per conversation and {@link #SEND_CONCURRENCY} in all:
 * those in flight at that instant.
 *
 * <p>The second test does the same with 更正 and 撤销 of recorded visits (issue 16 item 2): each applied once,
 * answered once.
 *
 * <p>Short form (CI): {@code N=200} reports and 120 changes, two kills. Full form: {@code -Dcrash.n=1000
 * -Dcrash.changes=1000}. {@code -Dcrash.kills=K} sets the number of kills.
 */
class CrashTest {

    static final int N = Integer.getInteger("crash.n", 200);
    static final int KILLS = Integer.getInteger("crash.kills", 2);
    /** Messages per conversation: each fits the 20-a-minute window even with a duplicate or two. */
    static final int PER_CONVERSATION = 16;
    /** The fake platform's answer time: a realistic round trip, and a window for the kill to hit. */
    static final int PLATFORM_DELAY_MS = 20;
    /** BOT_SEND_CONCURRENCY of the bot under test: at most this many replies in flight when it is killed. */
    static final int SEND_CONCURRENCY = 4;
    /** The conversation of every callback's sessionWebhook session (its msgId), to tell replies' conversations apart. */
    final Map<String, String> conversationOfSession = new ConcurrentHashMap<>();
    static final String SECRET = "crash-test-app-secret";
    static final Pattern MARK = CallbackBurst.MARK;

    @TempDir
    Path dir;
    WireMockServer platform;
    /** The DingTalk Stream gateway when the bot runs in Stream mode (else null: signed HTTP callbacks). */
    FakeDingTalkGateway gateway;
    CallbackBurst burst;
    BotProcess bot;
    int lives;

    @AfterEach
    void stop() {
        if (bot != null) bot.kill();
        if (platform != null) platform.stop();
        if (gateway != null) gateway.close();
    }

    /**
     * Issue 13: the same in DingTalk Stream mode. Each robot message is pushed over the bot's own connection and
     * counts as delivered when the bot ACKs it (which it does only after storing it); the bot is killed twice mid-burst
     * (between storing and ACKing some of them), starts again, opens a new connection with a new ticket, and the
     * gateway pushes again what was not ACKed (and some that were). Nothing is lost, every message is answered once
     * but for the reply in flight at a kill. (DingTalk itself does not push a robot message twice; a message stored
     * but not ACKed at the kill is handled after the restart from the inbox, once.)
     */
    @Test
    void streamModeKilledInTheMiddleLosesNothingAndDoublesNothingButTheReplyInFlight() throws Exception {
        long started = System.nanoTime();
        startPlatform();
        gateway = new FakeDingTalkGateway("crash-app-key", SECRET);
        int conversations = (N + PER_CONVERSATION - 1) / PER_CONVERSATION;
        Path config = writeConfig(conversations);
        String db = TestDatabase.url(dir.resolve("data"));

        Rounds rounds = deliverWithKills(config, db, N, i -> callback("crash-msg-%05d".formatted(i),
                conversation(i / PER_CONVERSATION), CallbackBurst.report(i)));
        waitUntilSettled(db, N);
        CallbackBurst.assertEveryReportOnce(db, N);
        List<Integer> doubled = repliesOnceButInFlight(MARK, N, rounds);
        assertThat(gateway.opens.get()).as("a new connections/open for every life").isGreaterThanOrEqualTo(KILLS + 1);
        assertThat(gateway.events).doesNotContain("refused ticket");
        System.out.printf("crash test (stream): N=%d, kills=%d, acknowledged at each kill=%s, redelivered=%d, "
                        + "connections opened=%d, doubled replies=%d %s, %.1f s%n", N, KILLS, rounds.ackedAtKill(),
                rounds.redelivered(), gateway.opens.get(), doubled.size(), doubled, (System.nanoTime() - started) / 1e9);
    }

    @Test
    void killedInTheMiddleLosesNothingAndDoublesNothingButTheReplyInFlight() throws Exception {
        long started = System.nanoTime();
        startPlatform();
        int conversations = (N + PER_CONVERSATION - 1) / PER_CONVERSATION;
        Path config = writeConfig(conversations);
        String db = TestDatabase.url(dir.resolve("data"));

        Rounds rounds = deliverWithKills(config, db, N, i -> callback("crash-msg-%05d".formatted(i),
                conversation(i / PER_CONVERSATION), CallbackBurst.report(i)));
        waitUntilSettled(db, N);
        CallbackBurst.assertEveryReportOnce(db, N);

        // every reply at the platform exactly once, but for the one in flight at a kill
        List<Integer> doubled = repliesOnceButInFlight(MARK, N, rounds);
        System.out.printf("crash test: N=%d, conversations=%d, kills=%d, acknowledged at each kill=%s, "
                        + "redelivered=%d, replies at the platform=%d, doubled replies=%d %s, %.1f s%n",
                N, conversations, KILLS, rounds.ackedAtKill(), rounds.redelivered(),
                platform.getAllServeEvents().size(), doubled.size(), doubled, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Issue 16 item 2: 更正 and 撤销 across kills. The records are reported (and answered) first, without a kill;
     * then one change per record is delivered while the bot is killed twice in the middle and the platform
     * redelivers. Each correction is applied once (one history row, the value changed), each withdrawal once, each
     * change answered once with its own answer ("已更正" / "已撤销", never "已撤销，不能再修改" or "没有改动"), and
     * at the platform each answer arrives once but for the one in flight at a kill.
     */
    @Test
    void correctionsAndWithdrawalsKilledInTheMiddleAreAppliedOnceAndAnsweredOnce() throws Exception {
        long started = System.nanoTime();
        int n = CHANGES;
        startPlatform();
        int conversations = (n + PER_CONVERSATION - 1) / PER_CONVERSATION;
        // the changes go to groups of their own, so their answers do not wait behind the reports' in the 20/min limit
        Path config = writeConfig(2 * conversations);
        String db = TestDatabase.url(dir.resolve("data"));

        startBot(config, db);
        deliverUntilAcknowledged(range(n), ConcurrentHashMap.newKeySet(),
                i -> callback("crash-visit-%05d".formatted(i), conversation(i / PER_CONVERSATION), CallbackBurst.report(i)));
        waitUntilSettled(db, n);
        bot.kill();
        assertThat(bot.ended()).isTrue();
        Map<Integer, String> numberOf = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select number, enterprise from visit")) {
            while (rs.next()) {
                Matcher m = MARK.matcher(rs.getString(2));
                assertThat(m.find()).isTrue();
                numberOf.put(Integer.parseInt(m.group(1)), rs.getString(1));
            }
        }
        assertThat(numberOf).hasSize(n);
        platform.resetRequests();

        Rounds rounds = deliverWithKills(config, db, n, i -> callback("crash-change-%05d".formatted(i),
                conversation(conversations + i / PER_CONVERSATION), change(i, numberOf.get(i))));
        waitUntilSettled(db, 2 * n);

        int withdrawals = n / 2;
        int corrections = n - withdrawals;
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            assertThat(one(s, "select count(*) from inbox")).isEqualTo(2L * n);
            assertThat(one(s, "select count(*) from inbox where status = 'handled'")).isEqualTo(2L * n);
            // each change applied once
            assertThat(one(s, "select count(*) from ledger_history where action = 'correct'")).isEqualTo(corrections);
            assertThat(one(s, "select count(distinct number) from ledger_history where action = 'correct'"))
                    .isEqualTo(corrections);
            assertThat(one(s, "select count(*) from ledger_history where action = 'withdraw'")).isEqualTo(withdrawals);
            assertThat(one(s, "select count(distinct number) from ledger_history where action = 'withdraw'"))
                    .isEqualTo(withdrawals);
            assertThat(one(s, "select count(*) from visit where status = 'withdrawn'")).isEqualTo(withdrawals);
            assertThat(one(s, "select count(*) from visit where status = 'active' and intent = '较强'"))
                    .isEqualTo(corrections);
            // each change answered once, with its own answer
            assertThat(one(s, """
                    select count(*) from inbox i where i.msg_id like 'crash-change-%'
                    and (select count(*) from outbox o where o.inbox_id = i.id) <> 1""")).isZero();
            assertThat(one(s, "select count(*) from outbox where text like '✏️ 已更正 #V-%'")).isEqualTo(corrections);
            assertThat(one(s, "select count(*) from outbox where text like '🗑 已撤销 #V-%'")).isEqualTo(withdrawals);
            assertThat(one(s, "select count(*) from outbox where text like '%不能再修改%' or text like '%没有改动%'"))
                    .isZero();
            assertThat(one(s, "select count(*) from outbox where status <> 'sent'")).isZero();
        }
        List<Integer> doubled = repliesOnceButInFlight(RECORD, n, rounds);
        System.out.printf("crash test (corrections, withdrawals): n=%d, kills=%d, acknowledged at each kill=%s, "
                        + "redelivered=%d, replies at the platform=%d, doubled replies=%d %s, %.1f s%n",
                n, KILLS, rounds.ackedAtKill(), rounds.redelivered(), platform.getAllServeEvents().size(),
                doubled.size(), doubled, (System.nanoTime() - started) / 1e9);
    }

    static final int CHANGES = Integer.getInteger("crash.changes", 120);
    static final Pattern RECORD = Pattern.compile("#V-(\\d{4,})");

    /** 更正 for even, 撤销 for odd messages. */
    static String change(int i, String number) {
        return i % 2 == 0 ? "更正 " + number + " 投资意向：较强" : "撤销 " + number + " 重复登记";
    }

    private static List<Integer> range(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) all.add(i);
        return all;
    }

    private void startPlatform() {
        platform = CallbackBurst.startPlatform(PLATFORM_DELAY_MS);
        burst = new CallbackBurst(SECRET, platform);
    }

    /**
     * Every reply the platform received, grouped by the key {@code mark} finds in it: one per key for all {@code n}
     * keys, except a reply in flight when the bot was killed, which the restarted bot sends again (at-least-once;
     * the platforms offer no idempotency key): one more copy per kill that hit while that reply was in flight (on a
     * busy machine the resent copy can be in flight again at the next kill). Returns the doubled keys.
     */
    private List<Integer> repliesOnceButInFlight(Pattern mark, int n, Rounds rounds) {
        List<Long> killedAt = rounds.killedAt();
        List<Long> restartedAt = rounds.restartedAt();
        Map<Integer, List<ServeEvent>> byMessage = burst.repliesByMessage(mark);
        assertThat(byMessage.keySet()).as("a reply for every message").hasSize(n);
        List<Integer> doubled = CallbackBurst.doubled(byMessage);
        int extraCopies = doubled.stream().mapToInt(msg -> byMessage.get(msg).size() - 1).sum();
        assertThat(extraCopies).as("at most the replies in flight resent per kill")
                .isLessThanOrEqualTo(KILLS * SEND_CONCURRENCY);
        for (int msg : doubled) {
            List<ServeEvent> copies = byMessage.get(msg);
            assertThat(copies).as("reply %d: at most one copy per life", msg).hasSizeLessThanOrEqualTo(KILLS + 1);
            List<Long> sentAt = copies.stream().map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
            String conversation = conversationOf(copies.get(0));
            // every copy but the last is the last request the dying process made to that conversation (a
            // conversation's next message waits until the last one is marked sent); the next copy went out after
            // the restart. (Not "within 5 s of the kill": on a busy machine the sender may wait seconds for the write
            // lock between the platform's answer and its "sent" mark, and that is exactly the window a kill hits.)
            for (int c = 0; c + 1 < sentAt.size(); c++) {
                long copy = sentAt.get(c);
                long next = sentAt.get(c + 1);
                boolean inFlightAtAKill = false;
                for (int k = 0; k < killedAt.size(); k++) {
                    long restart = restartedAt.get(k + 1);
                    long lastOfThatLife = platform.getAllServeEvents().stream()
                            .filter(e -> conversation.equals(conversationOf(e)))
                            .mapToLong(e -> e.getRequest().getLoggedDate().getTime()).filter(t -> t < restart)
                            .max().orElse(-1);
                    if (copy == lastOfThatLife && copy >= restartedAt.get(k) && next >= restart) inFlightAtAKill = true;
                }
                assertThat(inFlightAtAKill).as("reply %d copy %d resent only because a kill hit while it was sent",
                        msg, c + 1).isTrue();
            }
        }
        return doubled;
    }

    private String conversationOf(ServeEvent e) {
        String url = e.getRequest().getUrl();
        String session = url.substring(url.indexOf("session=") + "session=".length()).split("&")[0];
        return conversationOfSession.getOrDefault(session, "?");
    }

    // ------------------------------------------------------------------ the bot process

    private void startBot(Path config, String db) throws Exception {
        Map<String, String> env = BotProcess.dingTalkEnv(db, config, "crash-app-key", SECRET, platform.baseUrl());
        env.put("BOT_SEND_CONCURRENCY", Integer.toString(SEND_CONCURRENCY));
        if (gateway != null) {
            env.put("DINGTALK_MODE", "stream");
            env.put("DINGTALK_API_BASE", gateway.baseUrl());
        }
        bot = BotProcess.start(dir, Integer.toString(lives++), env);
    }

    /** What the kill rounds did: when each kill and restart happened, how much was acknowledged, redelivered. */
    private record Rounds(List<Long> killedAt, List<Long> restartedAt, List<Integer> ackedAtKill, int redelivered) { }

    /**
     * Delivers messages 0..n-1 (bodies from {@code body}) over {@link #KILLS} + 1 lives of the bot: each life but the
     * last is killed once half of its round is acknowledged; after a kill the platform redelivers what was not
     * acknowledged, and, as platforms do, some that were. The last life stays up, and gets again whatever it did not
     * acknowledge.
     */
    private Rounds deliverWithKills(Path config, String db, int n, IntFunction<String> body) throws Exception {
        Set<Integer> acked = ConcurrentHashMap.newKeySet();
        List<Integer> toSend = new ArrayList<>();
        for (int i = 0; i < n; i++) toSend.add(i);
        List<Long> killedAt = new ArrayList<>();
        List<Long> restartedAt = new ArrayList<>();
        List<Integer> ackedAtKill = new ArrayList<>();
        int redelivered = 0;
        for (int life = 0; life <= KILLS; life++) {
            restartedAt.add(System.currentTimeMillis());
            startBot(config, db);
            boolean kill = life < KILLS;
            // kill once half of this round's deliveries are acknowledged (handling and replying are under way then)
            int killAfter = kill ? Math.max(1, toSend.size() / 2) : Integer.MAX_VALUE;
            AtomicLong killTime = new AtomicLong();
            if (kill) deliver(toSend, acked, killAfter, killTime, body);
            else deliverUntilAcknowledged(toSend, acked, body);
            if (kill) {
                assertThat(killTime.get()).as("the bot was killed in round %d", life).isPositive();
                killedAt.add(killTime.get());
                ackedAtKill.add(acked.size());
                assertThat(bot.ended()).isTrue();
                List<Integer> next = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (!acked.contains(i) || i % 10 == life) next.add(i);
                }
                redelivered += next.size();
                toSend = next;
            }
        }
        return new Rounds(killedAt, restartedAt, ackedAtKill, redelivered);
    }

    /**
     * Sends the callbacks, and again those not acknowledged (a callback can time out on a busy machine; the platforms
     * redeliver what was not acknowledged), up to five times each.
     */
    private void deliverUntilAcknowledged(List<Integer> messages, Set<Integer> acked, IntFunction<String> body)
            throws InterruptedException {
        Set<Integer> now = ConcurrentHashMap.newKeySet();
        List<Integer> left = messages;
        for (int pass = 0; pass < 5 && !left.isEmpty(); pass++) {
            deliver(left, now, Integer.MAX_VALUE, new AtomicLong(), body);
            left = left.stream().filter(i -> !now.contains(i)).toList();
        }
        acked.addAll(now);
    }

    /**
     * Sends the callbacks from four threads (to the bot, or through the Stream gateway when there is one); once
     * {@code killAfter} of them are acknowledged the bot gets SIGKILL (the rest then fail: not acknowledged).
     */
    private void deliver(List<Integer> messages, Set<Integer> acked, int killAfter, AtomicLong killTime,
                         IntFunction<String> body) throws InterruptedException {
        BotProcess target = bot;
        CallbackBurst.deliver(messages, acked, i -> deliverOne(target, body.apply(i)), killAfter, target, killTime);
    }

    /** {@code body} is a callback with a placeholder for the send time (see {@link CallbackBurst#callback}). */
    private boolean deliverOne(BotProcess target, String body) {
        if (gateway == null) return burst.send(target, body);
        long now = burst.nextTimestamp();
        return gateway.pushAndAwait("frame-" + now, CallbackBurst.stamped(body, now), Duration.ofSeconds(10)) == 200;
    }

    private String callback(String msgId, String conversation, String text) {
        conversationOfSession.put(msgId, conversation);
        return burst.callback(msgId, conversation, text);
    }

    static String conversation(int c) {
        return "cid-crash-%03d".formatted(c);
    }

    private Path writeConfig(int conversations) throws IOException {
        return CallbackBurst.writeConfig(dir, conversations, CrashTest::conversation);
    }

    // ------------------------------------------------------------------ settling and reading back

    /**
     * Until every message is in, none is waiting to be handled and nothing waits to be sent (stable for 1 s). Gives up
     * only when nothing has moved for {@link #STALL} — not after a fixed time: on a busy machine the bot is slower,
     * not stuck (a fixed 100 s deadline failed under load while the counts were still rising).
     */
    private void waitUntilSettled(String db, int expected) throws Exception {
        CallbackBurst.waitUntilSettled(db, STALL, s -> {
            CallbackBurst.Counts c = CallbackBurst.Counts.read(s);
            return new CallbackBurst.Progress(c.toString(), c.settled(expected));
        }, () -> bot.log());
    }

    /** How long the counts may stand still before the bot counts as stuck. */
    static final Duration STALL = Duration.ofSeconds(60);
}
