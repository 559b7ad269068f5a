package zhaoshang.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;

/**
 * DingTalk on loopback for Stream-mode tests, speaking the documented frames (PLATFORMS.md §6, A4):
 * {@code POST /v1.0/gateway/connections/open} hands out single-use tickets, {@code /connect?ticket=} is the socket
 * (a used or unknown ticket is closed at once), frames pushed to the newest socket, the client's ACKs recorded;
 * {@code /robot/sendBySession} records the replies (the API host is this server too).
 */
public final class FakeDingTalkGateway implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final String clientId;
    private final String clientSecret;
    private final Set<String> tickets = ConcurrentHashMap.newKeySet();
    private final Set<String> usedTickets = ConcurrentHashMap.newKeySet();
    private final List<WsContext> sessions = new CopyOnWriteArrayList<>();
    /** Every ACK the client sent, in order. */
    public final List<JsonNode> acks = new CopyOnWriteArrayList<>();
    /** Every body posted to the robot OpenAPI's groupMessages/send. */
    public final List<JsonNode> groupMessages = new CopyOnWriteArrayList<>();
    /** The file names uploaded with media/upload. */
    public final List<String> uploads = new CopyOnWriteArrayList<>();
    /** Every body posted to the sessionWebhook. */
    public final List<JsonNode> replies = new CopyOnWriteArrayList<>();
    /** What happened, in order: "open", "connect N", "refused ticket", "close N". */
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final AtomicInteger opens = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger upgrades = new AtomicInteger();
    private volatile boolean down;
    private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();
    /** Runs when an ACK arrives, before it is recorded (tests check what the bot stored by then). */
    public volatile Consumer<JsonNode> onAck = a -> { };

    public FakeDingTalkGateway(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = 0;
            cfg.routes.post("/v1.0/gateway/connections/open", ctx -> {
                if (down) {
                    ctx.status(503).result("");
                    return;
                }
                JsonNode body = JSON.readTree(ctx.body());
                if (!clientId.equals(body.path("clientId").asText()) || !clientSecret.equals(body.path("clientSecret").asText())) {
                    ctx.status(401).contentType("application/json")
                            .result("{\"code\":\"InvalidAuthentication\",\"message\":\"clientId or clientSecret is invalid\"}");
                    return;
                }
                boolean subscribed = false;
                for (JsonNode s : body.path("subscriptions")) {
                    subscribed |= "/v1.0/im/bot/messages/get".equals(s.path("topic").asText())
                            && "CALLBACK".equals(s.path("type").asText());
                }
                if (!subscribed) {
                    ctx.status(400).contentType("application/json").result("{\"code\":\"NoSubscription\"}");
                    return;
                }
                String ticket = UUID.randomUUID().toString();
                tickets.add(ticket);
                opens.incrementAndGet();
                events.add("open");
                ctx.contentType("application/json").result(JSON.createObjectNode()
                        .put("endpoint", "ws://127.0.0.1:" + port() + "/connect").put("ticket", ticket).toString());
            });
            // the OpenAPI (files and pushes): tokens, media upload, robot group messages
            cfg.routes.post("/v1.0/oauth2/accessToken", ctx -> ctx.contentType("application/json")
                    .result("{\"accessToken\":\"api-token\",\"expireIn\":7200}"));
            cfg.routes.get("/gettoken", ctx -> ctx.contentType("application/json")
                    .result("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"oapi-token\",\"expires_in\":7200}"));
            cfg.routes.post("/media/upload", ctx -> {
                uploads.add(ctx.uploadedFile("media") == null ? "" : ctx.uploadedFile("media").filename());
                ctx.contentType("application/json").result("{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"file\",\"media_id\":\"@media-1\"}");
            });
            cfg.routes.post("/v1.0/robot/groupMessages/send", ctx -> {
                groupMessages.add(JSON.readTree(ctx.body()));
                ctx.contentType("application/json").result("{\"processQueryKey\":\"pqk\"}");
            });
            cfg.routes.post("/robot/sendBySession", ctx -> {
                replies.add(JSON.readTree(ctx.body()));
                ctx.contentType("application/json").result("{\"errcode\":0,\"errmsg\":\"ok\"}");
            });
            // Logged when the request to open a socket arrives, before the server answers it: the client can only
            // learn that the new socket is open (and close the old one) after this, whereas the server's onConnect
            // below may run after the old socket's close on a busy machine.
            cfg.routes.wsBeforeUpgrade("/connect", ctx -> events.add("upgrade " + upgrades.incrementAndGet()));
            cfg.routes.ws("/connect", ws -> {
                ws.onConnect(ctx -> {
                    String ticket = ctx.queryParam("ticket");
                    if (ticket == null || !tickets.remove(ticket) || !usedTickets.add(ticket)) {
                        events.add("refused ticket");
                        ctx.closeSession(4401, "invalid ticket");
                        return;
                    }
                    ctx.attribute("n", connections.incrementAndGet());
                    sessions.add(ctx);
                    events.add("connect " + ctx.attribute("n"));
                });
                ws.onMessage(ctx -> {
                    JsonNode ack = JSON.readTree(ctx.message());
                    onAck.accept(ack);
                    acks.add(ack);
                    CompletableFuture<JsonNode> f = awaited.remove(ack.path("headers").path("messageId").asText());
                    if (f != null) f.complete(ack);
                });
                ws.onClose(ctx -> {
                    sessions.removeIf(s -> s.sessionId().equals(ctx.sessionId()));
                    events.add("close " + ctx.attribute("n"));
                });
            });
        });
        app.start();
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Sockets open now. */
    public int openSockets() {
        return sessions.size();
    }

    /** connections/open answers 503 while down. */
    public void down(boolean down) {
        this.down = down;
    }

    private WsContext newest() {
        if (sessions.isEmpty()) throw new IllegalStateException("no socket open");
        return sessions.get(sessions.size() - 1);
    }

    /** Pushes a robot message (the callback JSON as {@code data}) with this frame messageId. */
    public void push(String messageId, String data) {
        send(frame("CALLBACK", "/v1.0/im/bot/messages/get", messageId, data));
    }

    /**
     * Pushes a robot message and waits for its ACK: the ACK's code, or -1 when no socket is open, the push fails or
     * no ACK comes within {@code timeout}.
     */
    public int pushAndAwait(String messageId, String data, java.time.Duration timeout) {
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        awaited.put(messageId, f);
        try {
            push(messageId, data);
            return f.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).path("code").asInt(-1);
        } catch (Exception e) {
            return -1;
        } finally {
            awaited.remove(messageId);
        }
    }

    public void ping(String messageId, String opaque) {
        send(frame("SYSTEM", "ping", messageId, JSON.createObjectNode().put("opaque", opaque).toString()));
    }

    public void sendDisconnect() {
        send(frame("SYSTEM", "disconnect", "disc-" + UUID.randomUUID(), "{\"reason\":\"server update\"}"));
    }

    public void send(String frame) {
        newest().send(frame);
    }

    public static String frame(String type, String topic, String messageId, String data) {
        ObjectNode f = JSON.createObjectNode().put("specVersion", "1.0").put("type", type);
        f.putObject("headers").put("appId", "app-1").put("connectionId", "conn-1").put("contentType", "application/json")
                .put("messageId", messageId).put("time", Long.toString(System.currentTimeMillis())).put("topic", topic);
        f.put("data", data);
        return f.toString();
    }

    /** Drops the newest socket without a close handshake (a network cut). */
    public void drop() {
        newest().session.disconnect();
    }

    /** The ACKs for a frame messageId. */
    public List<JsonNode> acksFor(String messageId) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : acks) if (messageId.equals(a.path("headers").path("messageId").asText())) out.add(a);
        return out;
    }

    @Override
    public void close() {
        app.stop();
    }
}
