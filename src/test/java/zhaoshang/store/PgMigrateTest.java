package zhaoshang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;
import zhaoshang.support.TestDatabase;

/**
 * {@code migrate --to jdbc:postgresql://…}: a SQLite database the bot used (records, corrections, answers, reminders
 * settings) is copied into an empty PostgreSQL schema, every table checked by count and checksum; the bot then runs
 * on PostgreSQL with the same records and numbering; a target that is not empty is refused. Skipped without a
 * PostgreSQL server on 127.0.0.1:5432.
 */
class PgMigrateTest {

    static final String VISIT = "走访\n企业：东莞聚景实业有限公司\n日期：昨天\n洽谈内容：介绍电子信息产业集群\n投资意向：一般";

    @TempDir
    Path dir;

    @BeforeEach
    void server() {
        TestDatabase.assumePostgres();
    }

    @Test
    void aSqliteDatabaseIsCopiedIntoAnEmptyPostgresAndTheBotGoesOnThere() throws Exception {
        Map<String, String> onSqlite = Map.of("BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("bot.db"));
        String first;
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00", onSqlite)) {
            first = number(bot.sayText("local-team1", "m-he", VISIT));
            number(bot.sayText("local-team1", "m-he", VISIT.replace("东莞聚景", "佛山恒越")));
            bot.sayText("local-team1", "m-he", "更正 " + first + " 投资意向：较强");
            bot.sayText("local-team1", "m-he", "请假 2026-11-23 至 2026-11-24");
        }
        String target = TestDatabase.freshPostgres();
        List<String> lines = new ArrayList<>();
        Migrate.Result r;
        try (Database source = Database.open("jdbc:sqlite:" + dir.resolve("bot.db"))) {
            r = Migrate.run(source, target, null, null, lines::add);
        }
        assertThat(r.tables()).extracting(Migrate.Table::name)
                .contains("inbox", "outbox", "visit", "ledger_history", "reminder_pause")
                .doesNotContain("flyway_schema_history");
        assertThat(r.tables()).filteredOn(t -> t.name().equals("visit")).singleElement()
                .satisfies(t -> assertThat(t.rows()).isEqualTo(2));
        assertThat(r.tables()).filteredOn(t -> t.name().equals("inbox")).singleElement()
                .satisfies(t -> assertThat(t.rows()).isEqualTo(4));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("visit：2 行"));

        // the bot on PostgreSQL finds the records, their history, and numbers the next one after them
        try (TestBot bot = TestBot.start(dir, "2026-11-20T11:00:00+08:00", Map.of("BOT_DB_URL", target))) {
            assertThat(bot.app.ledger().history(first)).hasSize(2);
            // message ids of their own: the simulator's test ids start again with a new TestBot
            String third = number(say(bot, "after-1", VISIT.replace("东莞聚景", "中山明辉")));
            assertThat(third).isEqualTo("#V-0003");
            assertThat(say(bot, "after-2", "我的记录")).contains(first).contains("#V-0002");
        }

        // a second migrate into the same (now used) database is refused, nothing written
        try (Database source = Database.open("jdbc:sqlite:" + dir.resolve("bot.db"))) {
            assertThatThrownBy(() -> Migrate.run(source, target, null, null, lines::add))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不是空的");
        }
    }

    /**
     * A database an older version wrote may hold a message with NUL characters (a broken or hostile client sent
     * them; the bot drops them on writing since it runs on PostgreSQL too). PostgreSQL cannot store them: the copy
     * drops them, says so, and still checks every table.
     */
    @Test
    void aMessageWithNulCharactersIsCopiedWithoutThemAndTheCopySaysSo() throws Exception {
        String sqlite = "jdbc:sqlite:" + dir.resolve("old.db");
        try (Database source = Database.open(sqlite); Connection c = DriverManager.getConnection(sqlite);
             java.sql.PreparedStatement p = c.prepareStatement("insert into inbox (platform, msg_id, conversation_id,"
                     + " sender_id, text, sent_at, received_at) values ('local', ?, 'local-team1', 'm-he', ?, ?, ?)")) {
            String[][] rows = {{"m1", "走访\u0000\n企业：东莞聚景实业有限公司", "2026-11-20T10:00:00+08:00"},
                    {"m2", "本月进度", "2026-11-20T10:01:00+08:00"}};
            for (String[] row : rows) {
                p.setString(1, row[0]);
                p.setString(2, row[1]); // as an older version stored it: with the NUL
                p.setString(3, row[2]);
                p.setString(4, row[2]);
                p.executeUpdate();
            }
        }
        String target = TestDatabase.freshPostgres();
        List<String> lines = new ArrayList<>();
        try (Database source = Database.open(sqlite)) {
            Migrate.Result r = Migrate.run(source, target, null, null, lines::add);
            assertThat(r.tables()).filteredOn(t -> t.name().equals("inbox")).singleElement()
                    .satisfies(t -> assertThat(t.rows()).isEqualTo(2));
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("inbox：2 行").contains("1 个文本值含 NUL 字符"));
        assertThat(lines).filteredOn(l -> l.startsWith("visit：")).singleElement().asString().doesNotContain("NUL");
        try (Connection c = DriverManager.getConnection(target); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select text from inbox where msg_id = 'm1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("走访\n企业：东莞聚景实业有限公司");
        }
    }

    @Test
    void theChecksumSeesAChangedValue() throws Exception {
        String url = TestDatabase.freshPostgres();
        try (Database db = Database.open(url); Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement()) {
            s.execute("insert into reminder_state (name, value) values ('a', '1'), ('b', '2')");
            Migrate.Table before = Migrate.checksum(c, "reminder_state");
            s.execute("update reminder_state set value = '3' where name = 'b'");
            Migrate.Table after = Migrate.checksum(c, "reminder_state");
            assertThat(after.rows()).isEqualTo(before.rows());
            assertThat(after.checksum()).isNotEqualTo(before.checksum());
        }
    }

    static String say(TestBot bot, String id, String text) {
        StringBuilder sb = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonNode r : bot.post("/local/messages", Map.of("conversation", "local-team1",
                "sender", "m-he", "text", text, "id", id)).body().get("replies")) {
            sb.append(TestBot.plain(r)).append('\n');
        }
        return sb.toString();
    }

    static String number(String answer) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#V-\\d{4}").matcher(answer);
        assertThat(m.find()).as("a V number in: " + answer).isTrue();
        return m.group();
    }
}
