package zhaoshang.outbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.Delivery;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult;

/**
 * Delivers the outbox: oldest first per conversation, at most {@code perMinute} messages a minute per
 * conversation's robot, retries with exponential backoff on RETRY, stops on PERMANENT, marks each message
 * sent once. Safe across restarts: the state lives in the outbox table.
 *
 * <p>Different conversations are sent to concurrently, up to {@code concurrency} HTTP calls at once
 * (BOT_SEND_CONCURRENCY): a platform answers in 30–150 ms, so one call at a time would cap a busy month-end at a few
 * dozen replies a second and let one slow group hold up all others. Within a conversation there is never more than
 * one message in flight, and only its oldest waiting message is ever tried, so a group's messages arrive in order.
 * One thread ({@code outbox-sender}) decides what goes (it reads the outbox and hands each due conversation's oldest
 * message to a sending thread, {@code outbox-sender-1…N}); a finished send wakes it for that conversation's next
 * message.
 */
public final class OutboxSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(48);

    private final Outbox outbox;
    private final Map<String, ChatPlatform> platforms;
    private final Clock clock;
    private final String publicUrl;
    private final int perMinute;
    /** At most this many messages being sent at once (each to another conversation). */
    private final int concurrency;
    /** The default for BOT_SEND_CONCURRENCY. */
    public static final int DEFAULT_CONCURRENCY = 8;
    /**
     * How long the sender sleeps at most when nothing wakes it and nothing falls due: it is woken when a message is
     * queued in this process ({@link #wake()}) and sleeps until the next message falls due (a retry's backoff, a
     * rate-limit window opening); this poll only catches what neither covers (a message queued by another instance
     * on the same database, a clock that moved without saying so).
     */
    static final Duration SAFETY_POLL = Duration.ofSeconds(5);
    /** The wait when a due message could not be tried (another instance holds it): no busy loop meanwhile. */
    static final Duration HELD_RETRY = Duration.ofSeconds(1);

    /** Decides what goes: passes over the outbox, one at a time. */
    private final ScheduledThreadPoolExecutor worker;
    /** Sends: up to {@link #concurrency} HTTP calls at once; idle threads end after a minute. */
    private final ThreadPoolExecutor senders;
    /**
     * The conversations ({@link #key}) with a message being sent by this process. A send removes its conversation
     * only after the message's outcome is written, and a pass takes its copy of this set before it reads the outbox:
     * so a conversation a pass finds free has its last message's outcome in the database, and is never sent the same
     * message twice nor its next one before the last is done.
     */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /**
     * Messages handed to the sending threads and not yet done with (at most {@link #concurrency}): a message that was
     * sent counts until its "sent" write is committed (its sending thread is free meanwhile), so a kill at any moment
     * leaves at most this many sent and not marked, the replies a restart sends again.
     */
    private final AtomicInteger sending = new AtomicInteger();
    /**
     * Due conversations' oldest messages from the last read of the outbox that no sending thread has taken yet (worker
     * thread only): the outbox is read again once they are all handed out, not after every send.
     */
    private final ArrayDeque<Outbox.Due> ready = new ArrayDeque<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    /** The pass the sender sleeps until; replaced after every pass (worker thread only). */
    private volatile ScheduledFuture<?> timer;

    public OutboxSender(Outbox outbox, Map<String, ChatPlatform> platforms, Clock clock, String publicUrl, int perMinute) {
        this(outbox, platforms, clock, publicUrl, perMinute, DEFAULT_CONCURRENCY);
    }

    /** @param concurrency at most this many messages sent at once, each to another conversation (≥ 1) */
    public OutboxSender(Outbox outbox, Map<String, ChatPlatform> platforms, Clock clock, String publicUrl, int perMinute,
                        int concurrency) {
        if (concurrency < 1) throw new IllegalArgumentException("concurrency " + concurrency);
        this.outbox = outbox;
        this.platforms = Map.copyOf(platforms);
        this.clock = clock;
        this.publicUrl = publicUrl == null ? "" : publicUrl;
        this.perMinute = perMinute;
        this.concurrency = concurrency;
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(outbox.handles().closingAtEnd(r), "outbox-sender");
            t.setDaemon(true);
            return t;
        });
        worker.setRemoveOnCancelPolicy(true);
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // a sleeping sender stops at once
        AtomicInteger n = new AtomicInteger();
        this.senders = new ThreadPoolExecutor(concurrency, concurrency, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(outbox.handles().closingAtEnd(r), "outbox-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        senders.allowCoreThreadTimeOut(true); // a quiet outbox keeps no sending thread
    }

    /**
     * Starts the background worker. It sleeps until {@link #wake()}, until the next queued message falls due, or
     * {@link #SAFETY_POLL} at most; a waiting queue (a conversation behind its rate limit) costs one look at its due
     * time, not a pass every few hundred milliseconds.
     */
    public void start() {
        if (started.compareAndSet(false, true)) {
            wake();
        }
    }

    /** Asks the worker to look at the outbox now; wakes that arrive while one is queued are merged into it. */
    public void wake() {
        if (started.get() && wakeQueued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    wakeQueued.set(false);
                    pass();
                });
            } catch (RejectedExecutionException closing) {
                // shutting down: the message stays queued for the next start
            }
        }
    }

    /**
     * A pass on the worker thread: hands what is due to the sending threads, then sleeps until the next due time (or
     * the safety poll). A send that ends wakes it again.
     */
    private void pass() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            LOG.error("outbox pass failed", e);
        }
        Duration sleep = SAFETY_POLL;
        try {
            // sends in flight: the end of each wakes this thread, which then looks again; the next due time (a query
            // over every waiting conversation) is only needed when nothing is in flight
            if (!inFlight.isEmpty()) sleep = HELD_RETRY;
            Instant now = clock.instant();
            Optional<Instant> next = inFlight.isEmpty() ? outbox.nextDue() : Optional.empty();
            if (next.isPresent()) {
                Duration until = Duration.between(now, next.get());
                // due already yet not handed out: it is being sent (its end wakes this thread), it waits for a free
                // sending thread (likewise), its turn belongs to another instance, or a clock moved; look again soon
                if (until.isNegative() || until.isZero()) until = HELD_RETRY;
                if (until.compareTo(sleep) < 0) sleep = until;
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox: next due time not read, looking again in {} s: {}", SAFETY_POLL.toSeconds(), e.toString());
        }
        ScheduledFuture<?> previous = timer;
        if (previous != null) previous.cancel(false);
        try {
            timer = worker.schedule(this::pass, Math.max(1, sleep.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // shutting down
        }
    }

    /**
     * Hands due messages to the sending threads while one is free: from what the last read of the outbox found, or
     * from a new read once that is handed out. Worker thread only.
     */
    private void dispatch() {
        if (sending.get() >= concurrency) return; // a send that ends wakes this thread again
        if (ready.isEmpty()) {
            Set<String> busy = Set.copyOf(inFlight); // before the read: see the field's comment
            // each message read whole with its rate-limit window for the outbox's own limit (one statement for the
            // pass, none more per message, see Outbox#due(Instant, int))
            for (Outbox.Due d : outbox.due(clock.instant(), perMinute)) {
                if (!busy.contains(key(d))) ready.add(d);
            }
        }
        while (!ready.isEmpty() && sending.get() < concurrency) {
            Outbox.Due e = ready.poll();
            String key = key(e);
            if (!inFlight.add(key)) continue; // cannot happen: one message per conversation in a read, none in flight
            sending.incrementAndGet();
            try {
                senders.execute(() -> sendOne(e, key));
            } catch (RejectedExecutionException closing) {
                sending.decrementAndGet();
                inFlight.remove(key);
                ready.clear();
                return;
            }
        }
    }

    /**
     * On a sending thread: one attempt at a message, then its conversation is free again and the worker looks. A message
     * sent frees its conversation only once its "sent" write is committed (see {@link #markWritten}); the sending thread
     * does not wait for that.
     */
    private void sendOne(Outbox.Due e, String key) {
        boolean sent = false;
        try {
            sent = attempt(e, clock.instant(), failure -> markWritten(e, key, failure));
        } catch (RuntimeException ex) {
            sending.decrementAndGet();
            holdAfterFailure(e, key, ex);
            wake();
            return;
        }
        if (!sent) {
            sending.decrementAndGet();
            inFlight.remove(key);
        }
        wake(); // this thread is free for another conversation (a sent message keeps its slot until written)
    }

    /**
     * On the writing thread, once the "sent" write of {@code e} is committed (failure null) or has failed: only now
     * does its slot count as free, so that a process killed at any moment has at most {@link #concurrency} messages
     * sent whose "sent" is not written (the replies a restart sends again).
     */
    private void markWritten(Outbox.Due e, String key, RuntimeException failure) {
        sending.decrementAndGet();
        if (failure != null) {
            holdAfterFailure(e, key, failure);
            return;
        }
        inFlight.remove(key);
        wake();
    }

    /**
     * The outcome may not be written (the database failed): the conversation stays busy a moment, so the message is not
     * tried again at once by every pass.
     */
    private void holdAfterFailure(Outbox.Due e, String key, RuntimeException ex) {
        LOG.error("outbox {}: send failed, conversation {}", e.id(), e.conversationId(), ex);
        try {
            worker.schedule(() -> {
                inFlight.remove(key);
                wake();
            }, HELD_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            inFlight.remove(key); // shutting down
        }
    }

    private static String key(Outbox.Due e) {
        return e.platform() + "\u0000" + e.conversationId();
    }

    /**
     * One pass on the calling thread, one message after the other (tests, tools; the running sender works in the
     * background): tries each conversation's oldest due message once. Returns how many were sent.
     */
    public synchronized int drainOnce() {
        Instant now = clock.instant();
        Set<String> busy = Set.copyOf(inFlight);
        List<Outbox.Due> due = outbox.due(now);
        int sent = 0;
        for (Outbox.Due e : due) {
            String key = key(e);
            if (busy.contains(key) || !inFlight.add(key)) continue; // the background sender has it
            try {
                if (attempt(e, now, null)) sent++;
            } finally {
                outbox.changed(); // the background sender reads this message again before it would try it
                inFlight.remove(key);
            }
        }
        return sent;
    }

    /**
     * One attempt at a message; true when it was sent. {@code whenMarked}: null to write its "sent" status before
     * returning; else it is written after, together with other sending threads' (the conversation stays busy until
     * then), and {@code whenMarked} runs once it is written (with null) or has failed (true is returned either way).
     */
    private boolean attempt(Outbox.Due due, Instant now, java.util.function.Consumer<RuntimeException> whenMarked) {
        ChatPlatform platform = platforms.get(due.platform());
        int limit = platform == null ? 0 : platform.messagesPerMinute(due.conversationId());
        // the message as it is now, and the conversation's sends in the last minute; empty when another instance sends
        // it (or it was sent since this pass read the outbox)
        Optional<Outbox.Claimed> claimed = outbox.claim(due, limit > 0 ? limit : perMinute);
        if (claimed.isEmpty()) return false;
        Outbox.Entry e = claimed.get().entry();
        if (platform == null) {
            outbox.markFailed(e.id(), "平台 " + e.platform() + " 未配置");
            LOG.warn("outbox {}: platform {} not configured, conversation {}", e.id(), e.platform(), e.conversationId());
            return false;
        }
        // ones stamped later than now were stamped by a clock that has gone back since and would otherwise hold the
        // conversation until that clock time comes round again (years, perhaps)
        Optional<Instant> window = claimed.get().windowStart().filter(t -> !t.isAfter(now));
        if (window.isPresent() && window.get().isAfter(now.minus(Duration.ofMinutes(1)))) {
            outbox.defer(e.id(), window.get().plus(Duration.ofMinutes(1)).plusMillis(1));
            return false;
        }
        Reply reply = toReply(e);
        if (reply == null) {
            outbox.markFailed(e.id(), "附件文件已不存在");
            return false;
        }
        SendResult result;
        StoredProgress progress = new StoredProgress(outbox, e, reply.blocks().size());
        try {
            result = platform.send(new Delivery(e.id(), e.platform(), e.conversationId(), reply, e.replyContext(),
                    downloadUrl(e), e.attempts() + 1, now, progress));
        } catch (RuntimeException ex) {
            result = SendResult.retry(ex.getClass().getSimpleName());
            LOG.warn("outbox {}: {} threw {}", e.id(), e.platform(), ex.toString());
        }
        if (result.warning() != null) {
            LOG.warn("outbox {}: conversation {}: {}", e.id(), e.conversationId(), result.warning());
            if (result.status() != SendResult.Status.SENT) outbox.recordWarning(e.id(), result.warning());
        }
        if (result.status() != SendResult.Status.SENT) progress.flush();
        switch (result.status()) {
            case SENT -> {
                if (whenMarked == null) outbox.markSent(e.id(), clock.instant(), progress, result.warning());
                else outbox.markSentLater(e.id(), clock.instant(), progress, result.warning(), whenMarked);
                return true;
            }
            case RETRY -> {
                if (now.isAfter(e.createdAt().plus(GIVE_UP_AFTER))) {
                    outbox.markFailed(e.id(), "重试 48 小时仍未成功：" + result.detail());
                    LOG.error("outbox {}: giving up after 48 h, conversation {}: {}", e.id(), e.conversationId(), result.detail());
                } else {
                    Instant next = now.plus(backoff(e.attempts()));
                    outbox.markRetry(e.id(), next, result.detail());
                    LOG.info("outbox {}: retry at {}, conversation {}: {}", e.id(), next, e.conversationId(), result.detail());
                }
                return false;
            }
            default -> {
                outbox.markFailed(e.id(), result.detail());
                LOG.error("outbox {}: permanent failure, conversation {}: {}", e.id(), e.conversationId(), result.detail());
                return false;
            }
        }
    }

    /**
     * Sends a reply that could not be saved in the outbox (the storage failed): once, in the background, without
     * retries or rate limit; a failure is only logged. Text replies only (a file could not have been stored either).
     */
    public void sendUnsaved(String platformName, String conversationId, Reply reply, Map<String, String> replyContext) {
        ChatPlatform platform = platforms.get(platformName);
        if (platform == null) return;
        try {
            senders.execute(() -> send(platform, platformName, conversationId, reply, replyContext));
        } catch (RejectedExecutionException closing) {
            LOG.warn("unsaved reply to {} {} dropped: shutting down", platformName, conversationId);
        }
    }

    private void send(ChatPlatform platform, String platformName, String conversationId, Reply reply,
                      Map<String, String> replyContext) {
        try {
            SendResult r = platform.send(new Delivery(0, platformName, conversationId, reply, replyContext, null, 1,
                    clock.instant()));
            LOG.info("unsaved reply to {} {}: {} {}", platformName, conversationId, r.status(), r.detail());
        } catch (RuntimeException e) {
            LOG.warn("unsaved reply to {} {} failed: {}", platformName, conversationId, e.toString());
        }
    }

    static Duration backoff(int previousAttempts) {
        long factor = 1L << Math.min(previousAttempts, 20);
        Duration d = FIRST_BACKOFF.multipliedBy(factor);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private Reply toReply(Outbox.Entry e) {
        if (e.type() == Reply.Type.TEXT) return e.message();
        byte[] content = e.fileToken() == null ? null : outbox.files().read(e.fileToken()).orElse(null);
        if (content == null) return null;
        return e.type() == Reply.Type.IMAGE ? Reply.image(e.fileName(), content) : Reply.file(e.fileName(), content);
    }

    private String downloadUrl(Outbox.Entry e) {
        if (e.fileToken() == null || publicUrl.isEmpty()) return null;
        return publicUrl + "/files/" + e.fileToken() + "/" + URLEncoder.encode(e.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Stops: no new message is handed out; the messages being sent are waited for (5 s at most for each stage), so their
     * outcome is written and none is sent again after a restart. The rest stays queued for the next start.
     */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
            senders.shutdown();
            senders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            senders.shutdown();
            outbox.finishSentWrites(5_000); // the sent messages' status, so that none is sent again after a restart
            outbox.handles().close(); // a caller's thread's (drainOnce); the sender's threads close theirs as they end
        }
    }
}
