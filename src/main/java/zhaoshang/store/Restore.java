package zhaoshang.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * Puts a backup back in place of the bot's database, with the bot stopped.
 *
 * <ol>
 *   <li>Refuses while the bot runs (it holds the database's {@link InstanceLock}).</li>
 *   <li>Refuses a file that is not a whole backup of this bot: missing, empty, interrupted, not SQLite, damaged
 *       ({@code integrity_check}), another program's database, or from a newer version of this program. A backup
 *       from an older version is refused too unless the operator asks for it to be upgraded.</li>
 *   <li>All checks run on a copy beside the database; the database is untouched until the copy has passed.</li>
 *   <li>The current database is kept first: its {@code -wal} (the last writes, after a crash) is checkpointed into
 *       it, and it is copied to a new name, {@code <database>.before-restore-yyyyMMdd-HHmmss}, never overwriting an
 *       earlier one.</li>
 *   <li>The checked copy then replaces the database by a rename.</li>
 * </ol>
 */
public final class Restore {

    /** What a restore did: the database restored, where the previous one was kept (null if there was none). */
    public record Restored(Path database, Path savedAs, String upgradedFrom) { }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Restore() { }

    /**
     * @param upgrade whether a backup from an older version of the program may be upgraded to this one
     * @throws IllegalArgumentException the file is not a usable backup (message in Chinese)
     * @throws IllegalStateException    the bot is running, or the files could not be written (message in Chinese)
     */
    public static Restored restore(Path backupFile, String jdbcUrl, boolean upgrade, Clock clock) {
        Path db = Path.of(Database.fileOf(jdbcUrl)).toAbsolutePath();
        try (InstanceLock running = InstanceLock.tryAcquire(db).orElseThrow(() -> new IllegalStateException(
                "招商助手正在运行，正在使用数据库 " + db + "，未恢复。请先停止机器人，再运行 restore。"))) {
            BackupFile.requireWhole(backupFile);
            if (Files.exists(db) && isSameFile(backupFile, db)) {
                throw new IllegalArgumentException("要恢复的文件就是当前数据库本身（" + db + "），未恢复。"
                        + "请选 data/backups/ 下的备份文件。");
            }
            Path copy = BackupFile.sibling(db, ".restoring");
            try {
                Files.createDirectories(db.getParent());
                Backup.deleteWithCompanions(copy);
                Files.copy(backupFile, copy, StandardCopyOption.REPLACE_EXISTING);
                BackupFile.requireIntact(copy, true);
                String upgradedFrom = checkSchema(backupFile, copy, upgrade);
                Backup.force(copy);
                Path saved = keepCurrent(db, clock);
                Files.deleteIfExists(BackupFile.sibling(db, "-wal"));
                Files.deleteIfExists(BackupFile.sibling(db, "-shm"));
                Backup.move(copy, db);
                return new Restored(db, saved, upgradedFrom);
            } catch (IOException e) {
                throw new IllegalStateException("恢复失败（" + StorageFailure.of(e).map(StorageFailure::reason)
                        .orElse(e.getMessage()) + "），当前数据库没有被替换", e);
            } finally {
                Backup.deleteWithCompanions(copy);
            }
        }
    }

    /** The version the copy was upgraded from, or null when it was this program's already. */
    private static String checkSchema(Path backupFile, Path copy, boolean upgrade) {
        BackupFile.Schema schema = BackupFile.schema(copy);
        if (schema.newer()) {
            throw new IllegalArgumentException("这个备份来自更新版本的招商助手（数据库版本 V" + schema.version()
                    + "，本程序只到 V" + schema.latest() + "），未恢复。请用与备份同样新或更新的版本恢复。");
        }
        if (!schema.older()) return null;
        if (!upgrade) {
            throw new IllegalArgumentException("这个备份来自较早版本的招商助手（数据库版本 V" + schema.version()
                    + "，本程序为 V" + schema.latest() + "），未恢复。确认要用它，请加 --upgrade 重新运行，恢复时会把它升级到 V"
                    + schema.latest() + "：java -jar zhaoshang-bot.jar restore " + backupFile + " --upgrade");
        }
        BackupFile.upgrade(copy);
        return schema.version();
    }

    /**
     * Copies the current database to a new name after folding its {@code -wal} into it; null when there is no
     * database yet. A database SQLite cannot open is kept as it is, with its {@code -wal} beside the copy.
     */
    private static Path keepCurrent(Path db, Clock clock) throws IOException {
        Path wal = BackupFile.sibling(db, "-wal");
        if (!Files.exists(db) && !Files.exists(wal)) return null;
        if (Files.exists(db)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException damaged) {
                // kept as it is below, -wal included
            }
        }
        String base = db.getFileName() + ".before-restore-" + STAMP.format(clock.instant().atZone(clock.getZone()));
        Path saved = db.resolveSibling(base);
        for (int n = 2; Files.exists(saved) || Files.exists(BackupFile.sibling(saved, "-wal")); n++) {
            saved = db.resolveSibling(base + "-" + n);
        }
        if (Files.exists(db)) Files.copy(db, saved);
        else Files.createFile(saved);
        if (Files.exists(wal) && Files.size(wal) > 0) Files.copy(wal, BackupFile.sibling(saved, "-wal"));
        Backup.force(saved);
        return saved;
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
