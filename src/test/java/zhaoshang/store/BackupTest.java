package zhaoshang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.local.SimulatorClock;

/** Online backups while the database is in use, retention, and a restore that gives back the same data. */
class BackupTest {

    @TempDir
    Path dir;

    private static List<String> rows(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("select msg_id || ':' || text from inbox order by id")
                .mapTo(String.class).list());
    }

    private static void insert(Database db, String id, String text) {
        db.jdbi().useHandle(h -> h.execute("""
                insert into inbox (platform, msg_id, conversation_id, sender_id, text, sent_at, received_at)
                values ('local', ?, 'c', 's', ?, '2026-11-22T00:00:00Z', '2026-11-22T00:00:00Z')""", id, text));
    }

    @Test
    void backupRestoreGivesBackTheSameData() {
        String url = "jdbc:sqlite:" + dir.resolve("bot.db");
        Database db = Database.open(url);
        insert(db, "a", "走访 企业：甲公司");
        insert(db, "b", "签约 乙项目");
        SimulatorClock clock = new SimulatorClock(Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC));
        Backup backup = new Backup(db, dir.resolve("backups"), 3, clock);
        Path file = backup.run();
        List<String> before = rows(db);
        insert(db, "c", "备份之后的消息");
        assertThat(rows(db)).hasSize(3);

        Backup.restore(file, url);
        Database restored = Database.open(url);
        assertThat(rows(restored)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("bot.db.before-restore"))).isTrue();
    }

    @Test
    void keepsOnlyTheNewestBackups() {
        Database db = Database.open("jdbc:sqlite:" + dir.resolve("bot.db"));
        SimulatorClock clock = new SimulatorClock(Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC));
        Backup backup = new Backup(db, dir.resolve("backups"), 3, clock);
        for (int i = 0; i < 5; i++) {
            backup.run();
            clock.moveTo(clock.instant().plus(Duration.ofDays(1)));
        }
        assertThat(backup.list()).hasSize(3);
        assertThat(backup.list().get(0).getFileName().toString()).isEqualTo("zhaoshang-20261126-010000.db");
    }

    @Test
    void refusesToRestoreSomethingThatIsNotABackup() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a database");
        assertThatThrownBy(() -> Backup.restore(junk, "jdbc:sqlite:" + dir.resolve("bot.db")))
                .hasMessageContaining("不是有效的数据库备份");
    }
}
