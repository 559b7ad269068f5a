package zhaoshang.chat.dingtalk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
import zhaoshang.chat.InboundResult;
import zhaoshang.chat.InboundSink;
import zhaoshang.chat.LinkStatus;
import zhaoshang.chat.PlatformHttp;

/**
 * DingTalk Stream mode (PLATFORMS.md §6, A4): the bot opens the connection itself, so it needs no public address,
 * certificate or firewall rule.
 *
 * <ol>
 *   <li>{@code POST {DINGTALK_API_BASE}/v1.0/gateway/connections/open} with clientId (AppKey), clientSecret and the
 *       robot-message subscription → {@code {endpoint, ticket}}; the ticket is good for one connection, so every
 *       reconnect asks again;</li>
 *   <li>WebSocket to {@code endpoint?ticket=…};</li>
 *   <li>frames {@code {specVersion, type, headers{topic, messageId, …}, data:"<json>"}}: SYSTEM {@code ping} is answered
 *       with its own data; SYSTEM {@code disconnect} opens a new connection at once and closes the old one once the
 *       new one is open; a CALLBACK on {@code /v1.0/im/bot/messages/get} is read like the HTTP callback body, handed
 *       to the {@link InboundSink} (stored in the inbox) and only then acknowledged with its messageId — DingTalk does
 *       not deliver a robot message twice, so an acknowledgement must never precede the stored copy; any other topic
 *       gets a 404 acknowledgement.</li>
 * </ol>
 * A lost connection is opened again after 1 s, 2 s, 4 s … at most 60 s; the wait starts again at 1 s once a
 * connection has carried a frame. Refused credentials (HTTP 401/403, or 400 naming the client) log one line in
 * Chinese, not a stack trace, and are tried again every 60 s. Replies never go over the socket (DingTalk does not
 * allow it): they leave through the outbox by sessionWebhook or OpenAPI, as for HTTP callbacks.
 *
 * <p>Built on OkHttp's WebSocket rather than the official SDK ({@code app-stream-client}): the SDK's API host cannot
 * be set without reflection and it only accepts {@code wss}, so it can be tested against a loopback fake only with a
 * self-signed certificate; it also shades netty and fastjson2 (5.2 MB) for what is ~200 lines here.
 */
