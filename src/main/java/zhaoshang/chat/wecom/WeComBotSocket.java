package zhaoshang.chat.wecom;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.chat.Backoff;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.InboundResult;
import zhaoshang.chat.InboundSink;
import zhaoshang.chat.LinkStatus;
import zhaoshang.chat.PlatformHttp;

/**
 * The WeCom 智能机器人 long connection (doc 101463, PLATFORMS.md A5): the bot connects to
 * {@code wss://openws.work.weixin.qq.com} itself, so it needs no public address and no callback crypto.
 *
 * <p>Frames are {@code {cmd, headers:{req_id}, body}}; every request the bot sends is answered by a frame with the
 * same req_id and {@code errcode}/{@code errmsg}. After opening: {@code aibot_subscribe {bot_id, secret}} (errcode 0
 * = connected; anything else = refused credentials: one Chinese log line, retried every 60 s); {@code ping} every
 * 30 s (two unanswered pings = dead connection, reconnect). {@code aibot_msg_callback} and
 * {@code aibot_event_callback} carry the same JSON as the HTTP callback: the message is stored in the inbox
 * ({@link InboundSink}) before any frame about it is sent back — the long connection has no per-message
 * acknowledgement, so "stored first" means the answer can only follow a stored copy; its req_id goes into the
 * message's reply context ({@value #REQ_ID}) for {@code aibot_respond_msg}. A {@code disconnected_event} means a newer
 * connection for the same bot took over (one connection per bot): this one is dropped and opened again after the
 * backoff, with a warning, since two bots on one bot id would take turns.
 *
 * <p>Sending ({@link #request}): {@code aibot_respond_msg} (answer to a message, its req_id), {@code aibot_send_msg}
 * ({@code chatid}: pushes such as reminders), media upload {@code aibot_upload_media_init/chunk/finish} (512 KB chunks,
 * at most 100) for files. Reconnect backoff 1 s → 60 s, reset once a subscription succeeds.
 */
