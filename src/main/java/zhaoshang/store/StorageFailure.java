package zhaoshang.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Optional;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A failure of the storage under the bot (a full disk, an I/O error, a read-only or vanished database file), as
 * opposed to a bug or a refused request: nothing was written, and trying again later may work.
 *
 * @param reason what went wrong, in Chinese, for the member's answer, the log and /healthz
 * @param code   the SQLite result code name, PostgreSQL's SQLSTATE, or the I/O exception's class
 */
public record StorageFailure(String reason, String code) {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    /** The storage failure somewhere in {@code e}'s causes, or empty when {@code e} is something else. */
    public static Optional<StorageFailure> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<StorageFailure> f = one(t);
            if (f.isPresent()) return f;
            for (Throwable s : t.getSuppressed()) {
                Optional<StorageFailure> g = one(s);
                if (g.isPresent()) return g;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code e} is the database undoing a transaction for a reason of the moment, so that the same work
     * tried again will likely succeed: PostgreSQL's serialization failure (40001) and deadlock (40P01), SQLite's
     * busy or locked database (after its own busy timeout).
     */
    public static boolean passingConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s) {
                int base = s.getResultCode() == null ? -1 : s.getResultCode().code & 0xff;
                if (base == SQLITE_BUSY || base == SQLITE_LOCKED) return true;
            } else if (t instanceof java.sql.SQLException s && s.getSQLState() != null) {
                if (s.getSQLState().equals("40001") || s.getSQLState().equals("40P01")) return true;
            }
        }
        return false;
    }

    private static Optional<StorageFailure> one(Throwable t) {
        if (t instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            int base = code == null ? -1 : code.code & 0xff;
            String name = code == null ? "SQLITE_ERROR" : code.name();
            return switch (base) {
                case SQLITE_FULL -> Optional.of(new StorageFailure("存储空间已满（磁盘满或数据库达到上限）", name));
                case SQLITE_IOERR -> Optional.of(new StorageFailure("磁盘读写出错", name));
                case SQLITE_READONLY -> Optional.of(new StorageFailure("数据库文件只读，无法写入", name));
                case SQLITE_CANTOPEN -> Optional.of(new StorageFailure("无法打开数据库文件", name));
                case SQLITE_CORRUPT, SQLITE_NOTADB -> Optional.of(new StorageFailure("数据库文件损坏", name));
                default -> Optional.empty();
            };
        }
        if (t instanceof java.sql.SQLException s && !(t instanceof SQLiteException) && s.getSQLState() != null) {
            // PostgreSQL: class 53 insufficient resources (53100 disk full), class 08 the connection is gone,
            // 57P01–57P03 the server shuts down or cannot take connections now
            String state = s.getSQLState();
            if (state.equals("53100")) return Optional.of(new StorageFailure("数据库服务器存储空间已满", state));
            if (state.startsWith("53")) return Optional.of(new StorageFailure("数据库服务器资源不足", state));
            if (state.startsWith("08") || state.startsWith("57P")) {
                return Optional.of(new StorageFailure("数据库服务器连接中断", state));
            }
        }
        if (t instanceof java.sql.SQLTransientConnectionException) {
            return Optional.of(new StorageFailure("数据库服务器连接不上", t.getClass().getSimpleName()));
        }
        if (t instanceof IOException && full(t.getMessage())) {
            return Optional.of(new StorageFailure("存储空间已满（磁盘满）", t.getClass().getSimpleName()));
        }
        if (t instanceof FileSystemException) {
            return Optional.of(new StorageFailure("文件无法写入", t.getClass().getSimpleName()));
        }
        return Optional.empty();
    }

    private static boolean full(String m) {
        return m != null && (m.contains("No space left") || m.contains("Disk quota exceeded"));
    }
}