public final class DingTalkStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DingTalkStream.class);
    public static final String BOT_MESSAGE_TOPIC = "/v1.0/im/bot/messages/get";
    static final String OPEN_PATH = "/v1.0/gateway/connections/open";

    private final DingTalkSettings settings;
    private final DingTalkInbound reader;
    private final InboundSink sink;
    private final Clock clock;
    private final OkHttpClient socketClient;
    private final PlatformHttp http;
    private final Backoff backoff;
    private final LinkStatus status;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dingtalk-stream");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private WebSocket current; // guarded by lock
    private WebSocket retiring; // the socket a disconnect frame announced, closed once a new one is open
    private boolean reconnectScheduled; // guarded by lock
    private volatile boolean closed;
    private volatile String refusal; // the last credentials problem logged, so it is logged once

    /**
     * @param reader reads the message JSON (same as the HTTP callback body; its sessionWebhook host check applies)
     * @param sink   stores a message before it is acknowledged
     */
    public DingTalkStream(DingTalkSettings settings, DingTalkInbound reader, InboundSink sink, Clock clock,
                          OkHttpClient http, Duration firstBackoff) {
        if (!settings.hasAppCredentials()) throw new IllegalArgumentException("Stream mode needs AppKey and AppSecret");
        this.settings = settings;
        this.reader = reader;
        this.sink = sink;
        this.clock = clock;
        this.socketClient = http.newBuilder().readTimeout(Duration.ZERO).callTimeout(Duration.ZERO)
                .pingInterval(Duration.ofSeconds(30)).build();
        this.http = new PlatformHttp(http);
        this.backoff = new Backoff(firstBackoff, Backoff.MAX);
        this.status = new LinkStatus("stream", clock);
    }

    public LinkStatus status() {
        return status;
    }

    /** Connects in the background; returns at once. */
    public void start() {
        scheduler.execute(this::connect);
    }

    /** Asks for a ticket and opens the socket; on failure schedules the next try. Runs on the scheduler thread. */
    private void connect() {
        if (closed) return;
        synchronized (lock) {
            reconnectScheduled = false;
        }
        status.set(status.state() == LinkStatus.State.REFUSED ? LinkStatus.State.REFUSED : LinkStatus.State.CONNECTING,
                null);
        ObjectNode body = PlatformHttp.JSON.createObjectNode()
                .put("clientId", settings.appKey()).put("clientSecret", settings.appSecret())
                .put("ua", "zhaoshang-bot").put("localIp", "");
        body.putArray("subscriptions").addObject().put("type", "CALLBACK").put("topic", BOT_MESSAGE_TOPIC);
        PlatformHttp.Outcome o = http.postJson(settings.apiBase() + OPEN_PATH, body, Map.of());
        String endpoint = o.json().path("endpoint").asText("");
        String ticket = o.json().path("ticket").asText("");
        if (!o.ok() || endpoint.isEmpty() || ticket.isEmpty()) {
            openFailed(o);
            return;
        }
        if (refusal != null) {
            LOG.info("钉钉 Stream：凭证已被接受，正在连接");
            refusal = null;
        }
        String url = endpoint + (endpoint.contains("?") ? "&" : "?") + "ticket="
                + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
        Request request;
        try {
            request = new Request.Builder().url(url).build();
        } catch (IllegalArgumentException e) {
            status.set(LinkStatus.State.RECONNECTING, "connections/open gave an unusable endpoint");
            LOG.warn("钉钉 Stream：网关返回的连接地址无法使用，稍后重试");
            scheduleReconnect();
            return;
        }
        synchronized (lock) {
            if (closed) return;
            current = socketClient.newWebSocket(request, new Listener());
        }
    }

    private void openFailed(PlatformHttp.Outcome o) {
        if (o.networkError() || o.serverError() || o.ok()) {
            String problem = o.networkError() ? "connections/open: network error " + o.failure()
                    : "connections/open: HTTP " + o.status() + (o.ok() ? " without endpoint or ticket" : "");
            status.set(LinkStatus.State.RECONNECTING, problem);
            LOG.warn("钉钉 Stream：无法连接网关（{}），稍后重试", problem);
            scheduleReconnect();
            return;
        }
        String code = o.json().path("code").asText("");
        String problem = "connections/open refused: HTTP " + o.status() + (code.isEmpty() ? "" : " " + code);
        status.set(LinkStatus.State.REFUSED, problem);
        if (!problem.equals(refusal)) {
            refusal = problem;
            LOG.error("钉钉 Stream 连接被拒绝（{}）：请检查 DINGTALK_APP_KEY 和 DINGTALK_APP_SECRET 是否与开发者后台"
                    + "“凭证与基础信息”中的 Client ID、Client Secret 一致；每 60 秒重试一次", problem);
        }
        scheduleAfter(Backoff.MAX);
    }

    private void scheduleReconnect() {
        scheduleAfter(backoff.next());
    }

    private void scheduleAfter(Duration wait) {
        synchronized (lock) {
            if (closed || reconnectScheduled) return;
            reconnectScheduled = true;
        }
        try {
            scheduler.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // closing
        }
    }

    private final class Listener extends WebSocketListener {
        private boolean heard;

        @Override
        public void onOpen(WebSocket socket, Response response) {
            WebSocket old;
            synchronized (lock) {
                if (socket != current) {
                    socket.close(1000, "replaced");
                    return;
                }
                old = retiring;
                retiring = null;
            }
            status.set(LinkStatus.State.CONNECTED, null);
            LOG.info("钉钉 Stream 已连接（第 {} 次）", status.connects());
            if (old != null) old.close(1000, "reconnected");
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            if (!heard) {
                heard = true;
                backoff.reset();
            }
            JsonNode frame;
            try {
                frame = PlatformHttp.JSON.readTree(text);
            } catch (java.io.IOException e) {
                LOG.warn("钉钉 Stream：收到无法解析的帧，已忽略");
                return;
            }
            if (frame == null || !frame.isObject()) return;
            String type = frame.path("type").asText("");
            String topic = frame.path("headers").path("topic").asText("");
            String messageId = frame.path("headers").path("messageId").asText("");
            String data = frame.path("data").asText("");
            if ("SYSTEM".equals(type)) {
                system(socket, topic, messageId, data);
            } else if (BOT_MESSAGE_TOPIC.equals(topic)) {
                botMessage(socket, messageId, data);
            } else {
                LOG.info("钉钉 Stream：未订阅的主题 {}（{}），已回复 404", topic, type);
                ack(socket, messageId, 404, "unknown topic", "{\"response\":null}");
            }
        }

        @Override
        public void onClosing(WebSocket socket, int code, String reason) {
            socket.close(1000, null);
        }

        @Override
        public void onClosed(WebSocket socket, int code, String reason) {
            lost(socket, "closed " + code);
        }

        @Override
        public void onFailure(WebSocket socket, Throwable t, Response response) {
            lost(socket, "socket failure " + t.getClass().getSimpleName()
                    + (response == null ? "" : " HTTP " + response.code()));
        }
    }

    private void system(WebSocket socket, String topic, String messageId, String data) {
        switch (topic) {
            case "ping" -> ack(socket, messageId, 200, "OK", data);
            case "disconnect" -> {
                LOG.info("钉钉 Stream：网关通知即将断开，正在建立新连接");
                synchronized (lock) {
                    if (socket != current || closed) return;
                    retiring = socket;
                    current = null;
                }
                scheduler.execute(this::connect);
            }
            default -> ack(socket, messageId, 404, "unknown system topic", "{\"response\":null}");
        }
    }

    /** Reads, stores, then acknowledges; a message that could not be stored is acknowledged with 500. */
    private void botMessage(WebSocket socket, String messageId, String data) {
        InboundResult r = reader.streamed(data, clock.instant());
        if (!r.ok() || r.message() == null) {
            LOG.warn("钉钉 Stream：消息 {} 无法读取（{}），已回复 400", messageId, r.reason());
            ack(socket, messageId, 400, "bad message", "{\"response\":null}");
            return;
        }
        status.messageReceived();
        try {
            sink.take(r.message());
        } catch (RuntimeException e) {
            LOG.error("钉钉 Stream：消息 {} 未能保存（{}），未确认", r.message().msgId(), e.toString());
            ack(socket, messageId, 500, "not stored", "{\"response\":null}");
            return;
        }
        ack(socket, messageId, 200, "OK", "{\"response\":null}");
    }

    private static void ack(WebSocket socket, String messageId, int code, String message, String data) {
        ObjectNode ack = PlatformHttp.JSON.createObjectNode().put("code", code);
        ack.putObject("headers").put("messageId", messageId).put("contentType", "application/json");
        ack.put("message", message).put("data", data == null || data.isEmpty() ? "{}" : data);
        socket.send(ack.toString());
    }

    /** The current socket is gone: connect again after the backoff (a retiring or replaced one is just dropped). */
    private void lost(WebSocket socket, String why) {
        synchronized (lock) {
            if (socket == retiring) {
                retiring = null;
                return;
            }
            if (socket != current || closed) return;
            current = null;
        }
        status.set(LinkStatus.State.RECONNECTING, why);
        LOG.warn("钉钉 Stream 连接已断开（{}），稍后重连", why);
        scheduleReconnect();
    }

    @Override
    public void close() {
        closed = true;
        WebSocket a;
        WebSocket b;
        synchronized (lock) {
            a = current;
            b = retiring;
            current = null;
            retiring = null;
        }
        if (a != null) a.close(1000, "bot stopping");
        if (b != null) b.close(1000, "bot stopping");
        scheduler.shutdownNow();
        status.set(LinkStatus.State.STOPPED, null);
    }
}