public final class WeComBotSocket implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WeComBotSocket.class);
    public static final String DEFAULT_URL = "wss://openws.work.weixin.qq.com";
    /** replyContext: the req_id of the long-connection frame that carried the message. */
    public static final String REQ_ID = "reqId";
    public static final int CHUNK_BYTES = 512 * 1024;
    public static final int MAX_CHUNKS = 100;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final String url;
    private final String botId;
    private final String secret;
    private final InboundSink sink;
    private final Clock clock;
    private final OkHttpClient socketClient;
    private final Backoff backoff;
    private final LinkStatus status;
    private final Duration heartbeat;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wecom-socket");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private WebSocket current; // guarded by lock
    private boolean subscribed; // guarded by lock
    private String subscribeReqId; // guarded by lock
    private boolean reconnectScheduled; // guarded by lock
    private ScheduledFuture<?> pinger;
    private final AtomicInteger missedPongs = new AtomicInteger();
    private volatile boolean closed;
    private volatile String refusal;

    public WeComBotSocket(String url, String botId, String secret, InboundSink sink, Clock clock, OkHttpClient http,
                          Duration firstBackoff, Duration heartbeat) {
        this.url = url == null || url.isBlank() ? DEFAULT_URL : url.strip();
        this.botId = botId;
        this.secret = secret;
        this.sink = sink;
        this.clock = clock;
        this.socketClient = http.newBuilder().readTimeout(Duration.ZERO).callTimeout(Duration.ZERO).build();
        this.backoff = new Backoff(firstBackoff, Backoff.MAX);
        this.status = new LinkStatus("websocket", clock);
        this.heartbeat = heartbeat;
    }

    public LinkStatus status() {
        return status;
    }

    public void start() {
        scheduler.execute(this::connect);
    }

    private void connect() {
        if (closed) return;
        Request request;
        try {
            request = new Request.Builder().url(url).build();
        } catch (IllegalArgumentException e) {
            status.set(LinkStatus.State.REFUSED, "WECOM_BOT_WS_URL is not a ws:// or wss:// address");
            LOG.error("企业微信长连接地址 WECOM_BOT_WS_URL 无效（应为 wss://openws.work.weixin.qq.com），未连接");
            return;
        }
        synchronized (lock) {
            reconnectScheduled = false;
            if (closed) return;
            subscribed = false;
            if (status.state() != LinkStatus.State.REFUSED) status.set(LinkStatus.State.CONNECTING, null);
            current = socketClient.newWebSocket(request, new Listener());
        }
    }

    private final class Listener extends WebSocketListener {
        @Override
        public void onOpen(WebSocket socket, Response response) {
            String reqId = "aibot_subscribe_" + UUID.randomUUID();
            synchronized (lock) {
                if (socket != current) {
                    socket.close(1000, "replaced");
                    return;
                }
                subscribeReqId = reqId;
            }
            ObjectNode frame = frame("aibot_subscribe", reqId);
            frame.putObject("body").put("bot_id", botId).put("secret", secret);
            socket.send(frame.toString());
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            JsonNode frame;
            try {
                frame = PlatformHttp.JSON.readTree(text);
            } catch (java.io.IOException e) {
                LOG.warn("企业微信长连接：收到无法解析的帧，已忽略");
                return;
            }
            if (frame == null || !frame.isObject()) return;
            String cmd = frame.path("cmd").asText("");
            String reqId = frame.path("headers").path("req_id").asText("");
            switch (cmd) {
                case "aibot_msg_callback", "aibot_event_callback" -> callback(socket, reqId, frame.path("body"));
                case "" -> answer(socket, reqId, frame);
                default -> LOG.info("企业微信长连接：未知命令 {}，已忽略", cmd);
            }
        }

        @Override
        public void onClosing(WebSocket socket, int code, String reason) {
            socket.close(1000, null);
        }

        @Override
        public void onClosed(WebSocket socket, int code, String reason) {
            lost(socket, "closed " + code, null);
        }

        @Override
        public void onFailure(WebSocket socket, Throwable t, Response response) {
            lost(socket, "socket failure " + t.getClass().getSimpleName()
                    + (response == null ? "" : " HTTP " + response.code()), null);
        }
    }

    /** A frame without cmd: the answer to a request of ours (subscribe, ping, respond, send, upload). */
    private void answer(WebSocket socket, String reqId, JsonNode frame) {
        boolean subscribe;
        synchronized (lock) {
            subscribe = socket == current && reqId.equals(subscribeReqId);
        }
        if (subscribe) {
            int code = frame.path("errcode").asInt(-1);
            if (code == 0) {
                synchronized (lock) {
                    subscribed = true;
                }
                backoff.reset();
                if (refusal != null) refusal = null;
                status.set(LinkStatus.State.CONNECTED, null);
                LOG.info("企业微信智能机器人长连接已连接（第 {} 次）", status.connects());
                startHeartbeat(socket);
            } else {
                String problem = "aibot_subscribe refused: errcode " + code + " " + shorten(frame.path("errmsg").asText(""));
                status.set(LinkStatus.State.REFUSED, problem);
                if (!problem.equals(refusal)) {
                    refusal = problem;
                    LOG.error("企业微信智能机器人长连接订阅被拒绝（{}）：请检查 WECOM_BOT_ID 和 WECOM_BOT_SECRET 是否与管理后台"
                            + "“智能机器人 → API 模式（长连接）”中的 Bot ID 和 Secret 一致；每 60 秒重试一次", problem);
                }
                lost(socket, problem, Backoff.MAX);
                socket.close(1000, "subscribe refused");
            }
            return;
        }
        if (reqId.startsWith("ping_")) {
            missedPongs.set(0);
            return;
        }
        CompletableFuture<JsonNode> f = pending.remove(reqId);
        if (f != null) f.complete(frame);
    }

    private void callback(WebSocket socket, String reqId, JsonNode body) {
        JsonNode event = body.path("event");
        if ("disconnected_event".equals(event.path("eventtype").asText(""))) {
            LOG.warn("企业微信长连接：同一个 Bot ID 建立了新的连接，本连接被取代（是否有两个机器人在用同一个 WECOM_BOT_ID？）");
            lost(socket, "replaced by a newer connection (disconnected_event)", null);
            socket.close(1000, "replaced");
            return;
        }
        InboundResult r = WeComInbound.aiBotMessage(body, clock.instant());
        if (!r.ok()) {
            LOG.warn("企业微信长连接：消息无法读取（{}），已忽略", r.reason());
            return;
        }
        if (r.message() == null) return; // an event that needs nothing
        status.messageReceived();
        ChatMessage m = r.message();
        Map<String, String> ctx = new HashMap<>(m.replyContext());
        ctx.put(REQ_ID, reqId);
        ctx.remove(WeComInbound.RESPONSE_URL); // answers go over the connection
        ctx.remove(WeComInbound.RESPONSE_URL_EXPIRES_AT);
        try {
            sink.take(new ChatMessage(m.platform(), m.msgId(), m.conversationId(), m.senderId(), m.senderName(),
                    m.text(), m.sentAt(), ctx));
        } catch (RuntimeException e) {
            LOG.error("企业微信长连接：消息 {} 未能保存（{}）", m.msgId(), e.toString());
        }
    }

    private void startHeartbeat(WebSocket socket) {
        missedPongs.set(0);
        synchronized (lock) {
            if (pinger != null) pinger.cancel(false);
            pinger = scheduler.scheduleAtFixedRate(() -> {
                if (missedPongs.getAndIncrement() >= 2) {
                    LOG.warn("企业微信长连接：连续两次心跳无应答，重新连接");
                    lost(socket, "heartbeat unanswered", null);
                    socket.cancel();
                    return;
                }
                socket.send(frame("ping", "ping_" + UUID.randomUUID()).toString());
            }, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The current socket is gone: connect again after {@code wait} (null: the backoff). */
    private void lost(WebSocket socket, String why, Duration wait) {
        synchronized (lock) {
            if (socket != current || closed) return;
            current = null;
            subscribed = false;
            if (pinger != null) pinger.cancel(false);
            pinger = null;
        }
        pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("connection lost")));
        pending.clear();
        if (status.state() != LinkStatus.State.REFUSED) {
            status.set(LinkStatus.State.RECONNECTING, why);
            LOG.warn("企业微信长连接已断开（{}），稍后重连", why);
        }
        Duration d = wait == null ? backoff.next() : wait;
        synchronized (lock) {
            if (reconnectScheduled) return;
            reconnectScheduled = true;
        }
        try {
            scheduler.schedule(this::connect, d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // closing
        }
    }

    /** True while subscribed: requests can be sent. */
    public boolean ready() {
        synchronized (lock) {
            return current != null && subscribed;
        }
    }

    /**
     * Sends {@code cmd} with {@code body} and waits for its answer (same req_id).
     *
     * @param reqId the req_id to use (the inbound message's for {@code aibot_respond_msg}); null for a new one
     * @return the answer frame ({@code errcode}, {@code errmsg}, maybe {@code body})
     * @throws IllegalStateException when not connected, the connection is lost meanwhile, or no answer in 10 s
     */
    public JsonNode request(String cmd, String reqId, JsonNode body) {
        String id = reqId == null ? cmd + "_" + UUID.randomUUID() : reqId;
        WebSocket socket;
        synchronized (lock) {
            if (current == null || !subscribed) throw new IllegalStateException("not connected");
            socket = current;
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        if (pending.putIfAbsent(id, answer) != null) throw new IllegalStateException("request " + cmd + " already waiting");
        ObjectNode frame = frame(cmd, id);
        frame.set("body", body);
        if (!socket.send(frame.toString())) {
            pending.remove(id);
            throw new IllegalStateException("connection closing");
        }
        try {
            return answer.get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer to " + cmd + " in " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage());
        } finally {
            pending.remove(id);
        }
    }

    /**
     * Uploads a file over the connection (init, 512 KB chunks, finish) and returns its media_id.
     *
     * @throws IllegalStateException as {@link #request}, or when a step answers an errcode (its text says which)
     */
    public String upload(String type, String fileName, byte[] content) {
        int chunks = (content.length + CHUNK_BYTES - 1) / CHUNK_BYTES;
        if (chunks > MAX_CHUNKS) throw new IllegalArgumentException("over " + MAX_CHUNKS + " chunks");
        ObjectNode init = PlatformHttp.JSON.createObjectNode().put("type", type).put("filename", fileName)
                .put("total_size", content.length).put("total_chunks", chunks).put("md5", md5(content));
        JsonNode a = request("aibot_upload_media_init", null, init);
        check("aibot_upload_media_init", a);
        String uploadId = a.path("body").path("upload_id").asText("");
        if (uploadId.isEmpty()) throw new IllegalStateException("aibot_upload_media_init: no upload_id");
        for (int i = 0; i < chunks; i++) {
            int from = i * CHUNK_BYTES;
            byte[] part = java.util.Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK_BYTES));
            ObjectNode chunk = PlatformHttp.JSON.createObjectNode().put("upload_id", uploadId).put("chunk_index", i)
                    .put("base64_data", Base64.getEncoder().encodeToString(part));
            check("aibot_upload_media_chunk", request("aibot_upload_media_chunk", null, chunk));
        }
        JsonNode done = request("aibot_upload_media_finish", null,
                PlatformHttp.JSON.createObjectNode().put("upload_id", uploadId));
        check("aibot_upload_media_finish", done);
        String mediaId = done.path("body").path("media_id").asText("");
        if (mediaId.isEmpty()) throw new IllegalStateException("aibot_upload_media_finish: no media_id");
        return mediaId;
    }

    /** Thrown for an answer with a non-zero errcode. */
    public static final class Refused extends RuntimeException {
        public final int errcode;

        Refused(String cmd, int errcode, String errmsg) {
            super(cmd + ": errcode " + errcode + " " + shorten(errmsg));
            this.errcode = errcode;
        }
    }

    static void check(String cmd, JsonNode answer) {
        int code = answer.path("errcode").asInt(0);
        if (code != 0) throw new Refused(cmd, code, answer.path("errmsg").asText(""));
    }

    private static ObjectNode frame(String cmd, String reqId) {
        ObjectNode f = PlatformHttp.JSON.createObjectNode().put("cmd", cmd);
        f.putObject("headers").put("req_id", reqId);
        return f;
    }

    private static String md5(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    @Override
    public void close() {
        closed = true;
        WebSocket s;
        synchronized (lock) {
            s = current;
            current = null;
            if (pinger != null) pinger.cancel(false);
        }
        if (s != null) s.close(1000, "bot stopping");
        scheduler.shutdownNow();
        pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("stopping")));
        status.set(LinkStatus.State.STOPPED, null);
    }
}
