package zhaoshang.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.SignClaim;
import zhaoshang.store.Claims;

/**
 * Every inbound message, stored before anything else happens. The same (platform, msgId) is stored once.
 *
 * <p>{@link #store} goes through one connection that the inbox keeps open, one write at a time. Two reasons, both
 * measured by {@code zhaoshang.bench.IngestBenchmark} (BENCHMARKS.md): opening a SQLite connection per insert
 * costs its own open and pragmas, and, worse, when that short-lived connection was the only one open, closing
 * it checkpointed the WAL into the database file and deleted it, with fsyncs, on every single callback at low
 * load. SQLite serialises writers anyway; a Java lock in front of one connection makes them wait in line instead
 * of in SQLite's busy handler, which sleeps in steps of up to 100 ms. Reads still open their own connection.
 *
 * <p>Writes that arrive while another is being written wait together and then commit together, in one transaction
 * (group commit, {@link #batched}): each caller still returns only once its own row is committed, but a burst of
 * callbacks needs SQLite's write lock once, not once each. The inbound worker holds that lock for whole messages;
 * without this, each callback had to find its own moment between two of them, and under overload callbacks waited
 * seconds (some past the platform's timeout) for their 200.
 */
public final class Inbox implements AutoCloseable {

    /** A stored inbound message. */
    public record Entry(long id, ChatMessage message, Instant receivedAt, String status) { }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };
    private static final java.time.Duration SIGN_PURGE_EVERY = java.time.Duration.ofMinutes(5);

    private final Jdbi jdbi;
    private final Claims claims;
    private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock();
    private Handle writer; // opened on the first write, guarded by writeLock
    private Instant nextSignPurge = Instant.MIN; // guarded by writeLock

    public Inbox(Jdbi jdbi) {
        this(jdbi, Claims.none());
    }

    /** An inbox whose messages this instance claims ({@code claims}) when it stores them or takes them over. */
    public Inbox(Jdbi jdbi, Claims claims) {
        this.jdbi = jdbi;
        this.claims = claims;
    }

    /** Thrown inside a unit of work when the message is no longer this instance's to handle: the unit rolls back. */
    public static final class ClaimLost extends RuntimeException {
        public ClaimLost(long id) {
            super("inbox " + id + " is handled elsewhere (its claim was taken over) or already handled", null, false, false);
        }
    }

    /** A write waiting for the kept-open connection: done by whichever caller writes the batch it is in. */
    private static final class Pending<T> {
        final HandleCallback<T, RuntimeException> work;
        T result;
        RuntimeException failure;
        /** Set once written (or failed), after result and failure; then its waiter is woken. */
        volatile boolean done;
        final Thread waiter = Thread.currentThread();

        void finish() {
            done = true;
            java.util.concurrent.locks.LockSupport.unpark(waiter);
        }

        Pending(HandleCallback<T, RuntimeException> work) {
            this.work = work;
        }
    }

    /** Writes waiting for the kept-open connection, in the order they came. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Pending<?>> pending =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** At most this many writes in one transaction. */
    static final int BATCH = 64;

    /**
     * Runs {@code work} on the kept-open connection, in one transaction with the writes of the other callers waiting
     * at the same time; returns once it is committed. Should the batch fail as a whole, each of its writes is tried
     * again on its own, so that one caller's failure is no one else's. {@code work} may therefore run twice: it must
     * not count on side effects of a first run.
     */
    private <T> T batched(HandleCallback<T, RuntimeException> work) {
        Pending<T> mine = new Pending<>(work);
        pending.add(mine);
        // The caller that gets the connection writes what waits; the others wait for their own write to be done,
        // each on its own latch (waiting for the lock itself, they would wake one after another, each needing the
        // CPU in turn before the next could: seconds for a few hundred callbacks on a busy machine).
        while (!mine.done) {
            if (writeLock.tryLock()) {
                try {
                    for (int batches = 0; batches < 4; batches++) { // its own, and a few more while it is here
                        List<Pending<?>> batch = new java.util.ArrayList<>();
                        Pending<?> p;
                        while (batch.size() < BATCH && (p = pending.poll()) != null) batch.add(p);
                        if (batch.isEmpty()) break;
                        writeBatch(batch);
                    }
                } finally {
                    writeLock.unlock();
                }
                // what came meanwhile: its caller writes next (its own try for the lock may have failed while this
                // one held it, and it is waiting to be woken)
                Pending<?> next = pending.peek();
                if (next != null) java.util.concurrent.locks.LockSupport.unpark(next.waiter);
            } else {
                // woken when its write is done, or to write next; the timeout is only a safety net
                java.util.concurrent.locks.LockSupport.parkNanos(this, 50_000_000L);
            }
        }
        if (mine.failure != null) throw mine.failure;
        return mine.result;
    }

    private void writeBatch(List<Pending<?>> batch) {
        if (batch.size() > 1) {
            try {
                write(h -> h.inTransaction(tx -> {
                    for (Pending<?> p : batch) run(p, tx);
                    return null;
                }));
                for (Pending<?> p : batch) p.finish();
                return;
            } catch (RuntimeException wholeBatch) {
                // nothing of it committed: each on its own below
            }
        }
        for (Pending<?> p : batch) {
            try {
                write(h -> h.inTransaction(tx -> { // a write of several statements (a sign and its message): all or none
                    run(p, tx);
                    return null;
                }));
            } catch (RuntimeException e) {
                p.failure = e;
            }
            p.finish();
        }
    }

    private static <T> void run(Pending<T> p, Handle h) {
        p.result = p.work.withHandle(h);
    }

    /** Runs a write on the kept-open connection; a failed connection is closed and opened again next time. */
    private <T> T write(HandleCallback<T, RuntimeException> work) {
        writeLock.lock();
        try {
            if (writer == null) writer = jdbi.open();
            try {
                return work.withHandle(writer);
            } catch (RuntimeException e) {
                closeWriter();
                throw e;
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void closeWriter() {
        if (kept != null) {
            kept.close();
            kept = null;
        }
        if (writer != null) {
            try {
                writer.close();
            } catch (RuntimeException ignored) {
                // already broken; a new one is opened on the next write
            }
            writer = null;
        }
    }

    /** Closes the kept-open write connection (shutdown). A later write opens a new one. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            closeWriter();
        } finally {
            writeLock.unlock();
        }
    }

    /** Stores the message; returns its id, or empty when this platform message id was stored before. */
    public Optional<Long> store(ChatMessage m, Instant receivedAt) {
        Received r = store(m, receivedAt, null);
        return r.stored() ? Optional.of(r.id()) : Optional.empty();
    }

    /** What {@link #store(ChatMessage, Instant, SignClaim)} did with a message. */
    public enum Outcome {
        /** Stored now (its id given). */
        STORED,
        /** Stored before (the same platform message id): not stored again. */
        SEEN_BEFORE,
        /** Its sign already carried another message: a replay, nothing stored. */
        REPLAYED
    }

    /** The outcome of storing a message, and its new inbox id when {@link Outcome#STORED} (else 0). */
    public record Received(Outcome outcome, long id) {
        public boolean stored() {
            return outcome == Outcome.STORED;
        }
    }

    /**
     * Stores a callback's message together with its sign's record ({@link SignClaim}; null for none) in one write, one
     * transaction shared with the other callers' writes of the moment: the sign is recorded as carrying this message,
     * and the message stored, only if the sign did not carry another message before ({@link Outcome#REPLAYED}: neither
     * is written). DingTalk redelivering a message with the same sign is {@link Outcome#SEEN_BEFORE}. Should the write
     * fail, neither the sign's record nor the message is stored. The sign's record is unique per (platform, sign) in
     * the database, so across instances sharing it too.
     */
    public Received store(ChatMessage m, Instant receivedAt, SignClaim sign) {
        String ctx = json(m.replyContext());
        String received = receivedAt.toString();
        String sentAt = m.sentAt().toString();
        return batched(h -> {
            if (sign != null && !recordSign(h, m.platform(), sign.sign(), m.msgId(), sign.expiresAt(), receivedAt)) {
                return new Received(Outcome.REPLAYED, 0);
            }
            try {
                PreparedStatement insert = kept(h).insertMessage;
                int i = 0;
                insert.setString(++i, text(m.platform()));
                insert.setString(++i, text(m.msgId()));
                insert.setString(++i, text(m.conversationId()));
                insert.setString(++i, text(m.senderId()));
                insert.setString(++i, text(m.senderName()));
                insert.setString(++i, text(m.text()));
                insert.setString(++i, sentAt);
                insert.setString(++i, received);
                insert.setString(++i, text(ctx));
                insert.setString(++i, claims.instance());
                insert.setLong(++i, claims.instance() == null ? 0L : claims.until());
                try (ResultSet rs = insert.executeQuery()) {
                    return rs.next() ? new Received(Outcome.STORED, rs.getLong(1)) : new Received(Outcome.SEEN_BEFORE, 0);
                }
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        });
    }

    /**
     * The two statements every callback runs (its sign's record, its message), prepared once on the kept-open
     * connection and used again (guarded by the write lock): a statement prepared, run through Jdbi's statement
     * machinery and closed for each callback cost most of the callback's CPU time in the web server's threads (JFR,
     * FullPathBenchmark: SQLite's prepare a fifth of the time in SQLite, Jdbi's binding, mapping and result iteration
     * most of the rest). Plain JDBC with bound parameters; text bound without NUL characters as
     * {@code store.Database} binds every string (PostgreSQL refuses them).
     */
    private static final class KeptStatements {
        final Connection connection;
        final PreparedStatement insertSign;
        final PreparedStatement insertMessage;

        KeptStatements(Connection c) throws SQLException {
            connection = c;
            insertSign = c.prepareStatement("""
                    insert into callback_sign (platform, sign, msg_id, expires_at) values (?, ?, ?, ?)
                    on conflict (platform, sign) do nothing returning msg_id""");
            insertMessage = c.prepareStatement("""
                    insert into inbox (platform, msg_id, conversation_id, sender_id, sender_name, text, sent_at,
                                       received_at, reply_context, claimed_by, claim_until)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (platform, msg_id) do nothing returning id""");
        }

        void close() {
            for (PreparedStatement s : new PreparedStatement[] {insertSign, insertMessage}) {
                try {
                    s.close();
                } catch (SQLException | RuntimeException ignored) {
                    // the connection is closing or gone
                }
            }
        }
    }

    private KeptStatements kept; // on the kept-open connection, guarded by writeLock

    private KeptStatements kept(Handle h) throws SQLException {
        Connection c = h.getConnection();
        if (kept == null || kept.connection != c) {
            if (kept != null) kept.close();
            kept = new KeptStatements(c);
        }
        return kept;
    }

    private static String text(String s) {
        return zhaoshang.store.Database.withoutNul(s);
    }

    /**
     * Records that a callback's {@code sign} carried {@code msgId} until {@code expiresAt} (see
     * {@code chat.dingtalk.CallbackSigns}); expired records are purged every few minutes as new ones come.
     *
     * @return true when the sign is new or carried this same message before; false when it carried another one
     */
    public boolean claimSign(String platform, String sign, String msgId, Instant expiresAt, Instant now) {
        return batched(h -> recordSign(h, platform, sign, msgId, expiresAt, now));
    }

    /** See {@link #claimSign}; on the kept-open connection, inside a batch's transaction. */
    private boolean recordSign(Handle h, String platform, String sign, String msgId, Instant expiresAt, Instant now) {
        if (now.isAfter(nextSignPurge)) {
            h.createUpdate("delete from callback_sign where expires_at < :now").bind("now", now.toEpochMilli()).execute();
            nextSignPurge = now.plus(SIGN_PURGE_EVERY);
        }
        try {
            PreparedStatement insert = kept(h).insertSign;
            insert.setString(1, text(platform));
            insert.setString(2, text(sign));
            insert.setString(3, text(msgId));
            insert.setLong(4, expiresAt.toEpochMilli());
            try (ResultSet rs = insert.executeQuery()) {
                if (rs.next()) return true;
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
        return h.createQuery("select msg_id from callback_sign where platform = :p and sign = :s")
                .bind("p", platform).bind("s", sign).mapTo(String.class).findOne().map(msgId::equals).orElse(false);
    }

    /** Marks a message handled; throws {@link ClaimLost} when it is not (any more) this instance's to handle. */
    public void markHandled(long id) {
        setStatus(id, "handled", null);
    }

    /**
     * Marks several messages handled in one statement (the inbound worker's group, at its end, in the group's
     * transaction); throws {@link ClaimLost} for the first one that is not (any more) this instance's to handle, and
     * then none of them is marked (the statement is undone with its write call).
     */
    public void markHandled(List<Long> ids) {
        if (ids.size() == 1) {
            markHandled(ids.get(0));
            return;
        }
        if (ids.isEmpty()) return;
        jdbi.useTransaction(h -> {
            List<Long> changed = h.createQuery("""
                            update inbox set status = 'handled', error = null, claimed_by = null, claim_until = 0
                            where id in (<ids>) and\s""" + STILL_MINE + " returning id")
                    .bindList("ids", ids).bind("me", claims.instance()).mapTo(Long.class).list();
            if (changed.size() != ids.size()) {
                java.util.Set<Long> done = new java.util.HashSet<>(changed);
                throw new ClaimLost(ids.stream().filter(id -> !done.contains(id)).findFirst().orElse(ids.get(0)));
            }
        });
    }

    /** Marks a message failed; throws {@link ClaimLost} when it is not (any more) this instance's to handle. */
    public void markFailed(long id, String error) {
        setStatus(id, "failed", error);
    }

    /** A message this instance may still end: waiting, and claimed by no one or by this instance. */
    private static final String STILL_MINE = "status = 'received' and (claimed_by is null or claimed_by = :me)";

    /**
     * Through the thread's handle, not the kept-open one: inside the pipeline's unit of work the status commits with
     * the message's records and answers (and the kept-open connection would wait for that unit's write lock).
     * Only a message still waiting and still claimed by this instance (or by nobody) changes: one whose claim another
     * instance took over (this one was thought dead) or that was handled meanwhile is not handled twice — the unit
     * rolls back.
     */
    private void setStatus(long id, String status, String error) {
        int changed = jdbi.inTransaction(h -> h.createUpdate("""
                        update inbox set status = :status, error = :error, claimed_by = null, claim_until = 0
                        where id = :id and\s""" + STILL_MINE)
                .bind("status", status).bind("error", error).bind("id", id).bind("me", claims.instance()).execute());
        if (changed == 0) throw new ClaimLost(id);
    }

    /**
     * At startup: the messages left waiting by this instance's previous run (same name), by no one, or by an instance
     * whose claim ran out, claimed for this instance, oldest first. On SQLite (one instance only) every waiting message.
     */
    public List<Entry> claimLeftovers() {
        return claim(claims.shared() ? "(claimed_by is null or claimed_by = :me or claim_until < :now)" : null);
    }

    /**
     * The messages of instances that died (their claims ran out), claimed for this one, oldest first (several
     * instances: each message goes to one of them). Only where several instances may run.
     */
    public List<Entry> takeOver() {
        if (!claims.shared()) return List.of();
        return claim("(claimed_by is null or claimed_by <> :me) and claim_until < :now");
    }

    private List<Entry> claim(String which) {
        String sql = which != null ? """
                update inbox set claimed_by = :me, claim_until = :until
                where id in (select id from inbox where status = 'received' and %s order by id limit 1000
                             for update skip locked)
                returning *""".formatted(which)
                : "update inbox set claimed_by = :me, claim_until = :until where status = 'received' returning *";
        long now = claims.now();
        List<Entry> taken = new java.util.ArrayList<>(jdbi.inTransaction(h -> h.createQuery(sql)
                .bind("me", claims.instance()).bind("until", now + claims.lease().toMillis()).bind("now", now)
                .map((rs, ctx) -> entry(rs)).list()));
        taken.sort(java.util.Comparator.comparingLong(Entry::id));
        return taken;
    }

    /**
     * Renews this instance's claims on the messages it has not handled yet (it lives). Returns how many.
     *
     * <p>Where several instances share the database (PostgreSQL) a message the worker is handling right now is locked
     * by the worker's transaction until it commits, and is skipped, not waited for: the worker marks a group of
     * messages handled one after the other in one transaction, and a renewal that had locked a later one while
     * waiting for an earlier one deadlocked with it — PostgreSQL then aborted one side, sometimes the worker's, and
     * that message ended 'failed'. A skipped message is the worker's while it holds the lock; the next renewal (a
     * quarter of the lease later) renews it if it is still waiting.
     */
    public int renewClaims() {
        if (claims.instance() == null) return 0;
        String sql = claims.shared() ? """
                update inbox set claim_until = :until
                where id in (select id from inbox where claimed_by = :me and status = 'received' for update skip locked)"""
                : "update inbox set claim_until = :until where claimed_by = :me and status = 'received'";
        return jdbi.withHandle(h -> h.createUpdate(sql)
                .bind("until", claims.until()).bind("me", claims.instance()).execute());
    }

    /** Gives up this instance's claims on messages not handled (stopping): another instance may take them at once. */
    public void releaseClaims() {
        if (claims.instance() == null) return;
        jdbi.useHandle(h -> h.createUpdate(
                        "update inbox set claim_until = 0 where claimed_by = :me and status = 'received'")
                .bind("me", claims.instance()).execute());
    }

    public Optional<Entry> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from inbox where id = :id").bind("id", id)
                .map((rs, ctx) -> entry(rs)).findOne());
    }

    /** Messages stored but never handled (the bot stopped in between): handled again at startup. */
    public List<Entry> unhandled() {
        return jdbi.withHandle(h -> h.createQuery("select * from inbox where status = 'received' order by id")
                .map((rs, ctx) -> entry(rs)).list());
    }

    /** The last {@code limit} messages of a conversation, oldest first. */
    public List<Entry> conversation(String platform, String conversationId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from (select * from inbox where platform = :p and conversation_id = :c
                                       order by id desc limit :limit) as recent order by id""")
                .bind("p", platform).bind("c", conversationId).bind("limit", limit)
                .map((rs, ctx) -> entry(rs)).list());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from inbox").mapTo(Long.class).one());
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, String> ctx;
        try {
            ctx = JSON.readValue(rs.getString("reply_context"), MAP);
        } catch (JsonProcessingException e) {
            ctx = Map.of();
        }
        ChatMessage m = new ChatMessage(rs.getString("platform"), rs.getString("msg_id"), rs.getString("conversation_id"),
                rs.getString("sender_id"), rs.getString("sender_name"), rs.getString("text"),
                Instant.parse(rs.getString("sent_at")), ctx);
        return new Entry(rs.getLong("id"), m, Instant.parse(rs.getString("received_at")), rs.getString("status"));
    }

    static String json(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
