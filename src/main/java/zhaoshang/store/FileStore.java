package zhaoshang.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/**
 * Files the bot sends (xlsx, png): kept on disk under an unguessable token, served until they expire.
 */
public final class FileStore {

    /** A stored file. */
    public record StoredFile(String token, String fileName, Path path, long size, Instant expiresAt) { }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration ttl;

    public FileStore(Path dir, Jdbi jdbi, Clock clock, Duration ttl) {
        this.dir = dir;
        this.jdbi = jdbi;
        this.clock = clock;
        this.ttl = ttl;
    }

    public StoredFile save(String fileName, byte[] content) {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Path path = dir.resolve(token);
        try {
            Files.createDirectories(dir);
            Files.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file " + fileName, e);
        }
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        jdbi.useHandle(h -> {
            // inside a transaction (an answer being queued): a rollback takes the file away with its row
            h.afterRollback(() -> deleteQuietly(path));
            h.createUpdate("""
                            insert into stored_file (token, file_name, path, size, created_at, expires_at)
                            values (:token, :name, :path, :size, :created, :expires)""")
                    .bind("token", token).bind("name", fileName).bind("path", path.toString())
                    .bind("size", (long) content.length).bind("created", now.toString())
                    .bind("expires", expires.toString())
                    .execute();
        });
        return new StoredFile(token, fileName, path, content.length, expires);
    }

    /** The file behind a token, while it has not expired. */
    public Optional<StoredFile> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{16,64}")) return Optional.empty();
        Instant now = clock.instant();
        return jdbi.withHandle(h -> h.createQuery(
                        "select token, file_name, path, size, expires_at from stored_file where token = :token")
                .bind("token", token)
                .map((rs, ctx) -> new StoredFile(rs.getString(1), rs.getString(2), Path.of(rs.getString(3)),
                        rs.getLong(4), Instant.parse(rs.getString(5))))
                .findOne())
                .filter(f -> f.expiresAt().isAfter(now) && Files.isRegularFile(f.path()));
    }

    /** The bytes of a stored file (expired or not, as long as it is still on disk). */
    public Optional<byte[]> read(String token) {
        return jdbi.withHandle(h -> h.createQuery("select path from stored_file where token = :token")
                        .bind("token", token).mapTo(String.class).findOne())
                .map(Path::of)
                .filter(Files::isRegularFile)
                .map(p -> {
                    try {
                        return Files.readAllBytes(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Deletes expired files; returns how many. */
    public int purgeExpired() {
        String now = clock.instant().toString();
        List<String> paths = jdbi.withHandle(h -> h.createQuery("select path from stored_file where expires_at <= :now")
                .bind("now", now).mapTo(String.class).list());
        for (String p : paths) deleteQuietly(Path.of(p));
        return jdbi.withHandle(h -> h.createUpdate("delete from stored_file where expires_at <= :now")
                .bind("now", now).execute());
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // retried on the next purge
        }
    }
}
