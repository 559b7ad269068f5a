package zhaoshang.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The running bot's claim on its database file: an operating-system lock on {@code <database>.lock}, held while
 * the bot runs and released by the system when the process ends, however it ends (kill -9 included). Restore takes
 * it too, so that it never replaces the file under a running bot; a second bot on the same file is refused.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file beside a database file. */
    public static Path fileOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    /** Takes the lock of {@code database}; empty when another process (or this one) holds it. */
    public static Optional<InstanceLock> tryAcquire(Path database) {
        Path file = fileOf(database.toAbsolutePath());
        FileChannel channel = null;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new InstanceLock(channel, lock));
        } catch (OverlappingFileLockException heldByThisProcess) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing held
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel's close releases it too
        }
        closeQuietly(channel);
    }
}
