package zhaoshang.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import zhaoshang.chat.Mention;
import zhaoshang.chat.Reply;
import zhaoshang.chat.ReplyJson;
import zhaoshang.store.Claims;
import zhaoshang.store.FileStore;
import zhaoshang.store.KeptHandles;

/**
 * Every outbound message, persisted before it is sent. Replies and scheduled pushes both come here;
 * {@link OutboxSender} delivers them.
 */
public final class Outbox {

    /**
     * A persisted outbound message.
     *
     * @param text      the message as plain text (files: the file name), for logs and searches
     * @param message   the message as built, for TEXT rows (read back from the stored content); null for files
     * @param unitsSent how much of a split message is delivered
     * @param routes    routes this message used
     * @param warning   what went less well than asked (people named but not notified…), else null
     */
    public record Entry(long id, String platform, String conversationId, Long inboxId, String dedupeKey,
                        Reply.Type type, String text, String title, String fileName, String fileToken,
                        Reply message, Map<String, String> replyContext, String status, int attempts,
                        Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt, int unitsSent,
                        List<String> routes, String warning) {

        /** Member ids of the people the message names. */
        public List<String> mentions() {
            return message == null ? List.of() : message.mentions().stream().map(Mention::memberId)
                    .filter(java.util.Objects::nonNull).toList();
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private final Jdbi jdbi;
    private final FileStore files;
    private final Clock clock;
    private final Claims claims;
    /** The sending threads' "sent" writes, committed together. */
    private final BatchedWrites sentWrites;

    public Outbox(Jdbi jdbi, FileStore files, Clock clock) {
        this(jdbi, files, clock, Claims.none());
    }

    /** An outbox whose messages this instance claims ({@code claims}) while it sends them. */
    public Outbox(Jdbi jdbi, FileStore files, Clock clock, Claims claims) {
        this.jdbi = jdbi;
        this.files = files;
        this.clock = clock;
        this.claims = claims;
        this.handles = new KeptHandles(jdbi);
        this.sentWrites = new BatchedWrites(handles);
    }

    /** The sender's threads' handles, kept open with their prepared statements between calls (SQLite). */
    private final KeptHandles handles;

    KeptHandles handles() {
        return handles;
    }

    /**
     * A message claimed for sending: the row as it is now, and the send time of the {@code window}-th most recent
     * message sent to its conversation (empty when fewer were sent), for the rate limit.
     */
    record Claimed(Entry entry, Optional<Instant> windowStart) {
    }

    /**
     * Claims a due message for sending (several instances on one database): the row when no other live instance holds
     * it and it is still waiting, else empty. The sender only ever tries a conversation's oldest waiting message, so at
     * most one message per conversation is in flight across instances, and the next waits until it is marked sent,
     * failed or deferred (each of which ends the claim). With one instance only (SQLite) there is nothing to claim,
     * only a look that the message still waits (the sender may have read it a moment ago; a voided reminder is not
     * sent). One statement, which also reads the row (the sender's pass reads only which messages are due) and the
     * send time of the conversation's {@code window}-th latest sent message (the 20-a-minute limit).
     */
    Optional<Claimed> claim(Due due, int window) {
        String windowStart = """
                (select s.sent_at from outbox s where s.platform = :p and s.conversation_id = :c and s.status = 'sent'
                 order by s.sent_at desc limit 1 offset :off) as window_start""";
        if (!claims.shared() && due.read() != null && due.window() == window && changes.get() == due.changesAt()) {
            // read by the pass, and nothing but this sender's own attempts has changed the outbox since (see changes)
            built.take(due.id());
            return Optional.of(due.read());
        }
        if (!claims.shared()) {
            return handles.with(h -> h.createQuery("select o.*, " + windowStart
                            + " from outbox o where o.id = :id and o.status = 'pending'")
                    .bind("id", due.id()).bind("p", due.platform()).bind("c", due.conversationId())
                    .bind("off", Math.max(0, window - 1)).map((rs, c) -> claimed(rs, built)).findOne());
        }
        long now = claims.now();
        return jdbi.withHandle(h -> h.createQuery("""
                        update outbox set claimed_by = :me, claim_until = :until
                        where id = :id and status = 'pending'
                          and (claimed_by is null or claimed_by = :me or claim_until < :now)
                        returning *, """ + windowStart)
                .bind("me", claims.instance()).bind("until", now + claims.lease().toMillis()).bind("now", now)
                .bind("id", due.id()).bind("p", due.platform()).bind("c", due.conversationId())
                .bind("off", Math.max(0, window - 1)).map((rs, c) -> claimed(rs, built)).findOne());
    }

    private static Claimed claimed(java.sql.ResultSet rs, Built.Kept built) throws java.sql.SQLException {
        return claimed(rs, entry(rs, built));
    }

    private static Claimed claimed(java.sql.ResultSet rs, Entry e) throws java.sql.SQLException {
        String start = rs.getString("window_start");
        return new Claimed(e, Optional.ofNullable(start).map(InstantText::parse));
    }

    /**
     * Counts the changes to the outbox that a pass's read cannot see coming: a reminder voided ({@link
     * #releaseDedupeKeys}), a message tried outside the background sender ({@link OutboxSender#drainOnce}). Each
     * counts before its change is committed (the count is read before a pass reads the outbox), so a row read by a
     * pass is sent as read only when the count is the same at its turn; else it is claimed by reading it again.
     * The background sender's own attempts need no count: a conversation's head is in one pass's read at most, and it
     * leaves that read when it is tried.
     */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    /** See {@link #changes}: a change outside the background sender's attempts is about to be made. */
    void changed() {
        changes.incrementAndGet();
    }

    /**
     * A text message as this process queued it: its stored content and reply context, and the message and context they
     * were written from. When the sender claims the message, the row's content and context are compared with these
     * and, when the same, the message as built is used instead of parsing them back (Jackson: a third of the claim's
     * CPU); a row with other content under the same id (SQLite gives an undone insert's id again) is parsed as before.
     * {@link ReplyJson} reads back what it writes (RenderersTest), so the message is the same either way.
     */
    private record Built(String content, Reply reply, String ctxJson, Map<String, String> ctx) {

        /** The messages queued and not yet claimed, by outbox id; the oldest forgotten beyond {@link #KEPT}. */
        static final class Kept {
            static final int KEPT = 2048;
            private final java.util.LinkedHashMap<Long, Built> byId = new java.util.LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Built> eldest) {
                    return size() > KEPT;
                }
            };

            synchronized void put(long id, Built b) {
                byId.put(id, b);
            }

            synchronized Built take(long id) {
                return byId.remove(id);
            }

            synchronized Built peek(long id) {
                return byId.get(id);
            }
        }
    }

