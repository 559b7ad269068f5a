package zhaoshang.outbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
    /**
     * How long the sender sleeps at most when nothing wakes it and nothing falls due: it is woken when a message is
     * queued in this process ({@link #wake()}) and sleeps until the next message falls due (a retry's backoff, a
     * rate-limit window opening); this poll only catches what neither covers (a message queued by another instance
     * on the same database, a clock that moved without saying so).
     */
    static final Duration SAFETY_POLL = Duration.ofSeconds(5);
    /** The wait when a due message could not be tried (another instance holds it): no busy loop meanwhile. */
    static final Duration HELD_RETRY = Duration.ofSeconds(1);

    private final ScheduledThreadPoolExecutor worker;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    /** The pass the sender sleeps until; replaced after every pass (worker thread only). */
    private volatile ScheduledFuture<?> timer;

    public OutboxSender(Outbox outbox, Map<String, ChatPlatform> platforms, Clock clock, String publicUrl, int perMinute) {
        this.outbox = outbox;
        this.platforms = Map.copyOf(platforms);
        this.clock = clock;
        this.publicUrl = publicUrl == null ? "" : publicUrl;
        this.perMinute = perMinute;
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "outbox-sender");
            t.setDaemon(true);
            return t;
        });
        worker.setRemoveOnCancelPolicy(true);
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // a sleeping sender stops at once
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
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // shutting down: the message stays queued for the next start
            }
        }
    }

    /** A pass on the worker thread: sends what is due, then sleeps until the next due time (or the safety poll). */
    private void pass() {
        int sent = drainSafely();
        Duration sleep = SAFETY_POLL;
        try {
            Instant now = clock.instant();
            Optional<Instant> next = outbox.nextDue();
            if (next.isPresent()) {
                Duration until = Duration.between(now, next.get());
                // due already yet not sent: its turn belongs to another instance, or a clock moved; look again soon
                if (until.isNegative() || until.isZero()) until = sent > 0 ? Duration.ZERO : HELD_RETRY;
                if (until.compareTo(sleep) < 0) sleep = until;
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox: next due time not read, looking again in {} s: {}", SAFETY_POLL.toSeconds(), e.toString());
        }
        ScheduledFuture<?> previous = timer;
        if (previous != null) previous.cancel(false);
        try {
            timer = worker.schedule(this::pass, Math.max(1, sleep.toMillis()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // shutting down
        }
    }

    private int drainSafely() {
        int total = 0;
        try {
            int sent;
            while ((sent = drainOnce()) > 0) {
                total += sent; // keep going while there is work that is due
            }
        } catch (RuntimeException e) {
            LOG.error("outbox pass failed", e);
        }
        return total;
    }

    /** One pass: tries each conversation's oldest due message once. Returns how many were sent. */
    public synchronized int drainOnce() {
        Instant now = clock.instant();
        List<Outbox.Entry> due = outbox.due(now);
        int sent = 0;
        for (Outbox.Entry e : due) {
            if (attempt(e, now)) sent++;
        }
        return sent;
    }

    private boolean attempt(Outbox.Entry e, Instant now) {
        // another instance sends it (or sent it since this pass read the outbox)
        if (!outbox.claim(e.id())) return false;
        ChatPlatform platform = platforms.get(e.platform());
        if (platform == null) {
            outbox.markFailed(e.id(), "平台 " + e.platform() + " 未配置");
            LOG.warn("outbox {}: platform {} not configured, conversation {}", e.id(), e.platform(), e.conversationId());
            return false;
        }
        // the last minute's sends; ones stamped later than now were stamped by a clock that has gone back since and
        // would otherwise hold the conversation until that clock time comes round again (years, perhaps)
        int limit = platform.messagesPerMinute(e.conversationId());
        Optional<Instant> window = outbox.nthLatestSent(e.platform(), e.conversationId(), limit > 0 ? limit : perMinute)
                .filter(t -> !t.isAfter(now));
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
                outbox.markSent(e.id(), clock.instant(), progress, result.warning());
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
            worker.execute(() -> send(platform, platformName, conversationId, reply, replyContext));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
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

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
