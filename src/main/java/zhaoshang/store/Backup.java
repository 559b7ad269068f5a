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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the SQLite database with {@code VACUUM INTO} (a consistent copy while the bot runs) into a
 * folder, keeping the newest {@code keep} files; and restore of a backup file over the database (bot stopped).
 */
public final class Backup {

    private static final Logger LOG = LoggerFactory.getLogger(Backup.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'zhaoshang-'yyyyMMdd-HHmmss'.db'");

    private final Database database;
    private final Path dir;
    private final int keep;
    private final Clock clock;

    public Backup(Database database, Path dir, int keep, Clock clock) {
        this.database = database;
        this.dir = dir;
        this.keep = keep;
        this.clock = clock;
    }

    /** Writes a new backup and prunes old ones; returns the new file. */
    public Path run() {
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(NAME.format(clock.instant().atZone(ZoneId.of("UTC"))));
            Files.deleteIfExists(target);
            database.jdbi().useHandle(h -> h.execute("VACUUM INTO ?", target.toAbsolutePath().toString()));
            prune();
            LOG.info("database backup written: {}", target);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        }
    }

    /** The backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("zhaoshang-\\d{8}-\\d{6}\\.db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void prune() throws IOException {
        List<Path> all = list();
        for (int i = keep; i < all.size(); i++) Files.deleteIfExists(all.get(i));
    }

    /**
     * Replaces the database file behind {@code jdbcUrl} with {@code backupFile} (checked first with
     * {@code PRAGMA integrity_check}). The bot must be stopped. The current file is kept beside it as *.before-restore.
     */
    public static Path restore(Path backupFile, String jdbcUrl) {
        if (!Files.isRegularFile(backupFile)) throw new IllegalArgumentException("备份文件不存在：" + backupFile);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backupFile.toAbsolutePath());
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("PRAGMA integrity_check");
            if (!rs.next() || !"ok".equals(rs.getString(1))) {
                throw new IllegalArgumentException("备份文件已损坏，未恢复：" + backupFile);
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("不是有效的数据库备份：" + backupFile + "（" + e.getMessage() + "）", e);
        }
        Path db = Path.of(Database.fileOf(jdbcUrl));
        try {
            if (Files.exists(db)) {
                Files.copy(db, db.resolveSibling(db.getFileName() + ".before-restore"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
            if (db.toAbsolutePath().getParent() != null) Files.createDirectories(db.toAbsolutePath().getParent());
            Files.copy(backupFile, db, StandardCopyOption.REPLACE_EXISTING);
            return db;
        } catch (IOException e) {
            throw new IllegalStateException("恢复失败：" + e.getMessage(), e);
        }
    }
}