    private final Built.Kept built = new Built.Kept();

    /** {@link #claim(Due, int)} of an entry, true when claimed (tests). */
    boolean claim(Entry e) {
        return claim(new Due(e.id(), e.platform(), e.conversationId()), 1).isPresent();
    }

    /** Renews this instance's claims on the messages it is sending (it lives). */
    public int renewClaims() {
        if (!claims.shared()) return 0;
        return jdbi.withHandle(h -> h.createUpdate(
                        "update outbox set claim_until = :until where claimed_by = :me and status = 'pending'")
                .bind("until", claims.until()).bind("me", claims.instance()).execute());
    }

    /** Gives up this instance's claims (stopping): another instance may send those messages at once. */
    public void releaseClaims() {
        if (!claims.shared()) return;
        jdbi.useHandle(h -> h.createUpdate(
                        "update outbox set claimed_by = null, claim_until = 0 where claimed_by = :me and status = 'pending'")
                .bind("me", claims.instance()).execute());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public FileStore files() {
        return files;
    }

    /**
     * Queues replies to a conversation (answers to inbox message {@code inboxId}, or pushes when null). While this
     * thread gathers ({@link #gather}), they are only noted, written by {@link Gathering#flush}, and none is returned.
     */
    public List<Entry> enqueue(String platform, String conversationId, Long inboxId, List<Reply> replies,
                               Map<String, String> replyContext) {
        Gathering g = gathering.get();
        if (g != null) {
            if (!replies.isEmpty()) g.all.add(new Replies(platform, conversationId, inboxId, List.copyOf(replies), replyContext));
            return List.of();
        }
        List<Entry> queued = jdbi.inTransaction(h -> {
            List<Entry> out = new ArrayList<>();
            for (Reply r : replies) {
                insert(h, platform, conversationId, inboxId, null, r, replyContext).ifPresent(out::add);
            }
            return out;
        });
        if (!queued.isEmpty()) whenQueued.run();
        return queued;
    }

    private final ThreadLocal<Gathering> gathering = new ThreadLocal<>();

    /**
     * From now on, until {@link Gathering#stop}, what this thread queues through {@link #enqueue} is noted instead of
     * written, and {@link Gathering#flush} writes it all, in order, with one insert statement (the inbound worker's
     * group: one statement for the outbox rows of up to 16 messages instead of one per reply).
     */
    public Gathering gather() {
        Gathering g = new Gathering();
        gathering.set(g);
        return g;
    }

    /** The replies one thread queues meanwhile (see {@link #gather}). */
    public final class Gathering {
        private final List<Replies> all = new ArrayList<>();

        private Gathering() { }

        /** How many enqueues were noted so far (for {@link #undoTo}). */
        public int mark() {
            return all.size();
        }

        /** Forgets what was noted after {@code mark} (the work that queued it was undone). */
        public void undoTo(int mark) {
            all.subList(mark, all.size()).clear();
        }

        /** Ends the gathering and writes what was noted ({@link #enqueueAll}, in the caller's transaction). */
        public List<Entry> flush() {
            List<Replies> noted = List.copyOf(all);
            stop();
            return enqueueAll(noted);
        }

        /** Ends the gathering; whatever was noted and not flushed is dropped. */
        public void stop() {
            all.clear();
            if (gathering.get() == this) gathering.remove();
        }
    }

    /** Replies to one conversation, to be queued together with others ({@link #enqueueAll}). */
    public record Replies(String platform, String conversationId, Long inboxId, List<Reply> replies,
                          Map<String, String> replyContext) { }

    /** Rows written by one multi-row insert at most (bound parameters: 14 per row). */
    static final int ROWS_PER_INSERT = 64;

    /**
     * Queues the replies of several inbound messages (the inbound worker's group), in their order: as {@link #enqueue}
     * of each in turn, but in one insert statement for all (up to {@link #ROWS_PER_INSERT} rows), not one per reply.
     * Replies carrying a file are queued one by one, as by {@link #enqueue}.
     */
    public List<Entry> enqueueAll(List<Replies> all) {
        boolean files = false;
        int count = 0;
        for (Replies r : all) {
            count += r.replies().size();
            for (Reply reply : r.replies()) files |= reply.content() != null;
        }
        if (count == 0) return List.of();
        int rowCount = count;
        if (files) {
            return jdbi.inTransaction(h -> {
                List<Entry> out = new ArrayList<>();
                for (Replies r : all) {
                    out.addAll(enqueue(r.platform(), r.conversationId(), r.inboxId(), r.replies(), r.replyContext()));
                }
                return out;
            });
        }
        List<Entry> queued = jdbi.inTransaction(h -> {
            Instant at = clock.instant();
            List<Row> rows = new ArrayList<>(rowCount);
            for (Replies r : all) {
                String ctxJson = json(r.replyContext());
                Map<String, String> ctx = r.replyContext() == null ? Map.of()
                        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(r.replyContext()));
                for (Reply reply : r.replies()) rows.add(new Row(r, reply, reply.text(), ctx, ctxJson));
            }
            List<Entry> out = new ArrayList<>(rows.size());
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                out.addAll(insertRows(h, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)), at));
            }
            return out;
        });
        whenQueued.run();
        return queued;
    }

    /** One reply of {@link #enqueueAll}: its text rendered once (PlainText walks the whole message). */
    private record Row(Replies of, Reply reply, String text, Map<String, String> ctx, String ctxJson) { }

    /** {@code rows} in one statement; returns them as written, with their ids, in order. */
    private List<Entry> insertRows(Handle h, List<Row> rows, Instant at) {
        StringBuilder sql = new StringBuilder("""
                insert into outbox (platform, conversation_id, inbox_id, type, text, title, file_name, mentions, content,
                                    reply_context, next_attempt_at, created_at) values """);
        for (int i = 0; i < rows.size(); i++) sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        sql.append(" returning id");
        var q = h.createQuery(sql.toString());
        String now = at.toString();
        int p = 0;
        String[] contents = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Reply r = row.reply();
            List<String> mentioned = r.mentions().stream().map(Mention::memberId).toList();
            contents[i] = r.type() == Reply.Type.TEXT ? ReplyJson.write(r) : null;
            q.bind(p++, row.of().platform()).bind(p++, row.of().conversationId()).bind(p++, row.of().inboxId())
                    .bind(p++, r.type().name()).bind(p++, row.text()).bind(p++, r.title()).bind(p++, r.fileName())
                    .bind(p++, mentioned.isEmpty() ? "[]" : json(mentioned))
                    .bind(p++, contents[i])
                    .bind(p++, row.ctxJson()).bind(p++, now).bind(p++, now);
        }
        List<Long> ids = new ArrayList<>(q.mapTo(Long.class).list());
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("outbox: " + rows.size() + " rows inserted, " + ids.size() + " ids returned");
        }
        ids.sort(null); // the rows took ascending ids in the order written (the order RETURNING lists them is not promised)
        List<Entry> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Reply r = row.reply();
            keep(ids.get(i), contents[i], r, row.ctxJson(), row.of().replyContext());
            out.add(new Entry(ids.get(i), row.of().platform(), row.of().conversationId(), row.of().inboxId(), null,
                    r.type(), row.text(), r.title(), r.fileName(), null, r.type() == Reply.Type.TEXT ? r : null,
                    row.ctx(), "pending", 0, at, null, at, null, 0, List.of(), null));
        }
        return out;
    }

    private volatile Runnable whenQueued = () -> { };

    /**
     * What to do once {@link #enqueue} has queued messages (wake the sender). It runs at once, after the messages'
     * transaction; inside a unit of work the caller defers it to the unit's commit (see {@code Database#afterUnit}).
     */
    public void whenQueued(Runnable action) {
        this.whenQueued = action == null ? () -> { } : action;
    }

    /**
     * A reply that could not be saved (the storage failed): id 0, status "unsaved", never in the table. It is sent
     * once, directly ({@link OutboxSender#sendUnsaved}), and returned to the simulator in its HTTP answer.
     */
    public static Entry unsaved(String platform, String conversationId, Long inboxId, Reply r) {
        return new Entry(0, platform, conversationId, inboxId, null, r.type(), r.text(), r.title(), r.fileName(), null,
                r.type() == Reply.Type.TEXT ? r : null, Map.of(), "unsaved", 0, Instant.EPOCH, null, Instant.EPOCH, null,
                0, List.of(), null);
    }

    /**
     * Queues one message unless a message with the same dedupe key was queued before, inside the caller's
     * transaction (so a sent-log row and the message commit together). Returns empty when the key exists.
     */
    public Optional<Entry> enqueueOnce(Handle h, String dedupeKey, String platform, String conversationId, Reply reply) {
        return insert(h, platform, conversationId, null, dedupeKey, reply, Map.of());
    }

    private Optional<Entry> insert(Handle h, String platform, String conversationId, Long inboxId, String dedupeKey,
                                   Reply r, Map<String, String> replyContext) {
        String token = null;
        if (r.content() != null) {
            token = files.save(r.fileName(), r.content()).token();
        }
        Instant at = clock.instant();
        String now = at.toString();
        String ctx = json(replyContext);
        String text = r.text(); // rendered once (PlainText walks the whole message)
        List<String> mentioned = r.mentions().stream().map(Mention::memberId).toList();
        String content = r.type() == Reply.Type.TEXT ? ReplyJson.write(r) : null;
        Optional<Long> id = h.createQuery("""
                        insert into outbox (platform, conversation_id, inbox_id, dedupe_key, type, text, title, file_name,
                                            file_token, mentions, content, reply_context, next_attempt_at, created_at)
                        values (:platform, :conversation, :inboxId, :key, :type, :text, :title, :fileName,
                                :token, :mentions, :content, :ctx, :now, :now)
                        on conflict (dedupe_key) do nothing returning id""")
                .bind("platform", platform).bind("conversation", conversationId).bind("inboxId", inboxId)
                .bind("key", dedupeKey).bind("type", r.type().name()).bind("text", text)
                .bind("title", r.title()).bind("fileName", r.fileName()).bind("token", token)
                .bind("mentions", mentioned.isEmpty() ? "[]" : json(mentioned))
                .bind("content", content)
                .bind("ctx", ctx).bind("now", now)
                .mapTo(Long.class).findOne();
        id.ifPresent(i -> keep(i, content, r, ctx, replyContext));
        // the row as written, without reading it back (a query and a JSON parse per reply, measured by
        // bench.FullPathBenchmark at an eighth of the inbound worker's time)
        String finalToken = token;
        return id.map(i -> new Entry(i, platform, conversationId, inboxId, dedupeKey, r.type(), text, r.title(),
                r.fileName(), finalToken, r.type() == Reply.Type.TEXT ? r : null,
                replyContext == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(replyContext)),
                "pending", 0,
                at, null, at, null, 0, List.of(), null));
    }

    /**
     * Frees the dedupe keys starting with {@code prefix} (a reminder voided after the clock went back may be queued
     * again when it really falls due); such a message still waiting is not sent any more (status {@code voided}).
     */
    public void releaseDedupeKeys(Handle h, String prefix, Instant now) {
        changed(); // before the commit: a message the sender's pass read as waiting is read again before it is sent
        h.createUpdate("""
                        update outbox set dedupe_key = dedupe_key || '~voided@' || :now,
                            status = case when status = 'pending' then 'voided' else status end,
                            last_error = case when status = 'pending' then '时钟回拨：提醒未到期，作废' else last_error end
                        where substr(dedupe_key, 1, length(:prefix)) = :prefix""")
                .bind("prefix", prefix).bind("now", now.toString()).execute();
    }

    /** Pending messages scheduled later than {@code latest} (by a clock that went back since) are due {@code now}. */
    public int bringForward(Handle h, Instant latest, Instant now) {
        List<Long> ids = h.createQuery("select id, next_attempt_at from outbox where status = 'pending'")
                .map((rs, c) -> Instant.parse(rs.getString("next_attempt_at")).isAfter(latest) ? rs.getLong("id") : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
        for (Long id : ids) {
            h.createUpdate("update outbox set next_attempt_at = :now where id = :id")
                    .bind("now", now.toString()).bind("id", id).execute();
        }
        return ids.size();
    }

    public Optional<Entry> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    private static Optional<Entry> find(Handle h, long id) {
        return h.createQuery("select * from outbox where id = :id").bind("id", id).map((rs, c) -> entry(rs)).findOne();
    }

    /** A conversation's oldest due message: which message, to which conversation (the row is read when claimed). */
    record Due(long id, String platform, String conversationId, Claimed read, int window, long changesAt) {

        Due(long id, String platform, String conversationId) {
            this(id, platform, conversationId, null, 0, 0);
        }
    }

    /**
     * The oldest pending message of every conversation whose next attempt is due (200 conversations at most, oldest
     * first), in one statement. Several instances: not those another live instance holds (it is sending them). Only
     * the ids and conversations: a pass may find most of them in flight already, and the message itself is read, and
     * its content parsed, once, when it is claimed for sending ({@link #claim(Due, int)}).
     */
    List<Due> due(Instant now) {
        return due(now, 0);
    }

    /**
     * {@link #due(Instant)}; with {@code window} > 0 and one instance only (nothing to claim), each message is read
     * whole, with its conversation's rate-limit window as {@link #claim(Due, int)} reads it for that window, in the
     * same statement: the sending thread then sends it as read (one statement for the pass instead of one more per
     * message; SQLite reads the row and the window's index pages again after every other connection's commit), unless
     * the outbox changed meanwhile in a way this read cannot know of ({@link #changes}).
     */
    List<Due> due(Instant now, int window) {
        if (window > 0 && !claims.shared()) {
            long at = changes.get(); // before the read: a change counted after it may be missing from it
            return handles.with(h -> h.createQuery("""
                            select o.*, (select s.sent_at from outbox s
                                         where s.platform = o.platform and s.conversation_id = o.conversation_id
                                           and s.status = 'sent'
                                         order by s.sent_at desc limit 1 offset :off) as window_start
                            from outbox o
                            where o.status = 'pending' and o.next_attempt_at <= :now
                              and not exists (select 1 from outbox p where p.status = 'pending' and p.platform = o.platform
                                              and p.conversation_id = o.conversation_id and p.id < o.id)
                            order by o.id limit 200""")
                    .bind("now", now.toString()).bind("off", window - 1)
                    .map((rs, c) -> {
                        Entry e = entry(rs, built, false);
                        return new Due(e.id(), e.platform(), e.conversationId(), claimed(rs, e), window, at);
                    }).list());
        }
        boolean shared = claims.shared();
        String others = shared ? "and (o.claimed_by is null or o.claimed_by = :me or o.claim_until < :wall)" : "";
        return handles.with(h -> {
            var q = h.createQuery("""
                            select o.id, o.platform, o.conversation_id from outbox o
                            where o.status = 'pending' and o.next_attempt_at <= :now %s
                              and not exists (select 1 from outbox p where p.status = 'pending' and p.platform = o.platform
                                              and p.conversation_id = o.conversation_id and p.id < o.id)
                            order by o.id limit 200""".formatted(others))
                    .bind("now", now.toString());
            if (shared) q.bind("me", claims.instance()).bind("wall", claims.now());
            return q.map((rs, c) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        });
    }

    /**
     * When the next message may go: the earliest due time among the conversations' oldest waiting messages (only a
     * conversation's oldest may go, so a newer one queued behind a held message does not count). Empty when nothing
     * waits.
     */
    Optional<Instant> nextDue() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select min(o.next_attempt_at) from outbox o
                        join (select min(id) as head from outbox where status = 'pending'
                              group by platform, conversation_id) heads on o.id = heads.head""")
                .mapTo(String.class).findOne().map(Instant::parse));
    }

    void markSent(long id, Instant at) {
        markSent(id, at, null, null);
    }

    /**
     * Sent, in one statement with how far it got ({@code progress}, when it has changes not yet written) and what went
     * less well ({@code warning}, may be null): one write per delivered message, committed together with the other
     * sending threads' writes of the moment ({@link BatchedWrites}); returns once it is committed.
     */
    void markSent(long id, Instant at, StoredProgress progress, String warning) {
        sentWrites.write(sent(id, at, progress, warning));
    }

    /**
     * {@link #markSent(long, Instant, StoredProgress, String)} without waiting for it: returns at once, and
     * {@code written} runs on the writing thread once the write is committed (with null) or has failed (with the
     * failure). Until then the row still says pending: its conversation must not be sent to meanwhile.
     */
    void markSentLater(long id, Instant at, StoredProgress progress, String warning,
                       java.util.function.Consumer<RuntimeException> written) {
        sentWrites.writeLater(sent(id, at, progress, warning), written);
    }

    /** Waits (up to {@code millis}) for the "sent" writes queued so far (the sender stops). */
    void finishSentWrites(long millis) {
        sentWrites.close(millis);
    }

    private static java.util.function.Consumer<Handle> sent(long id, Instant at, StoredProgress progress, String warning) {
        boolean withProgress = progress != null && progress.unwritten();
        int units = withProgress ? progress.unitsSent() : 0;
        String routes = withProgress ? String.join(",", progress.routes()) : "";
        return h -> h.createUpdate("""
                        update outbox set status = 'sent', sent_at = :at, attempts = attempts + 1, last_error = null,
                               claimed_by = null, claim_until = 0,
                               units_sent = case when :p then :units else units_sent end,
                               routes = case when :p then :routes else routes end,
                               warning = coalesce(:warning, warning)
                        where id = :id and status = 'pending'""")
                .bind("at", at.toString()).bind("id", id).bind("p", withProgress).bind("units", units)
                .bind("routes", routes).bind("warning", warning).execute();
    }

    void markRetry(long id, Instant next, String error) {
        jdbi.useHandle(h -> {
            h.createUpdate("""
                            update outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
                                claimed_by = null, claim_until = 0
                            where id = :id and status = 'pending'""")
                    .bind("next", next.toString()).bind("error", error).bind("id", id).execute();
            holdConversation(h, id, next);
        });
    }

    /**
     * Deferred without an attempt (rate limit): the attempt count stays. The messages queued behind it in the same
     * conversation wait as well, so that passes do not look at them again and again until the window frees.
     */
    void defer(long id, Instant next) {
        jdbi.useHandle(h -> {
            h.createUpdate("""
                            update outbox set next_attempt_at = :next, claimed_by = null, claim_until = 0
                            where id = :id and status = 'pending'""")
                    .bind("next", next.toString()).bind("id", id).execute();
            holdConversation(h, id, next);
        });
    }

    /** Messages behind {@code id} in its conversation are not due before {@code next}. */
    private static void holdConversation(Handle h, long id, Instant next) {
        h.createUpdate("""
                        update outbox set next_attempt_at = :next
                        where status = 'pending' and id > :id and next_attempt_at < :next
                          and (platform, conversation_id) = (select platform, conversation_id from outbox where id = :id)""")
                .bind("next", next.toString()).bind("id", id).execute();
    }

    void markFailed(long id, String error) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update outbox set status = 'failed', attempts = attempts + 1, last_error = :error,
                            claimed_by = null, claim_until = 0
                        where id = :id and status = 'pending'""")
                .bind("error", error).bind("id", id).execute());
    }

    /** A conversation's messages, oldest first (the simulator's history). */
    public List<Entry> conversation(String platform, String conversationId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from (select * from outbox where platform = :p and conversation_id = :c
                                       order by id desc limit :limit) as recent order by id""")
                .bind("p", platform).bind("c", conversationId).bind("limit", limit)
                .map((rs, c) -> entry(rs)).list());
    }

    /** The replies already queued for an inbound message (so a message handled again is not answered twice). */
    public List<Entry> forInbox(long inboxId) {
        return jdbi.withHandle(h -> h.createQuery("select * from outbox where inbox_id = :id order by id")
                .bind("id", inboxId).map((rs, c) -> entry(rs)).list());
    }

    /** Messages that failed for good, newest first (shown in /healthz). */
    public List<Entry> failed(int limit) {
        return jdbi.withHandle(h -> h.createQuery("select * from outbox where status = 'failed' order by id desc limit :l")
                .bind("l", limit).map((rs, c) -> entry(rs)).list());
    }

    public int pendingCount() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox where status = 'pending'")
                .mapTo(Integer.class).one());
    }

    /** Notes a text message as queued, for its claim ({@link Built}); {@code ctx}: the reply context as given. */
    private void keep(long id, String content, Reply r, String ctxJson, Map<String, String> ctx) {
        if (content == null) {
            built.take(id); // a file: nothing kept, nor anything an undone insert kept under this id
            return;
        }
        built.put(id, new Built(content, new Reply(Reply.Type.TEXT, r.title(), r.blocks(), r.mentions(), r.buttons(),
                null, null), ctxJson, ctx == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ctx))));
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return entry(rs, null);
    }

    /** The row as an entry; its message and reply context from {@code kept} when this process queued them so. */
    private static Entry entry(java.sql.ResultSet rs, Built.Kept kept) throws java.sql.SQLException {
        return entry(rs, kept, true);
    }

    /** {@code take}: the message as built is forgotten once read (else it stays until the message is claimed). */
    private static Entry entry(java.sql.ResultSet rs, Built.Kept kept, boolean take) throws java.sql.SQLException {
        long rowId = rs.getLong("id");
        Built b = kept == null ? null : take ? kept.take(rowId) : kept.peek(rowId);
        String sent = rs.getString("sent_at");
        long inbox = rs.getLong("inbox_id");
        Long inboxId = rs.wasNull() ? null : inbox;
        String storedType = rs.getString("type");
        Reply.Type type = storedType.equals("MARKDOWN") ? Reply.Type.TEXT : Reply.Type.valueOf(storedType);
        Reply message = null;
        if (type == Reply.Type.TEXT) {
            String content = rs.getString("content");
            message = b != null && b.content().equals(content) ? b.reply() : ReplyJson.read(content);
            if (message == null) {
                // queued before structured replies: its text or markdown, its mentions as platform user ids
                String platform = rs.getString("platform");
                List<Mention> people = read(rs.getString("mentions"), LIST, List.<String>of()).stream()
                        .map(id -> new Mention(null, "", Map.of(platform, id))).toList();
                message = ReplyJson.legacy(storedType, rs.getString("title"), rs.getString("text")).mentioning(people);
            }
        }
        String routes = rs.getString("routes");
        return new Entry(rs.getLong("id"), rs.getString("platform"), rs.getString("conversation_id"), inboxId,
                rs.getString("dedupe_key"), type, rs.getString("text"),
                rs.getString("title"), rs.getString("file_name"), rs.getString("file_token"),
                message, replyContext(rs.getString("reply_context"), b),
                rs.getString("status"), rs.getInt("attempts"), InstantText.parse(rs.getString("next_attempt_at")),
                rs.getString("last_error"), InstantText.parse(rs.getString("created_at")),
                sent == null ? null : InstantText.parse(sent), rs.getInt("units_sent"),
                routes == null || routes.isEmpty() ? List.of() : List.of(routes.split(",")), rs.getString("warning"));
    }

    private static Map<String, String> replyContext(String json, Built b) {
        return b != null && b.ctx() != null && b.ctxJson().equals(json) ? b.ctx() : read(json, MAP, Map.of());
    }

    /** Records how far a message got, before its next part is sent (so a restart continues there). */
    void recordProgress(long id, int unitsSent, List<String> routes) {
        jdbi.useHandle(h -> h.createUpdate("update outbox set units_sent = :u, routes = :r where id = :id")
                .bind("u", unitsSent).bind("r", String.join(",", routes)).bind("id", id).execute());
    }

    /** Records a warning for a message (shown in /healthz). */
    void recordWarning(long id, String warning) {
        jdbi.useHandle(h -> h.createUpdate("update outbox set warning = :w where id = :id")
                .bind("w", warning).bind("id", id).execute());
    }

    /** The routes the other answers to the same inbound message used. */
    List<String> threadRoutes(long id, Long inboxId) {
        if (inboxId == null) return List.of();
        return jdbi.withHandle(h -> h.createQuery("select routes from outbox where inbox_id = :inbox and id <> :id")
                .bind("inbox", inboxId).bind("id", id).mapTo(String.class).list()).stream()
                .filter(r -> r != null && !r.isEmpty()).flatMap(r -> java.util.Arrays.stream(r.split(",")))
                .distinct().toList();
    }

    /** Messages sent with a warning, newest first (shown in /healthz). */
    public List<Entry> warned(int limit) {
        return jdbi.withHandle(h -> h.createQuery("select * from outbox where warning is not null order by id desc limit :l")
                .bind("l", limit).map((rs, c) -> entry(rs)).list());
    }

    private static <T> T read(String json, TypeReference<T> type, T fallback) {
        try {
            return json == null ? fallback : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            return fallback;
        }
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
