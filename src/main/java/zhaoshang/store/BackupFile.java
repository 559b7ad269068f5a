package zhaoshang.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * What makes a file a whole backup of this bot's database, checked before a backup is kept and before one is put
 * back: a regular, non-empty SQLite file that no interrupted write left half done, whose pages pass SQLite's own
 * check, and whose schema is this program's (by Flyway's history). Every refusal says in Chinese what is wrong and
 * what to do.
 */
final class BackupFile {

    /** Where a backup is written until it is complete and checked. */
    static final String PARTIAL = ".partial";
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> OUR_TABLES = List.of("inbox", "outbox", "visit", "ledger_history");
    private static final String PICK_ANOTHER = "请换一个备份文件（data/backups/ 下的 zhaoshang-YYYYMMDD-HHMMSS.db，越新越好）。";

    private BackupFile() { }

    /** The schema of a database file compared with this program's migrations. */
    record Schema(String version, String latest, boolean older, boolean newer) { }

    /**
     * A file as it lies on disk: present, regular, not empty, a SQLite file, and not left half written (a
     * {@code .partial} name, or a {@code -journal}/{@code -wal} beside it).
     *
     * @throws IllegalArgumentException with the reason
     */
    static void requireWhole(Path file) {
        if (!Files.exists(file)) throw new IllegalArgumentException("备份文件不存在：" + file);
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("不是一个文件：" + file);
        String name = file.getFileName().toString();
        if (name.endsWith(PARTIAL)) {
            throw new IllegalArgumentException("这是一个没有写完的备份（" + name + "：写入时被中断），不能用来恢复。"
                    + PICK_ANOTHER);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("读不了备份文件 " + file + "：" + e.getMessage(), e);
        }
        if (size == 0) {
            throw new IllegalArgumentException("备份文件是空的（0 字节），不是数据库备份：" + file + "。" + PICK_ANOTHER);
        }
        Path journal = sibling(file, "-journal");
        if (Files.exists(journal)) {
            throw new IllegalArgumentException("备份文件没有写完：旁边还有 " + journal.getFileName()
                    + "（写入时被中断留下的），不能用来恢复。" + PICK_ANOTHER);
        }
        Path wal = sibling(file, "-wal");
        if (Files.exists(wal)) {
            throw new IllegalArgumentException("备份文件旁边还有 " + wal.getFileName() + "（尚未合并进文件的写入），"
                    + "它像是一个正在使用或没有正常关闭的数据库，不是备份；直接恢复会丢掉这些写入。" + PICK_ANOTHER);
        }
        byte[] head = new byte[HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !Arrays.equals(head, HEADER)) {
                throw new IllegalArgumentException("不是数据库文件（开头不是 SQLite 格式）：" + file + "。" + PICK_ANOTHER);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("读不了备份文件 " + file + "：" + e.getMessage(), e);
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /**
     * SQLite's check of every page: {@code quick_check} (fast, O(N)) when writing a backup, {@code integrity_check}
     * (also indexes against tables) before restoring one.
     *
     * @throws IllegalArgumentException when the file is damaged
     */
    static void requireIntact(Path file, boolean thorough) {
        String pragma = thorough ? "integrity_check" : "quick_check";
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma + "(5)")) {
            while (rs.next()) problems.add(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalArgumentException("备份文件已损坏，打不开（" + e.getMessage() + "）：" + file + "。"
                    + PICK_ANOTHER, e);
        }
        if (!problems.equals(List.of("ok"))) {
            throw new IllegalArgumentException("备份文件已损坏（SQLite " + pragma + "：" + String.join("；", problems)
                    + "）：" + file + "。" + PICK_ANOTHER);
        }
    }

    /**
     * The file's schema against this program's migrations.
     *
     * @throws IllegalArgumentException when it is not this bot's database at all
     */
    static Schema schema(Path file) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name from sqlite_master where type = 'table'")) {
            while (rs.next()) tables.add(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalArgumentException("备份文件打不开（" + e.getMessage() + "）：" + file, e);
        }
        if (!tables.contains("flyway_schema_history")) {
            throw new IllegalArgumentException("不是招商助手的数据库：没有数据库版本记录（flyway_schema_history）：" + file
                    + "。" + PICK_ANOTHER);
        }
        List<String> missing = OUR_TABLES.stream().filter(t -> !tables.contains(t)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("不是招商助手的数据库：缺少表 " + String.join("、", missing) + "：" + file
                    + "。" + PICK_ANOTHER);
        }
        MigrationInfoService info;
        try {
            info = flyway(url).info();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("备份文件的数据库版本记录读不懂（" + e.getMessage() + "）：" + file + "。"
                    + PICK_ANOTHER, e);
        }
        MigrationInfo current = info.current();
        MigrationInfo[] all = info.all();
        String latest = all.length == 0 || all[all.length - 1].getVersion() == null ? "?"
                : all[all.length - 1].getVersion().toString();
        boolean newer = Arrays.stream(all).anyMatch(m -> m.getState().name().startsWith("FUTURE"));
        String version = current == null || current.getVersion() == null ? "0" : current.getVersion().toString();
        String ours = Arrays.stream(all).filter(m -> !m.getState().name().startsWith("FUTURE"))
                .reduce((a, b) -> b).map(m -> m.getVersion().toString()).orElse(latest);
        return new Schema(version, ours, info.pending().length > 0, newer);
    }

    /** Brings an older file up to this program's schema (the same migrations as at startup). */
    static void upgrade(Path file) {
        flyway("jdbc:sqlite:" + file.toAbsolutePath()).migrate();
    }

    private static Flyway flyway(String url) {
        return Dialect.SQLITE.flyway().dataSource(url, null, null).load();
    }
}
