package zhaoshang.ledger;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.jdbi.v3.core.Jdbi;

import zhaoshang.store.Database;
import zhaoshang.support.TestDatabase;

/** A real SQLite file in a temp folder, migrated, with a way to add inbox messages records can point to. */
record TestDb(Database database) {

    private static final AtomicLong MSG = new AtomicLong();

    static TestDb open(Path dir) {
        return new TestDb(Database.open(TestDatabase.url(dir)));
    }

    Jdbi jdbi() {
        return database.jdbi();
    }

    /** Stores an inbox message and returns its id. */
    long inbox() {
        return jdbi().withHandle(h -> h.createQuery("INSERT INTO inbox (platform, msg_id, conversation_id, sender_id,"
                        + " text, sent_at, received_at) VALUES ('local', :msgId, 'c1', 'm-wang', '走访', :at, :at) RETURNING id")
                .bind("msgId", "msg-" + MSG.incrementAndGet())
                .bind("at", "2026-11-20T02:00:00Z")
                .mapTo(Long.class)
                .one());
    }
}
