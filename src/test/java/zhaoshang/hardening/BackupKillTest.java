package zhaoshang.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.local.SimulatorClock;
import zhaoshang.store.Backup;
import zhaoshang.store.Database;
import zhaoshang.store.Restore;

/**
 * Issue 10 §3: a {@code kill -9} during a backup left a partial file that restore accepted and that counted as the
 * newest backup, so no backup was taken for 24 hours. Here {@code java … zhaoshang.App backup} runs as its own JVM on
 * a 300 MB database (so that {@code VACUUM INTO} takes long enough to be caught in the middle) and gets SIGKILL while
 * its file grows. What it leaves is not a backup: not listed, refused by restore, not counted by the schedule, and
 * removed by the next backup, which is complete and restores.
 */
class BackupKillTest {

    @TempDir
    Path dir;
    Process backup;

    @AfterEach
    void stop() {
        if (backup != null) backup.destroyForcibly();
    }

    @Test
    void aBackupKilledInTheMiddleLeavesNothingThatCountsAsABackup() throws Exception {
        Path dbFile = dir.resolve("bot.db");
        String url = "jdbc:sqlite:" + dbFile;
        Database db = Database.open(url);
        db.jdbi().useHandle(h -> {
            h.execute("create table filler (b blob)");
            h.execute("""
                    with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000)
                    insert into filler select randomblob(100000) from n""");
            h.execute("""
                    insert into inbox (platform, msg_id, conversation_id, sender_id, text, sent_at, received_at)
                    values ('local', 'm1', 'c', 's', '走访 企业：甲公司', '2026-11-22T00:00:00Z', '2026-11-22T00:00:00Z')""");
        });
        db.close();
        Path backups = dir.resolve("backups");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "zhaoshang.App", "backup");
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("BOT_"));
        env.put("BOT_DB_URL", url);
        env.put("BOT_CONFIG_DIR", Path.of("bot-config").toAbsolutePath().toString());
        pb.directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("backup.log").toFile());
        backup = pb.start();
        Path partial = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partial == null && System.nanoTime() < deadline && backup.isAlive()) {
            partial = growing(backups);
            if (partial == null) Thread.sleep(2);
        }
        assertThat(partial).as("caught the backup while it was being written:\n%s",
                Files.exists(dir.resolve("backup.log")) ? Files.readString(dir.resolve("backup.log")) : "").isNotNull();
        backup.destroyForcibly();
        assertThat(backup.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(partial).as("the kill left a partial file").exists();

        SimulatorClock clock = new SimulatorClock(Clock.fixed(Instant.now(), ZoneOffset.UTC));
        db = Database.open(url);
        try {
            Backup scheduled = new Backup(db, backups, 14, clock);
            assertThat(scheduled.list()).as("an interrupted backup is not a backup").isEmpty();
            Path left = partial;
            assertThatThrownBy(() -> Restore.restore(left, "jdbc:sqlite:" + dir.resolve("other.db"), false, clock))
                    .hasMessageContaining("没有写完");

            assertThat(scheduled.runIfDue()).as("the schedule does not count it: a backup is due now").isPresent();
            assertThat(names(backups)).as("the next backup removed what the kill left")
                    .noneMatch(n -> n.contains("partial") || n.endsWith("-journal"))
                    .singleElement().asString().matches("zhaoshang-\\d{8}-\\d{6}\\.db");
        } finally {
            db.close();
        }
        Restore.Restored r = Restore.restore(new Backup(null, backups, 14, clock).list().get(0), url, false, clock);
        assertThat(r.savedAs()).exists();
        Database restored = Database.open(url);
        try {
            int rows = restored.jdbi().withHandle(h -> h.createQuery("select count(*) from filler")
                    .mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(3000);
        } finally {
            restored.close();
        }
    }

    /** A backup file being written (a few MB in), or null. */
    private static Path growing(Path backups) throws Exception {
        if (!Files.isDirectory(backups)) return null;
        try (Stream<Path> files = Files.list(backups)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".db.partial") && Files.size(p) > 4_000_000) return p;
            }
        }
        return null;
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("backup.lock")).toList();
        }
    }
}
