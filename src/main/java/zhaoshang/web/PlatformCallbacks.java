package zhaoshang.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.bot.Pipeline;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.InboundResult;
import zhaoshang.chat.InboundSink;
import zhaoshang.chat.SignClaim;
import zhaoshang.chat.dingtalk.DingTalkInbound;
import zhaoshang.chat.wecom.WeComInbound;
import zhaoshang.inbox.Inbox;

/**
 * Platform callbacks: verify, store the raw message, answer 200 at once, handle it after on one worker thread
 * (so a group's messages keep their order). Refusals log a secret-free reason and never touch the ledgers.
 */
public final class PlatformCallbacks implements AutoCloseable, InboundSink {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformCallbacks.class);

    private final DingTalkInbound dingtalk;
    private final WeComInbound wecom;
    private final Pipeline pipeline;
    private final Clock clock;
    private volatile boolean closing;
    /**
     * Messages stored and waiting for the worker, in the order stored. The worker takes all that wait (up to
     * {@link #GROUP}) and handles them in one transaction ({@link Pipeline#processAll}): under load, one commit and
     * one connection serve many messages instead of one each.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<Pipeline.Job> waiting =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    /**
     * At most this many messages in one transaction: it holds SQLite's write lock from the first message's first
     * write to the commit (about a millisecond per message), and the callbacks' inbox inserts wait for it.
     */
    static final int GROUP = 16;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "inbound-worker");
        t.setDaemon(true);
        return t;
    });

    /** Either inbound may be null when that platform is not configured. */
    public PlatformCallbacks(DingTalkInbound dingtalk, WeComInbound wecom, Pipeline pipeline, Clock clock) {
        this.dingtalk = dingtalk;
        this.wecom = wecom;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    public void routes(JavalinConfig cfg) {
        if (dingtalk != null) {
            cfg.routes.post("/dingtalk/callback", ctx -> {
                Optional<String> body = body(ctx);
                if (body.isEmpty()) return;
                answer(ctx, "dingtalk", dingtalk.accept(dingTalkHeaders(ctx), query(ctx), body.get(), clock.instant()), "{}");
            });
        }
        if (wecom != null) {
            cfg.routes.get("/wecom/callback", ctx -> {
                InboundResult r = wecom.verifyUrl(query(ctx), clock.instant());
                if (!r.ok()) LOG.warn("wecom URL verification refused: {}", r.reason());
                ctx.status(r.status()).contentType("text/plain; charset=utf-8").result(r.body());
            });
            cfg.routes.post("/wecom/callback", ctx -> {
                Optional<String> body = body(ctx);
                if (body.isEmpty()) return;
                answer(ctx, "wecom", wecom.accept(query(ctx), body.get(), clock.instant()), "");
            });
        }
    }

    private void answer(Context ctx, String platform, InboundResult r, String okBody) {
        if (!r.ok()) {
            LOG.warn("{} callback refused ({}): {}", platform, r.status(), r.reason());
            ctx.status(r.status()).json(Map.of("error", r.status() == 413 ? "请求体过大" : "请求无效"));
            return;
        }
        if (r.message() != null && !take(r.message(), r.sign())) {
            LOG.warn("{} callback refused (401): {}", platform, DingTalkInbound.REPLAYED);
            ctx.status(401).json(Map.of("error", "请求无效"));
            return;
        }
        ctx.status(200).contentType(okBody.startsWith("{") ? "application/json" : "text/plain; charset=utf-8")
                .result(r.body().isEmpty() ? okBody : r.body());
    }

    /**
     * Stores a verified message in the inbox and queues it for the worker (a message seen before is not handled
     * again). HTTP callbacks answer 200 after this; the connections the bot opens itself (DingTalk Stream, WeCom
     * long connection) acknowledge the frame after this.
     */
    @Override
    public void take(ChatMessage message) {
        take(message, null);
    }

    /**
     * {@link #take(ChatMessage)} for a callback whose sign is recorded with the message, in the same write
     * ({@link InboundResult#sign()}; null for none). False when the sign had carried another message: a replay,
     * nothing stored, to be refused.
     */
    private boolean take(ChatMessage message, SignClaim sign) {
        Optional<Inbox.Received> received = pipeline.receive(message, sign);
        if (received.isPresent() && received.get().outcome() == Inbox.Outcome.REPLAYED) return false;
        if (received.isPresent() && received.get().stored()) {
            waiting.add(new Pipeline.Job(received.get().id(), message, true));
            try {
                worker.execute(this::handleWaiting);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                LOG.info("{} message {} stored while stopping: handled at the next start", message.platform(),
                        message.msgId());
            }
        } else {
            LOG.info("{} message {} in {} received again (or not stored): not handled", message.platform(),
                    message.msgId(), message.conversationId());
        }
        return true;
    }

    /** On the worker: handles the messages waiting, a group at a time (an empty queue: another run took them). */
    private void handleWaiting() {
        while (!closing) {
            List<Pipeline.Job> group = new java.util.ArrayList<>();
            Pipeline.Job next;
            while (group.size() < GROUP && (next = waiting.poll()) != null) group.add(next);
            if (group.isEmpty()) return;
            pipeline.processAll(group);
        }
    }

    /** The body as text, or empty after answering 413 when it is over the platforms' 64 KB cap. */
    private static Optional<String> body(Context ctx) {
        try {
            return Optional.of(new String(RequestBody.read(ctx, InboundResult.MAX_BODY_BYTES, "请求体过大"),
                    StandardCharsets.UTF_8));
        } catch (ApiError e) {
            ctx.status(e.status).json(Map.of("error", e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The headers a DingTalk callback is checked by ({@code timestamp}, {@code sign}; the servlet looks them up
     * case-insensitively), not a map of every header the request has.
     */
    private static Map<String, String> dingTalkHeaders(Context ctx) {
        Map<String, String> out = new HashMap<>(4);
        for (String name : DINGTALK_HEADERS) {
            String v = ctx.header(name);
            if (v != null) out.put(name, v);
        }
        return out;
    }

    private static final String[] DINGTALK_HEADERS = {"timestamp", "sign"};

    private static Map<String, String> query(Context ctx) {
        if (ctx.queryString() == null) return Map.of(); // a signed robot callback has none
        Map<String, String> flat = new HashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!e.getValue().isEmpty()) flat.put(e.getKey(), e.getValue().get(0));
        }
        return flat;
    }

    /**
     * Handles messages left over from before a restart, in the background on the worker (so the web server is
     * already answering), in the order received and ahead of any callback that arrives meanwhile.
     */
    public void recover(List<Inbox.Entry> leftovers) {
        if (leftovers.isEmpty()) return;
        LOG.info("{} message(s) left over from before the restart: handling them in the background", leftovers.size());
        worker.execute(() -> {
            int handled = 0;
            for (int i = 0; i < leftovers.size() && !closing; i += GROUP) {
                List<Pipeline.Job> group = leftovers.subList(i, Math.min(leftovers.size(), i + GROUP)).stream()
                        .map(e -> new Pipeline.Job(e.id(), e.message(), false)).toList();
                pipeline.processAll(group);
                handled += group.size();
            }
            LOG.info("handled {} of {} message(s) left over from before the restart", handled, leftovers.size());
        });
    }

    /** Waits for messages being handled (tests, shutdown). */
    public void drain() {
        try {
            worker.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops handling: the message being handled finishes, queued ones stay in the inbox as received and are handled
     * at the next start ({@link #recover}), so nothing runs against a closed database.
     */
    @Override
    public void close() {
        closing = true;
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
