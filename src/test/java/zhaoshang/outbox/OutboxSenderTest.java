package zhaoshang.outbox;

import static org.assertj.core.api.Assertions.assertThat;

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
        final List<Delivery> deliveries = new ArrayList<>();

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
        ChatPlatform app = new FakePlatform() {
            @Override
            public int messagesPerMinute(String conversationId) {
                return conversationId.startsWith("app:") ? 30 : 0;
            }
        };
        List<Reply> many = new ArrayList<>();
        for (int i = 0; i < 35; i++) many.add(Reply.text("第" + i + "条"));
        outbox.enqueue("fake", "app:1000002", null, many, Map.of());
        outbox.enqueue("fake", "g1", null, many, Map.of());
        OutboxSender sender = new OutboxSender(outbox, Map.of("fake", app), clock, "", 20);
        while (sender.drainOnce() > 0) { }
        FakePlatform f = (FakePlatform) app;
        assertThat(f.deliveries.stream().filter(d -> d.conversationId().equals("app:1000002"))).hasSize(30);
        assertThat(f.deliveries.stream().filter(d -> d.conversationId().equals("g1"))).hasSize(20);
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

    @Test
    void backoffGrowsAndIsCapped() {
        assertThat(OutboxSender.backoff(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxSender.backoff(3)).isEqualTo(Duration.ofSeconds(16));
        assertThat(OutboxSender.backoff(30)).isEqualTo(Duration.ofMinutes(10));
    }
}
