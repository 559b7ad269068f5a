package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/**
 * Issue 10 §3 "a full disk doubles records", made deterministic with SQLite's page limit: the database file may
 * not grow past {@code max_page_count} pages, so a write that needs a new page fails with SQLITE_FULL exactly as
 * on a full disk. The test fills the database to its limit, then gives pages back a few at a time while members keep
 * reporting. Each message ends one of three ways, and never another: not stored at all ("没有保存"), stored but
 * nothing recorded ("没有登记任何内容"), or recorded and confirmed. A record never goes without its answer, so a
 * member who resends as told is never counted twice.
 */
class StorageFailureTest {

    static final int PAGE_LIMIT = 1500;

    @TempDir
    Path dir;

    static String visit(int i) {
        // long enough that the raw message, the record and its confirmation each need pages of their own
        return "走访\n企业：苏州满盘%03d号精密制造有限公司\n日期：今天\n洽谈内容：".formatted(i)
                + "介绍高新区装备制造产业园的标准化厂房、电价和人才政策，企业关注上下游配套。".repeat(60) + "\n投资意向：较强";
    }

    private enum Outcome { NOT_STORED, NOTHING_RECORDED, RECORDED }

    private static Outcome outcome(String reply) {
        if (reply.contains("已登记走访")) return Outcome.RECORDED;
        if (reply.contains("没有保存，也没有登记任何内容")) return Outcome.NOT_STORED;
        if (reply.contains("这条消息没有登记任何内容")) return Outcome.NOTHING_RECORDED;
        throw new AssertionError("unexpected answer: " + reply);
    }

    @Test
    void aFullDatabaseNeverRecordsWithoutAnsweringNorAnswersWithoutRecording() throws Exception {
        Path db = dir.resolve("bot.db");
        String raw = "jdbc:sqlite:" + db;
        List<Integer> recorded = new ArrayList<>();
        List<Integer> notRecorded = new ArrayList<>();
        List<Outcome> seen = new ArrayList<>();
        try (TestBot bot = TestBot.start(dir, "2026-11-22T10:00:00+08:00",
                Map.of("BOT_DB_URL", raw + "?max_page_count=" + PAGE_LIMIT))) {
            for (int i = 1; i <= 3; i++) {
                assertThat(bot.sayText("local-team1", "m-he", visit(i))).contains("已登记走访");
                recorded.add(i);
            }
            assertThat(bot.get("/healthz").status()).isEqualTo(200);

            try (Connection c = DriverManager.getConnection(raw)) {
                fill(c);
            }
            int i = 3;
            try (Connection c = DriverManager.getConnection(raw)) {
                // give back a few pages at a time until a message goes all the way through
                while (seen.isEmpty() || seen.get(seen.size() - 1) != Outcome.RECORDED) {
                    assertThat(++i).as("a message got through once pages were given back").isLessThan(60);
                    JsonNode replies = bot.say("local-team1", "m-he", visit(i));
                    assertThat(replies).hasSize(1);
                    Outcome o = outcome(replies.get(0).path("text").asText());
                    seen.add(o);
                    long inboxRows = count(c, "select count(*) from inbox where text like ?", "%%满盘%03d号%%".formatted(i));
                    long visits = count(c, "select count(*) from visit where enterprise like ?", "%%满盘%03d号%%".formatted(i));
                    switch (o) {
                        case NOT_STORED -> {
                            assertThat(inboxRows).as("message %d not stored", i).isZero();
                            assertThat(visits).isZero();
                            notRecorded.add(i);
                        }
                        case NOTHING_RECORDED -> {
                            assertThat(inboxRows).as("message %d: the raw message is kept", i).isEqualTo(1);
                            assertThat(visits).as("message %d: nothing recorded", i).isZero();
                            notRecorded.add(i);
                            JsonNode health = bot.get("/healthz").body();
                            assertThat(health.path("status").asText()).isEqualTo("down");
                            assertThat(health.path("details").path("database").asText()).contains("存储空间已满");
                        }
                        case RECORDED -> {
                            assertThat(visits).as("message %d recorded once", i).isEqualTo(1);
                            recorded.add(i);
                        }
                    }
                    // a few pages: more than a stored-but-refused message takes, fewer than a whole answer needs
                    c.createStatement().execute("delete from filler where rowid in (select rowid from filler limit 4)");
                }
            }
            assertThat(seen).as("the raw message was refused while no page was free")
                    .startsWith(Outcome.NOT_STORED).contains(Outcome.NOTHING_RECORDED);

            // space returns: health recovers by itself, and every member who was told to resend does so, once
            try (Connection c = DriverManager.getConnection(raw)) {
                c.createStatement().execute("delete from filler");
            }
            assertThat(bot.get("/healthz").status()).isEqualTo(200);
            for (int n : notRecorded) {
                assertThat(bot.sayText("local-team1", "m-he", visit(n))).contains("已登记走访");
            }
        }
        // a restart handles nothing again: the messages answered "nothing recorded" stay unrecorded
        try (TestBot bot = TestBot.start(dir, "2026-11-22T10:30:00+08:00", Map.of("BOT_DB_URL", raw));
             Connection c = DriverManager.getConnection(raw)) {
            assertThat(count(c, "select count(*) from inbox where status = 'received'")).isZero();
            assertThat(count(c, "select count(*) from visit")).isEqualTo(recorded.size() + notRecorded.size());
            assertThat(count(c, "select count(distinct enterprise) from visit")).isEqualTo(recorded.size() + notRecorded.size());
            // every record has exactly one answer, every answer that confirms has its record
            assertThat(count(c, """
                    select count(*) from visit v where (select count(*) from outbox o where o.inbox_id = v.inbox_id) <> 1""")).isZero();
            assertThat(count(c, "select count(*) from outbox where text like '%已登记走访%'"))
                    .isEqualTo(recorded.size() + notRecorded.size());
        }
    }

    /** Grows the database (on a connection without the limit) until the bot's connections can add no page. */
    private static void fill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table filler (b blob)");
            while (count(c, "pragma page_count") < PAGE_LIMIT) s.execute("insert into filler values (zeroblob(3500))");
            assertThat(count(c, "pragma freelist_count")).isZero();
        }
    }

    private static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
