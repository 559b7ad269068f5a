package zhaoshang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.local.SimulatorClock;

/**
 * Online backups while the database is in use, retention, and restore (issue 10 §3 "restore can wipe the
 * database"): a restore gives back the same data, refuses whatever is not a whole backup of this bot and leaves the
 * database untouched then, and keeps the current database, with its last writes, under a name never reused.
 */
class BackupTest {

    @TempDir
    Path dir;

    final SimulatorClock clock = new SimulatorClock(Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC));

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("bot.db");
    }

    private static List<String> rows(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("select msg_id || ':' || text from inbox order by id")
                .mapTo(String.class).list());
    }

    private static List<String> rows(Path file) {
        Database db = Database.open("jdbc:sqlite:" + file);
        try {
            return rows(db);
        } finally {
            db.close();
        }
    }

    private static void insert(Database db, String id, String text) {
        db.jdbi().useHandle(h -> h.execute("""
                insert into inbox (platform, msg_id, conversation_id, sender_id, text, sent_at, received_at)
                values ('local', ?, 'c', 's', ?, '2026-11-22T00:00:00Z', '2026-11-22T00:00:00Z')""", id, text));
    }

    private Restore.Restored restore(Path file) {
        return Restore.restore(file, url(), false, clock);
    }

    private List<Path> keptCopies() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("bot.db.before-restore")).sorted().toList();
        }
    }

    /** A database with two messages and a backup of it; the database is closed again. */
    private Path databaseWithABackup() {
        Database db = Database.open(url());
        insert(db, "a", "走访 企业：甲公司");
        insert(db, "b", "签约 乙项目");
        Path file = new Backup(db, dir.resolve("backups"), 3, clock).run();
        db.close();
        return file;
    }

    @Test
    void backupRestoreGivesBackTheSameData() throws Exception {
        Database db = Database.open(url());
        insert(db, "a", "走访 企业：甲公司");
        insert(db, "b", "签约 乙项目");
        Path file = new Backup(db, dir.resolve("backups"), 3, clock).run();
        List<String> before = rows(db);
        insert(db, "c", "备份之后的消息");
        db.close();

        Restore.Restored r = restore(file);
        assertThat(rows(dir.resolve("bot.db"))).isEqualTo(before);
        assertThat(r.savedAs()).isNotNull();
        assertThat(rows(r.savedAs())).as("the database as it was before the restore").hasSize(3);
        assertThat(r.upgradedFrom()).isNull();
    }

    @Test
    void aBackupIsOneCheckedFileAndNothingElseIsLeftInTheFolder() throws Exception {
        Path file = databaseWithABackup();
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("backup.lock")))
                    .containsExactly("zhaoshang-20261122-010000.db");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            var rs = s.executeQuery("PRAGMA journal_mode");
            rs.next();
            assertThat(rs.getString(1)).as("a backup needs no -wal beside it").isEqualTo("delete");
        }
    }

    @Test
    void keepsOnlyTheNewestBackups() {
        Database db = Database.open(url());
        Backup backup = new Backup(db, dir.resolve("backups"), 3, clock);
        for (int i = 0; i < 5; i++) {
            backup.run();
            clock.moveTo(clock.instant().plus(Duration.ofDays(1)));
        }
        assertThat(backup.list()).hasSize(3);
        assertThat(backup.list().get(0).getFileName().toString()).isEqualTo("zhaoshang-20261126-010000.db");
        db.close();
    }

    @Test
    void anEmptyFileIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        databaseWithABackup();
        Path empty = Files.createFile(dir.resolve("e.db"));
        assertThatThrownBy(() -> restore(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("备份文件是空的（0 字节）").hasMessageContaining("data/backups/");
        assertThat(rows(dir.resolve("bot.db"))).hasSize(2);
        assertThat(keptCopies()).as("nothing was replaced, so nothing needed keeping").isEmpty();
    }

    @Test
    void somethingThatIsNotADatabaseIsRefused() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a database");
        assertThatThrownBy(() -> restore(junk)).hasMessageContaining("不是数据库文件");
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        databaseWithABackup();
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("create table customers (id integer primary key, name text)");
            s.execute("insert into customers (name) values ('某公司')");
        }
        assertThatThrownBy(() -> restore(foreign)).hasMessageContaining("不是招商助手的数据库");
        assertThat(rows(dir.resolve("bot.db"))).hasSize(2);
    }

    @Test
    void aBackupInterruptedInTheMiddleIsRefusedNeverListedAndCleanedUp() throws Exception {
        Path good = databaseWithABackup();
        Path backups = dir.resolve("backups");
        // as a kill -9 during VACUUM INTO left it: the temporary name, and (before that name existed) a backup name
        // with its -journal beside it
        Path partial = backups.resolve("zhaoshang-20261123-010000.db.partial");
        Files.copy(good, partial);
        Files.writeString(backups.resolve("zhaoshang-20261123-010000.db.partial-journal"), "journal");
        Path oldStyle = backups.resolve("zhaoshang-20261124-010000.db");
        Files.copy(good, oldStyle);
        Files.writeString(backups.resolve("zhaoshang-20261124-010000.db-journal"), "journal");

        assertThatThrownBy(() -> restore(partial)).hasMessageContaining("没有写完");
        assertThatThrownBy(() -> restore(oldStyle)).hasMessageContaining("没有写完")
                .hasMessageContaining("zhaoshang-20261124-010000.db-journal");
        assertThat(rows(dir.resolve("bot.db"))).hasSize(2);

        Database db = Database.open(url());
        Backup backup = new Backup(db, backups, 3, clock);
        assertThat(backup.list()).as("only the complete backup counts").containsExactly(good);
        // the schedule goes by the newest complete backup: a day after it, the next one is due despite the newer
        // interrupted ones
        clock.moveTo(Instant.parse("2026-11-23T01:00:01Z"));
        assertThat(backup.runIfDue()).isPresent();
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("backup.lock")).sorted())
                    .containsExactly("zhaoshang-20261122-010000.db", "zhaoshang-20261123-010001.db");
        }
        assertThat(backup.runIfDue()).as("not due again the same day").isEmpty();
        db.close();
    }

    @Test
    void aDamagedBackupIsRefused() throws Exception {
        Database db = Database.open(url());
        for (int i = 0; i < 400; i++) insert(db, "m" + i, "走访 企业：第" + i + "家公司 " + "洽谈内容".repeat(20));
        Path file = new Backup(db, dir.resolve("backups"), 3, clock).run();
        db.close();
        Path damaged = dir.resolve("damaged.db");
        Files.copy(file, damaged);
        try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
            f.seek(f.length() / 2);
            f.write(new byte[8192]); // a run of zero pages in the middle of the table
        }
        assertThatThrownBy(() -> restore(damaged)).hasMessageContaining("已损坏");
        assertThat(rows(dir.resolve("bot.db"))).hasSize(400);
    }

    @Test
    void aBackupFromAnOlderVersionIsRefusedUnlessUpgradeIsAsked() throws Exception {
        databaseWithABackup();
        Path old = dir.resolve("old.db");
        Dialect.SQLITE.flyway().dataSource("jdbc:sqlite:" + old, null, null)
                .target("5").load().migrate();
        assertThatThrownBy(() -> restore(old)).hasMessageContaining("较早版本").hasMessageContaining("V5")
                .hasMessageContaining("--upgrade");
        assertThat(rows(dir.resolve("bot.db"))).hasSize(2);

        Restore.Restored r = Restore.restore(old, url(), true, clock);
        assertThat(r.upgradedFrom()).isEqualTo("5");
        assertThat(rows(dir.resolve("bot.db"))).isEmpty();
        assertThat(Files.size(old)).as("the backup itself is not changed").isPositive();
        assertThat(BackupFile.schema(old).older()).isTrue();
    }

    @Test
    void aBackupFromANewerVersionIsRefused() throws Exception {
        Path file = databaseWithABackup();
        Path newer = dir.resolve("newer.db");
        Files.copy(file, newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("""
                    insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, installed_on, execution_time, success)
                    select 99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, installed_by, installed_on, 1, 1
                    from flyway_schema_history where installed_rank = 1""");
            s.execute("PRAGMA journal_mode=DELETE");
        }
        assertThatThrownBy(() -> restore(newer)).hasMessageContaining("更新版本").hasMessageContaining("V99");
    }

    @Test
    void everyRestoreKeepsTheCurrentDatabaseUnderANewName() throws Exception {
        Path file = databaseWithABackup();
        Database db = Database.open(url());
        insert(db, "c", "第一次恢复前的消息");
        db.close();
        Path first = restore(file).savedAs();
        assertThat(rows(first)).hasSize(3);
        restore(file);
        restore(file);
        assertThat(keptCopies()).as("three restores, three kept databases").hasSize(3);
        assertThat(rows(first)).as("the first kept copy is not overwritten by later restores").hasSize(3);
    }

    /**
     * Restore after a crash: the last writes are still in {@code bot.db-wal}; the old restore copied only
     * {@code bot.db} and deleted the -wal, losing them. The kept copy now has them.
     */
    @Test
    void theLastWritesOfACrashedDatabaseAreInTheKeptCopy() throws Exception {
        Path file = databaseWithABackup();
        Database db = Database.open(url());
        insert(db, "c", "崩溃前最后写入的消息");
        Path crashed = Files.createDirectories(dir.resolve("crashed"));
        // the files as a killed process leaves them: the database and its unmerged -wal
        Files.copy(dir.resolve("bot.db"), crashed.resolve("bot.db"));
        Files.copy(dir.resolve("bot.db-wal"), crashed.resolve("bot.db-wal"));
        db.close();
        assertThat(Files.size(crashed.resolve("bot.db-wal"))).as("the last write is only in the -wal").isPositive();

        Restore.Restored r = Restore.restore(file, "jdbc:sqlite:" + crashed.resolve("bot.db"), false, clock);
        assertThat(rows(r.savedAs())).contains("c:崩溃前最后写入的消息").hasSize(3);
        assertThat(rows(crashed.resolve("bot.db"))).hasSize(2);
    }
}
