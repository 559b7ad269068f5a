package zhaoshang.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the SQLite database with {@code VACUUM INTO} (a consistent copy while the bot runs) into a
 * folder, keeping the newest {@code keep} complete backups.
 *
 * <p>A backup is written under a temporary name ({@code zhaoshang-….db.partial}), checked with SQLite's
 * {@code quick_check}, flushed to disk and only then renamed to its final name, so a backup interrupted by a crash,
 * a kill or a full disk never looks like a backup: it is never listed, never counts as the newest backup for the
 * schedule, and restore refuses it. What such an interruption leaves behind is removed by the next backup. One
 * backup at a time per folder (a lock file), so two processes never remove each other's work.
 */
public final class Backup {

    private static final Logger LOG = LoggerFactory.getLogger(Backup.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'zhaoshang-'yyyyMMdd-HHmmss'.db'");
    private static final Pattern COMPLETE = Pattern.compile("zhaoshang-\\d{8}-\\d{6}\\.db");
    /** How old the newest complete backup may get before the schedule writes another. */
    public static final Duration EVERY = Duration.ofHours(24);

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

    /** Writes a new backup, checked and complete, and prunes old ones; returns the new file. */
    public Path run() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("备份失败：无法创建备份文件夹 " + dir + "：" + e.getMessage(), e);
        }
        try (InstanceLock one = InstanceLock.tryAcquire(dir.resolve("backup")).orElseThrow(() ->
                new IllegalStateException("另一个备份正在进行（" + dir + "），请稍后再试"))) {
            removeLeftovers();
            Path target = dir.resolve(NAME.format(clock.instant().atZone(ZoneOffset.UTC)));
            Path partial = BackupFile.sibling(target, BackupFile.PARTIAL);
            try {
                deleteWithCompanions(partial);
                database.jdbi().useHandle(h -> h.execute("VACUUM INTO ?", partial.toAbsolutePath().toString()));
                singleFile(partial);
                BackupFile.requireIntact(partial, false);
                force(partial);
                move(partial, target);
            } catch (RuntimeException | IOException e) {
                deleteWithCompanions(partial);
                String why = StorageFailure.of(e).map(StorageFailure::reason).orElse(e.getMessage());
                throw new IllegalStateException("备份失败（" + why + "），没有留下不完整的备份文件", e);
            }
            prune();
            LOG.info("database backup written: {}", target);
            return target;
        }
    }

    /** A backup when there is none yet or the newest complete one is {@link #EVERY} old (by the bot's clock). */
    public Optional<Path> runIfDue() {
        List<Path> complete = list();
        if (!complete.isEmpty() && takenAt(complete.get(0)).isAfter(clock.instant().minus(EVERY))) {
            return Optional.empty();
        }
        return Optional.of(run());
    }

    /** When a backup was taken, from its name. */
    static Instant takenAt(Path backup) {
        return LocalDateTime.parse(backup.getFileName().toString(), NAME).toInstant(ZoneOffset.UTC);
    }

    /** The complete backups, newest first: named as a backup, and nothing beside them left by an interrupted write. */
    public List<Path> list() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> COMPLETE.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !Files.exists(BackupFile.sibling(p, "-journal")) && !Files.exists(BackupFile.sibling(p, "-wal")))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void prune() {
        List<Path> all = list();
        for (int i = keep; i < all.size(); i++) deleteWithCompanions(all.get(i));
    }

    /**
     * Removes what interrupted backups left: {@code *.partial} files and their journals, and (from versions before
     * the temporary name) a backup-named file with a {@code -journal} beside it.
     */
    private void removeLeftovers() {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                boolean partial = name.contains(BackupFile.PARTIAL);
                boolean oldStyle = COMPLETE.matcher(name).matches() && Files.exists(BackupFile.sibling(p, "-journal"));
                boolean orphanJournal = name.endsWith("-journal") && COMPLETE.matcher(name.substring(0,
                        name.length() - "-journal".length())).matches();
                if (partial || oldStyle || orphanJournal) {
                    Files.deleteIfExists(p);
                    LOG.warn("removed an incomplete backup left by an interrupted backup: {}", p);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot clean up incomplete backups in {}: {}", dir, e.toString());
        }
    }

    /** VACUUM INTO keeps the source's journal mode; a backup is one file, so it leaves WAL mode. */
    private static void singleFile(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            throw new IllegalStateException("备份文件打不开：" + e.getMessage(), e);
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Renames atomically where the file system can, then flushes the folder so the rename survives a crash. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel folder = FileChannel.open(to.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException notSupported) {
            // some file systems cannot flush a folder; the rename itself is done
        }
    }

    static void deleteWithCompanions(Path file) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(BackupFile.sibling(file, suffix));
            } catch (IOException ignored) {
                // removed by the next backup's clean-up
            }
        }
    }
}
