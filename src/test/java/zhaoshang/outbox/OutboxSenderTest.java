package zhaoshang.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.Delivery;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult;
import zhaoshang.chat.local.SimulatorClock;
import zhaoshang.store.Database;
import zhaoshang.store.FileStore;
import zhaoshang.support.TestDatabase;

/** The outbox: persisted first, retried with backoff, permanent errors stop, 20 a minute, sent once. */
class OutboxSenderTest {

    @TempDir
    Path dir;
    SimulatorClock clock;
    Database db;
    Outbox outbox;
    FakePlatform platform;

    /** A platform that answers from a script, then SENT; records every delivery. */
    static class FakePlatform implements ChatPlatform {
        final Deque<SendResult> script = new ArrayDeque<>();
        final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public SendResult send(Delivery d) {
            deliveries.add(d);
            return script.isEmpty() ? SendResult.sent() : script.poll();
        }

        long sentCount(String text) {
            return deliveries.stream().filter(d -> d.reply().text().equals(text)).count();
        }
    }

    @BeforeEach
    void setUp() {
        clock = new SimulatorClock(Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        db = Database.open(TestDatabase.url(dir, "t.db"));
        outbox = new Outbox(db.jdbi(), new FileStore(dir.resolve("files"), db.jdbi(), clock, Duration.ofDays(7)), clock);
        platform = new FakePlatform();
    }

    private OutboxSender sender() {
        return new OutboxSender(outbox, Map.of("fake", platform), clock, "", 20);
    }

    private void advance(Duration d) {
        clock.moveTo(clock.instant().plus(d));
    }

    @Test
    void retriesWithBackoffUntilDeliveredOnce() {
        platform.script.add(SendResult.retry("HTTP 502"));
        platform.script.add(SendResult.retry("errcode 130101"));
        outbox.enqueue("fake", "g1", null, List.of(Reply.text("你好")), Map.of());
        OutboxSender sender = sender();
        assertThat(sender.drainOnce()).isZero();             // 502
        assertThat(sender.drainOnce()).isZero();             // backing off: not due yet
        advance(Duration.ofSeconds(2));
        assertThat(sender.drainOnce()).isZero();             // 130101
        advance(Duration.ofSeconds(3));
        assertThat(sender.drainOnce()).isZero();             // second backoff is 4 s
        advance(Duration.ofSeconds(1));
        assertThat(sender.drainOnce()).isEqualTo(1);
        advance(Duration.ofMinutes(30));
        assertThat(sender.drainOnce()).isZero();
        assertThat(platform.deliveries).hasSize(3);
        assertThat(platform.sentCount("你好")).isEqualTo(3);
        assertThat(platform.deliveries).extracting(Delivery::attempt).containsExactly(1, 2, 3);
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void aMessageQueuedAfterAnUndoneOneIsSentAsQueuedItself() {
        // an insert undone gives its id again on SQLite: what was queued under it first must not be what is sent
        OutboxSender sender = sender();
        for (String[] pair : List.of(new String[] {"撤回的回复", "新的回复"}, new String[] {"同一回复", "同一回复"})) {
            try {
                db.unit(() -> {
                    outbox.enqueue("fake", "g1", null, List.of(Reply.text(pair[0])), Map.of("sessionWebhook", "undone"));
                    throw new IllegalStateException("undone");
                });
            } catch (IllegalStateException expected) {
                // nothing of the unit stays
            }
            outbox.enqueue("fake", "g1", null, List.of(Reply.text(pair[1])), Map.of("sessionWebhook", "kept"));
            assertThat(sender.drainOnce()).isEqualTo(1);
        }
        assertThat(platform.deliveries).extracting(d -> d.reply().text()).containsExactly("新的回复", "同一回复");
        assertThat(platform.deliveries).extracting(d -> d.replyContext().get("sessionWebhook"))
                .containsExactly("kept", "kept");
    }

    @Test
    void permanentErrorIsNotRetriedAndIsReported() {
        platform.script.add(SendResult.permanent("errcode 310000 sign not match"));
        outbox.enqueue("fake", "g1", null, List.of(Reply.text("推送")), Map.of());
        OutboxSender sender = sender();
        sender.drainOnce();
        advance(Duration.ofHours(1));
        sender.drainOnce();
        assertThat(platform.deliveries).hasSize(1);
        assertThat(outbox.failed(10)).singleElement()
                .satisfies(e -> assertThat(e.lastError()).contains("310000"));
    }

    @Test
    void aPlatformCanSetAnotherLimitForAConversation() {
        FakePlatform app = appWithThirtyAndThirtyFiveQueuedEach();
        OutboxSender sender = new OutboxSender(outbox, Map.of("fake", app), clock, "", 20);
        while (sender.drainOnce() > 0) { }
        FakePlatform f = app;
        assertThat(f.deliveries.stream().filter(d -> d.conversationId().equals("app:1000002"))).hasSize(30);
        assertThat(f.deliveries.stream().filter(d -> d.conversationId().equals("g1"))).hasSize(20);
    }

    /** A platform allowing 30 a minute to {@code app:} conversations (20 elsewhere), 35 messages queued to app:1000002 and g1. */
    private FakePlatform appWithThirtyAndThirtyFiveQueuedEach() {
        FakePlatform app = new FakePlatform() {
            @Override
            public int messagesPerMinute(String conversationId) {
                return conversationId.startsWith("app:") ? 30 : 0;
            }
        };
        List<Reply> many = new ArrayList<>();
        for (int i = 0; i < 35; i++) many.add(Reply.text("第" + i + "条"));
        outbox.enqueue("fake", "app:1000002", null, many, Map.of());
        outbox.enqueue("fake", "g1", null, many, Map.of());
        return app;
    }

    /** The background sender claims what its pass read as read: a conversation with another limit is read again. */
    @Test
    void aPlatformsOtherLimitHoldsForTheBackgroundSenderToo() {
        FakePlatform app = appWithThirtyAndThirtyFiveQueuedEach();
        OutboxSender sender = new OutboxSender(outbox, Map.of("fake", app), clock, "", 20, 4);
        try {
            sender.start();
            // the clock stands still: the 31st and the 21st are deferred a minute, and the rest wait behind them
            await().atMost(10, TimeUnit.SECONDS).until(() -> outbox.pendingCount() == 5 + 15
                    && outbox.due(clock.instant()).isEmpty());
        } finally {
            sender.close();
        }
        assertThat(app.deliveries.stream().filter(d -> d.conversationId().equals("app:1000002"))).hasSize(30);
        assertThat(app.deliveries.stream().filter(d -> d.conversationId().equals("g1"))).hasSize(20);
    }

    /**
     * A pass reads the waiting messages whole, and the sender sends them as read; but a message voided (a reminder after
     * the clock went back) or sent by a {@code drainOnce} after the pass read it is read again, and not sent.
     */
    @Test
    void aMessageVoidedOrSentElsewhereAfterAPassReadItIsNotSentAsRead() {
        db.jdbi().useTransaction(h -> outbox.enqueueOnce(h, "daily:team1:2026-11-20@1", "fake", "g1", Reply.text("提醒")));
        Outbox.Due read = outbox.due(clock.instant(), 20).get(0);
        assertThat(read.read()).as("read whole").isNotNull();
        assertThat(outbox.claim(read, 20)).map(c -> c.entry().text()).contains("提醒");
        db.jdbi().useTransaction(h -> outbox.releaseDedupeKeys(h, "daily:team1:2026-11-20@", clock.instant()));
        assertThat(outbox.claim(read, 20)).as("voided since the pass read it").isEmpty();

        outbox.enqueue("fake", "g2", null, List.of(Reply.text("二群")), Map.of());
        Outbox.Due g2 = outbox.due(clock.instant(), 20).get(0);
        assertThat(g2.conversationId()).isEqualTo("g2");
        assertThat(sender().drainOnce()).isEqualTo(1);
        assertThat(outbox.claim(g2, 20)).as("sent by drainOnce since the pass read it").isEmpty();
        assertThat(platform.sentCount("二群")).isEqualTo(1);
        assertThat(platform.sentCount("提醒")).isZero();
    }

    @Test
    void atMostTwentyAMinutePerConversation() {
        List<Reply> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) many.add(Reply.text("第" + i + "条"));
        outbox.enqueue("fake", "g1", null, many, Map.of());
        outbox.enqueue("fake", "g2", null, List.of(Reply.text("别的群")), Map.of());
        OutboxSender sender = sender();
        while (sender.drainOnce() > 0) { }
        assertThat(platform.deliveries.stream().filter(d -> d.conversationId().equals("g1"))).hasSize(20);
        assertThat(platform.sentCount("别的群")).isEqualTo(1);
        advance(Duration.ofSeconds(59));
        while (sender.drainOnce() > 0) { }
        assertThat(platform.deliveries.stream().filter(d -> d.conversationId().equals("g1"))).hasSize(20);
        advance(Duration.ofSeconds(2));
        while (sender.drainOnce() > 0) { }
        assertThat(platform.deliveries.stream().filter(d -> d.conversationId().equals("g1"))).hasSize(40);
        advance(Duration.ofMinutes(1));
        while (sender.drainOnce() > 0) { }
        assertThat(platform.deliveries.stream().filter(d -> d.conversationId().equals("g1"))).hasSize(45);
        // order kept, each once
        List<String> texts = platform.deliveries.stream().filter(d -> d.conversationId().equals("g1"))
                .map(d -> d.reply().text()).toList();
        for (int i = 0; i < 45; i++) assertThat(texts.get(i)).isEqualTo("第" + i + "条");
    }

    @Test
    void repliesQueuedTogetherInOneInsertKeepTheirOrderAndTwentyAMinute() {
        // the inbound worker's group: the replies of many messages, to two groups, interleaved, written at the end
        // in multi-row inserts (70 rows: more than one statement's worth)
        zhaoshang.inbox.Inbox inbox = new zhaoshang.inbox.Inbox(db.jdbi());
        long[] inboxIds = new long[35];
        for (int m = 0; m < 35; m++) {
            inboxIds[m] = inbox.store(new zhaoshang.chat.ChatMessage("fake", "msg-" + m, "g1", "m-he", "何雨晴", "报告" + m,
                    clock.instant(), Map.of()), clock.instant()).orElseThrow();
        }
        Outbox.Gathering gathering = outbox.gather();
        int g1 = 0;
        for (int m = 0; m < 35; m++) {
            List<Reply> two = List.of(Reply.text("第" + g1++ + "条"), Reply.text("第" + g1++ + "条"));
            assertThat(outbox.enqueue("fake", "g1", inboxIds[m], two, Map.of("session", "s" + m))).isEmpty();
            if (m % 7 == 0) outbox.enqueue("fake", "g2", null, List.of(Reply.text("别的群" + m)), Map.of());
        }
        List<Outbox.Entry> queued = gathering.flush();
        assertThat(queued).hasSize(75);
        assertThat(queued).extracting(Outbox.Entry::id).isSorted().doesNotHaveDuplicates();
        // the rows as returned are the rows as stored
        for (Outbox.Entry e : List.of(queued.get(0), queued.get(1), queued.get(2), queued.get(74))) {
            Outbox.Entry stored = outbox.find(e.id()).orElseThrow();
            assertThat(stored.text()).isEqualTo(e.text());
            assertThat(stored.conversationId()).isEqualTo(e.conversationId());
            assertThat(stored.inboxId()).isEqualTo(e.inboxId());
            assertThat(stored.replyContext()).isEqualTo(e.replyContext());
            assertThat(stored.message()).isEqualTo(e.message());
        }
        assertThat(outbox.forInbox(inboxIds[3])).extracting(Outbox.Entry::text).containsExactly("第6条", "第7条");
        // nothing is gathered any more
        assertThat(outbox.enqueue("fake", "g2", null, List.of(Reply.text("之后")), Map.of())).hasSize(1);

        OutboxSender sender = sender();
        while (sender.drainOnce() > 0) { }
        assertThat(platform.deliveries.stream().filter(d -> d.conversationId().equals("g1"))).hasSize(20);
        advance(Duration.ofSeconds(61));
        while (sender.drainOnce() > 0) { }
        assertThat(platform.deliveries.stream().filter(d -> d.conversationId().equals("g1"))).hasSize(40);
        advance(Duration.ofSeconds(61));
        while (sender.drainOnce() > 0) { }
        advance(Duration.ofSeconds(61));
        while (sender.drainOnce() > 0) { }
        List<String> texts = platform.deliveries.stream().filter(d -> d.conversationId().equals("g1"))
                .map(d -> d.reply().text()).toList();
        assertThat(texts).hasSize(70);
        for (int i = 0; i < 70; i++) assertThat(texts.get(i)).isEqualTo("第" + i + "条");
        assertThat(platform.deliveries.stream().filter(d -> d.conversationId().equals("g2")).map(d -> d.reply().text()))
                .containsExactly("别的群0", "别的群7", "别的群14", "别的群21", "别的群28", "之后");
    }

    @Test
    void repliesGatheredAndUndoneOrStoppedAreNotWritten() {
        Outbox.Gathering gathering = outbox.gather();
        outbox.enqueue("fake", "g1", null, List.of(Reply.text("留下")), Map.of());
        int mark = gathering.mark();
        outbox.enqueue("fake", "g1", null, List.of(Reply.text("撤销")), Map.of());
        gathering.undoTo(mark);
        assertThat(gathering.flush()).extracting(Outbox.Entry::text).containsExactly("留下");
        Outbox.Gathering dropped = outbox.gather();
        outbox.enqueue("fake", "g1", null, List.of(Reply.text("丢弃")), Map.of());
        dropped.stop();
        assertThat(outbox.conversation("fake", "g1", 10)).extracting(Outbox.Entry::text).containsExactly("留下");
    }

    @Test
    void queuedMessagesSurviveARestart() {
        outbox.enqueue("fake", "g1", null, List.of(Reply.text("重启前排队")), Map.of());
        // a new sender and outbox over the same database: the state lives in the table
        Database again = Database.open(TestDatabase.url(dir, "t.db"));
        Outbox reopened = new Outbox(again.jdbi(), new FileStore(dir.resolve("files"), again.jdbi(), clock,
                Duration.ofDays(7)), clock);
        OutboxSender sender = new OutboxSender(reopened, Map.of("fake", platform), clock, "", 20);
        assertThat(sender.drainOnce()).isEqualTo(1);
        assertThat(sender.drainOnce()).isZero();
        assertThat(platform.sentCount("重启前排队")).isEqualTo(1);
    }

    @Test
    void aThrowingPlatformIsRetriedNotLost() {
        ChatPlatform broken = new ChatPlatform() {
            int calls;

            @Override
            public String name() {
                return "fake";
            }

            @Override
            public SendResult send(Delivery d) {
                if (calls++ == 0) throw new IllegalStateException("boom");
                return platform.send(d);
            }
        };
        outbox.enqueue("fake", "g1", null, List.of(Reply.text("稳住")), Map.of());
        OutboxSender sender = new OutboxSender(outbox, Map.of("fake", broken), clock, "", 20);
        sender.drainOnce();
        advance(Duration.ofSeconds(3));
        sender.drainOnce();
        assertThat(platform.sentCount("稳住")).isEqualTo(1);
    }

    @Test
    void filesTravelWithTheirBytesAndDownloadUrl() {
        byte[] xlsx = "PK fake xlsx bytes".getBytes();
        outbox.enqueue("fake", "g1", null, List.of(Reply.file("招商台账_第一工作组_2026-11.xlsx", xlsx)), Map.of());
        new OutboxSender(outbox, Map.of("fake", platform), clock, "https://bot.example.cn", 20).drainOnce();
        Delivery d = platform.deliveries.get(0);
        assertThat(d.reply().content()).isEqualTo(xlsx);
        assertThat(d.reply().fileName()).isEqualTo("招商台账_第一工作组_2026-11.xlsx");
        assertThat(d.downloadUrl()).startsWith("https://bot.example.cn/files/").endsWith(".xlsx");
    }

    @Test
    void dedupeKeyQueuesOnce() {
        boolean first = db.jdbi().inTransaction(h -> outbox.enqueueOnce(h, "daily:team1:2026-11-20", "fake", "g1",
                Reply.text("提醒")).isPresent());
        boolean second = db.jdbi().inTransaction(h -> outbox.enqueueOnce(h, "daily:team1:2026-11-20", "fake", "g1",
                Reply.text("提醒")).isPresent());
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        sender().drainOnce();
        assertThat(platform.sentCount("提醒")).isEqualTo(1);
    }

    /**
     * A platform whose calls to conversation g1 wait until {@link #release} opens (a slow government server); every
     * delivery is recorded when the call starts.
     */
    static class SlowGroupPlatform extends FakePlatform {
        final CountDownLatch g1Started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public SendResult send(Delivery d) {
            SendResult r = super.send(d);
            if (d.conversationId().equals("g1")) {
                g1Started.countDown();
                try {
                    if (!release.await(30, TimeUnit.SECONDS)) return SendResult.retry("timeout");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return SendResult.retry("interrupted");
                }
            }
            return r;
        }

        List<String> texts(String conversation) {
            return deliveries.stream().filter(d -> d.conversationId().equals(conversation)).map(d -> d.reply().text()).toList();
        }
    }

    @Test
    void otherGroupsAreSentWhileOneGroupsCallHangsAndItsOrderIsKept() throws Exception {
        SlowGroupPlatform slow = new SlowGroupPlatform();
        outbox.enqueue("fake", "g1", null, List.of(Reply.text("一群第1条"), Reply.text("一群第2条")), Map.of());
        outbox.enqueue("fake", "g2", null, List.of(Reply.text("二群")), Map.of());
        OutboxSender sender = new OutboxSender(outbox, Map.of("fake", slow), clock, "", 20, 4);
        outbox.whenQueued(sender::wake);
        try {
            sender.start();
            assertThat(slow.g1Started.await(10, TimeUnit.SECONDS)).isTrue();
            // g1's first call has not returned, yet g2's reply goes out
            await().atMost(10, TimeUnit.SECONDS).until(() -> slow.texts("g2").size() == 1);
            // a message queued now is looked at by a pass that runs while g1's first call still hangs
            outbox.enqueue("fake", "g3", null, List.of(Reply.text("三群")), Map.of());
            await().atMost(10, TimeUnit.SECONDS).until(() -> slow.texts("g3").size() == 1);
            assertThat(slow.texts("g1")).as("neither sent twice nor overtaken by its second message")
                    .containsExactly("一群第1条");
            slow.release.countDown();
            await().atMost(10, TimeUnit.SECONDS).until(() -> slow.texts("g1").size() == 2);
        } finally {
            slow.release.countDown();
            sender.close();
        }
        assertThat(slow.texts("g1")).containsExactly("一群第1条", "一群第2条");
        assertThat(slow.texts("g2")).containsExactly("二群");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void sendingSeveralGroupsAtOnceKeepsTwentyAMinuteAndTheOrder() {
        List<Reply> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) many.add(Reply.text("第" + i + "条"));
        List<Outbox.Entry> g1 = outbox.enqueue("fake", "g1", null, many, Map.of());
        for (int g = 2; g <= 9; g++) outbox.enqueue("fake", "g" + g, null, List.of(Reply.text("别的群" + g)), Map.of());
        OutboxSender sender = new OutboxSender(outbox, Map.of("fake", platform), clock, "", 20, 8);
        outbox.whenQueued(sender::wake);
        try {
            sender.start();
            // the 21st waits for the window: deferred, with the 24 behind it (the clock stands still, so for good)
            long twentyFirst = g1.get(20).id();
            await().atMost(10, TimeUnit.SECONDS).until(() -> outbox.find(twentyFirst).orElseThrow().nextAttemptAt()
                    .isAfter(clock.instant()));
            outbox.enqueue("fake", "g10", null, List.of(Reply.text("最后一群")), Map.of());
            await().atMost(10, TimeUnit.SECONDS).until(() -> platform.sentCount("最后一群") == 1);
        } finally {
            sender.close();
        }
        List<String> texts = platform.deliveries.stream().filter(d -> d.conversationId().equals("g1"))
                .map(d -> d.reply().text()).toList();
        assertThat(texts).hasSize(20);
        for (int i = 0; i < 20; i++) assertThat(texts.get(i)).isEqualTo("第" + i + "条");
        for (int g = 2; g <= 9; g++) assertThat(platform.sentCount("别的群" + g)).isEqualTo(1);
        assertThat(outbox.pendingCount()).isEqualTo(25);
    }

    @Test
    void closeWaitsForTheSendsInFlightAndLosesOrDoublesNothing() throws Exception {
        SlowGroupPlatform slow = new SlowGroupPlatform();
        outbox.enqueue("fake", "g1", null, List.of(Reply.text("一群第1条"), Reply.text("一群第2条")), Map.of());
        outbox.enqueue("fake", "g2", null, List.of(Reply.text("二群第1条"), Reply.text("二群第2条")), Map.of());
        OutboxSender sender = new OutboxSender(outbox, Map.of("fake", slow), clock, "", 20, 4);
        sender.start();
        assertThat(slow.g1Started.await(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(10, TimeUnit.SECONDS).until(() -> slow.texts("g2").size() == 2);
        Thread closing = new Thread(sender::close);
        closing.start();
        // close() is waiting for g1's call (or, wrongly, already returned)
        await().atMost(10, TimeUnit.SECONDS).until(() -> closing.getState() == Thread.State.TIMED_WAITING
                || closing.getState() == Thread.State.TERMINATED);
        slow.release.countDown();
        closing.join(10_000);
        assertThat(closing.isAlive()).isFalse();
        assertThat(outbox.conversation("fake", "g1", 10).get(0).status()).as("the call in flight is recorded").isEqualTo("sent");
        // a new sender (a restart) sends what is left, once
        OutboxSender again = new OutboxSender(outbox, Map.of("fake", slow), clock, "", 20, 4);
        while (again.drainOnce() > 0) { }
        assertThat(slow.texts("g1")).containsExactly("一群第1条", "一群第2条");
        assertThat(slow.texts("g2")).containsExactly("二群第1条", "二群第2条");
        assertThat(outbox.pendingCount()).isZero();
    }

    /**
     * A kill at any moment resends at most BOT_SEND_CONCURRENCY replies: a message sent counts against the limit until
     * its "sent" write is committed. While SQLite's write lock is held elsewhere (the inbound worker's group, here the
     * test) a sender allowed two at once sends two conversations' first messages and no more: the third conversation
     * and g1's second message wait until the writes go through, then everything goes out once, in order.
     */
    @Test
    void messagesSentButNotYetWrittenSentCountAgainstTheConcurrency() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.postgres(), "holds SQLite's one write lock");
        outbox.enqueue("fake", "g1", null, List.of(Reply.text("一群第1条"), Reply.text("一群第2条")), Map.of());
        outbox.enqueue("fake", "g2", null, List.of(Reply.text("二群")), Map.of());
        outbox.enqueue("fake", "g3", null, List.of(Reply.text("三群")), Map.of());
        OutboxSender sender = new OutboxSender(outbox, Map.of("fake", platform), clock, "", 20, 2);
        try {
            try (org.jdbi.v3.core.Handle lock = db.jdbi().open()) {
                lock.begin(); // BEGIN IMMEDIATE: SQLite's write lock, held until the rollback below
                sender.start();
                await().atMost(10, TimeUnit.SECONDS).until(() -> platform.deliveries.size() >= 2);
                Thread.sleep(500); // room for a third send, which must not come
                assertThat(platform.deliveries).as("two sent and not written: the most a kill now would resend").hasSize(2);
                assertThat(outbox.pendingCount()).as("none written sent yet").isEqualTo(4);
                assertThat(platform.sentCount("一群第2条")).as("g1's second waits for its first to be written").isZero();
                lock.rollback();
            }
            await().atMost(10, TimeUnit.SECONDS).until(() -> outbox.pendingCount() == 0);
        } finally {
            sender.close();
        }
        assertThat(platform.deliveries.stream().map(d -> d.reply().text()).filter(t -> t.startsWith("一群")).toList())
                .containsExactly("一群第1条", "一群第2条");
        assertThat(platform.deliveries).hasSize(4);
    }

    @Test
    void anInstanceLeavesAloneWhatAnotherLiveInstanceIsSending() {
        FileStore files = new FileStore(dir.resolve("files"), db.jdbi(), clock, Duration.ofDays(7));
        Outbox a = new Outbox(db.jdbi(), files, clock, zhaoshang.store.Claims.of("a", Duration.ofMinutes(1), true));
        Outbox b = new Outbox(db.jdbi(), files, clock, zhaoshang.store.Claims.of("b", Duration.ofMinutes(1), true));
        List<Outbox.Entry> g1 = a.enqueue("fake", "g1", null, List.of(Reply.text("一群第1条"), Reply.text("一群第2条")), Map.of());
        List<Outbox.Entry> g2 = b.enqueue("fake", "g2", null, List.of(Reply.text("二群")), Map.of());
        assertThat(a.due(clock.instant())).extracting(Outbox.Due::id).containsExactly(g1.get(0).id(), g2.get(0).id());
        assertThat(a.claim(g1.get(0))).isTrue();   // a is sending g1's first message
        // b sees neither that message nor the one behind it (order), only the other group's
        assertThat(b.due(clock.instant())).extracting(Outbox.Due::id).containsExactly(g2.get(0).id());
        assertThat(b.claim(g1.get(0))).isFalse();
        a.markSent(g1.get(0).id(), clock.instant());
        assertThat(b.due(clock.instant())).extracting(Outbox.Due::id).containsExactly(g1.get(1).id(), g2.get(0).id());
    }

    @Test
    void backoffGrowsAndIsCapped() {
        assertThat(OutboxSender.backoff(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxSender.backoff(3)).isEqualTo(Duration.ofSeconds(16));
        assertThat(OutboxSender.backoff(30)).isEqualTo(Duration.ofMinutes(10));
    }
}
