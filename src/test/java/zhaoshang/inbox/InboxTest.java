package zhaoshang.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.ChatMessage;
import zhaoshang.store.Database;
import zhaoshang.support.TestDatabase;

class InboxTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @TempDir
    Path dir;

    static ChatMessage message(String msgId) {
        return new ChatMessage("dingtalk", msgId, "cid-team1", "ding-0102", "何雨晴",
                "走访\n企业：深圳欣迪新能源装备技术有限公司\n洽谈内容：储能项目选址", NOW,
                Map.of("sessionWebhook", "http://127.0.0.1:1/robot/sendBySession", "msgtype", "text"));
    }

    /**
     * Regression (BENCHMARKS.md, ingest): each store used to open a connection and close it; when it was the
     * only one open, SQLite checkpointed the WAL into the database and deleted it on close, with fsyncs, for every
     * callback (bot p50 13 ms at 100 msg/s against 2 ms for a bare insert). The inbox keeps its write connection
     * open, so the WAL outlives a store.
     */
    @Test
    void storingDoesNotCheckpointAndDeleteTheWalEveryTime() {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.postgres(), "SQLite's WAL");
        Database db = Database.open(TestDatabase.url(dir));
        try (Inbox inbox = new Inbox(db.jdbi())) {
            assertThat(inbox.store(message("m-1"), NOW)).isPresent();
            Path wal = dir.resolve("bot.db-wal");
            assertThat(wal).exists();
            assertThat(wal.toFile().length()).isPositive();
            long id = inbox.store(message("m-2"), NOW).orElseThrow();
            inbox.markHandled(id);
            assertThat(wal).exists();
            assertThat(inbox.find(id).orElseThrow().status()).isEqualTo("handled");
        }
    }

    @Test
    void concurrentStoresKeepOneRowPerPlatformMessageId() throws Exception {
        Database db = Database.open(TestDatabase.url(dir));
        Map<String, Long> ids = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Inbox inbox = new Inbox(db.jdbi())) {
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) { // every thread sends the same 100 ids: 700 are redeliveries
                        String msgId = "m-" + i;
                        Optional<Long> id = inbox.store(message(msgId), NOW);
                        id.ifPresent(v -> assertThat(ids.putIfAbsent(msgId, v)).isNull());
                        id.ifPresent(inbox::markHandled);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
            assertThat(ids).hasSize(100);
            assertThat(inbox.count()).isEqualTo(100);
            assertThat(inbox.unhandled()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Stores that arrive together commit together; one that fails (here a message the database refuses) fails alone:
     * the others of its batch are stored, and their callers get their ids.
     */
    @Test
    void aStoreThatFailsAmongConcurrentOnesFailsAloneAndTheOthersAreStored() throws Exception {
        Database db = Database.open(TestDatabase.url(dir));
        TestDatabase.refuseInserts(db, "inbox", "refuse_one", "NEW.msg_id = 'm-13'");
        Map<String, Object> outcome = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Inbox inbox = new Inbox(db.jdbi())) {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = thread; i < 40; i += 8) {
                        String msgId = "m-" + i;
                        try {
                            outcome.put(msgId, inbox.store(message(msgId), NOW).orElseThrow());
                        } catch (RuntimeException e) {
                            outcome.put(msgId, e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
            assertThat(outcome.get("m-13")).isInstanceOf(RuntimeException.class);
            assertThat(outcome).hasSize(40);
            assertThat(outcome.values()).filteredOn(v -> v instanceof Long).hasSize(39).doesNotHaveDuplicates();
            assertThat(inbox.count()).isEqualTo(39);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedInboxOpensItsConnectionAgainOnTheNextWrite() {
        Database db = Database.open(TestDatabase.url(dir));
        Inbox inbox = new Inbox(db.jdbi());
        assertThat(inbox.store(message("m-1"), NOW)).isPresent();
        inbox.close();
        assertThat(inbox.store(message("m-2"), NOW)).isPresent();
        assertThat(inbox.store(message("m-1"), NOW)).isEmpty();
        inbox.close();
        if (!TestDatabase.postgres()) assertThat(Files.exists(dir.resolve("bot.db"))).isTrue();
    }

    /**
     * DingTalk's sign covers only its timestamp: a sign that carried one message is refused for another, also after a
     * restart (the record is in the database), and the records do not pile up: each is dropped once its sign expired.
     */
    @Test
    void aCallbackSignCarriesOneMessageUntilItExpires() {
        String url = TestDatabase.url(dir);
        Instant expires = NOW.plus(java.time.Duration.ofHours(1));
        try (Inbox inbox = new Inbox(Database.open(url).jdbi())) {
            assertThat(inbox.claimSign("dingtalk", "sign-1", "msg-1", expires, NOW)).isTrue();
            assertThat(inbox.claimSign("dingtalk", "sign-1", "msg-1", expires, NOW)).as("the same message again").isTrue();
            assertThat(inbox.claimSign("dingtalk", "sign-1", "msg-2", expires, NOW)).as("another message").isFalse();
            assertThat(inbox.claimSign("wecom", "sign-1", "msg-2", expires, NOW)).as("another platform").isTrue();
            for (int i = 0; i < 100; i++) {
                assertThat(inbox.claimSign("dingtalk", "many-" + i, "m-" + i, expires, NOW)).isTrue();
            }
        }
        Database db = Database.open(url);
        try (Inbox restarted = new Inbox(db.jdbi())) {
            assertThat(restarted.claimSign("dingtalk", "sign-1", "msg-3", expires, NOW.plusSeconds(60)))
                    .as("after a restart").isFalse();
            long rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from callback_sign").mapTo(Long.class).one());
            assertThat(rows).isEqualTo(102);
            // two hours later every one of those signs has expired: the next claim drops them
            assertThat(restarted.claimSign("dingtalk", "later", "m-later", NOW.plus(java.time.Duration.ofHours(3)),
                    NOW.plus(java.time.Duration.ofHours(2)))).isTrue();
            rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from callback_sign").mapTo(Long.class).one());
            assertThat(rows).isEqualTo(1);
        }
    }

    /**
     * A callback's sign is recorded in the same write as its message ({@link Inbox#store(ChatMessage, Instant,
     * zhaoshang.chat.SignClaim)}). Two instances (two inboxes on one database, each with its own kept-open connection)
     * storing different messages with the same sign at the same moment: for every sign exactly one message is stored,
     * the other is a replay and leaves nothing, and the sign's record names the message stored. The same message
     * again with its sign is "seen before", not a replay.
     */
    @Test
    void aSignStoresOneMessageAcrossInstancesStoringAtOnce() throws Exception {
        String url = TestDatabase.url(dir);
        Database one = Database.open(url);
        Database two = Database.open(url);
        Instant expires = NOW.plus(java.time.Duration.ofHours(1));
        int signs = 60;
        Map<String, Inbox.Received> outcome = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Inbox a = new Inbox(one.jdbi()); Inbox b = new Inbox(two.jdbi())) {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = thread / 2; i < signs; i += 4) {
                        Inbox inbox = thread % 2 == 0 ? a : b;
                        String msgId = (thread % 2 == 0 ? "a-" : "b-") + i;
                        outcome.put(msgId, inbox.store(message(msgId), NOW,
                                new zhaoshang.chat.SignClaim("sign-" + i, expires)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
            for (int i = 0; i < signs; i++) {
                Inbox.Received ra = outcome.get("a-" + i);
                Inbox.Received rb = outcome.get("b-" + i);
                assertThat(List.of(ra.outcome(), rb.outcome())).as("sign %d", i)
                        .containsExactlyInAnyOrder(Inbox.Outcome.STORED, Inbox.Outcome.REPLAYED);
                String stored = ra.stored() ? "a-" + i : "b-" + i;
                String sign = "sign-" + i;
                String signOf = one.jdbi().withHandle(h -> h.createQuery(
                        "select msg_id from callback_sign where sign = :s").bind("s", sign).mapTo(String.class).one());
                assertThat(signOf).isEqualTo(stored);
            }
            assertThat(a.count()).isEqualTo(signs);
            Inbox.Received again = a.store(message("a-0"), NOW, new zhaoshang.chat.SignClaim("sign-0", expires));
            assertThat(again.outcome()).isEqualTo(outcome.get("a-0").stored() ? Inbox.Outcome.SEEN_BEFORE
                    : Inbox.Outcome.REPLAYED);
            assertThat(a.count()).isEqualTo(signs);
        } finally {
            pool.shutdownNow();
        }
    }
}
