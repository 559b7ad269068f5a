package zhaoshang.support;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;

/**
 * The WeCom 智能机器人 long-connection server on loopback (doc 101463 as PLATFORMS.md A5 gives it): frames
 * {@code {cmd, headers:{req_id}, body}}, every request answered with its req_id and errcode; a subscription with a
 * wrong secret answered errcode 40001; a new subscription for the bot replaces the old connection (which gets a
 * {@code disconnected_event} and is closed); uploads collected chunk by chunk; what the bot sent recorded.
 */
public final class FakeWeComSocketServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final List<WsContext> subscribed = new CopyOnWriteArrayList<>();
    /** Every request frame the bot sent, in order (pings left out). */
    public final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    public final AtomicInteger subscribes = new AtomicInteger();
    public final AtomicInteger pings = new AtomicInteger();
    private final Map<String, ByteArrayOutputStream> uploads = new ConcurrentHashMap<>();
    /** Uploaded files by media_id. */
    public final Map<String, byte[]> media = new ConcurrentHashMap<>();
    public final Map<String, String> mediaNames = new ConcurrentHashMap<>();
    /** The errcode aibot_respond_msg answers with (0: accepted). */
    public volatile int respondErrcode;

    public FakeWeComSocketServer(String botId, String secret) {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = 0;
            cfg.routes.ws("/", ws -> {
                ws.onMessage(ctx -> {
                    JsonNode f = JSON.readTree(ctx.message());
                    String cmd = f.path("cmd").asText();
                    String reqId = f.path("headers").path("req_id").asText();
                    JsonNode body = f.path("body");
                    ObjectNode answerBody = null;
                    int errcode = 0;
                    switch (cmd) {
                        case "aibot_subscribe" -> {
                            if (!botId.equals(body.path("bot_id").asText()) || !secret.equals(body.path("secret").asText())) {
                                errcode = 40001;
                            } else {
                                subscribes.incrementAndGet();
                                for (WsContext old : subscribed) {
                                    old.send(event("disconnected_event"));
                                    old.closeSession(1000, "replaced");
                                }
                                subscribed.clear();
                                subscribed.add(ctx);
                            }
                        }
                        case "ping" -> pings.incrementAndGet();
                        case "aibot_respond_msg" -> errcode = respondErrcode;
                        case "aibot_upload_media_init" -> {
                            String id = "up-" + UUID.randomUUID();
                            uploads.put(id, new ByteArrayOutputStream());
                            mediaNames.put(id, body.path("filename").asText());
                            answerBody = JSON.createObjectNode().put("upload_id", id);
                        }
                        case "aibot_upload_media_chunk" -> uploads.get(body.path("upload_id").asText())
                                .writeBytes(Base64.getDecoder().decode(body.path("base64_data").asText()));
                        case "aibot_upload_media_finish" -> {
                            String id = body.path("upload_id").asText();
                            String mediaId = "media-" + id;
                            media.put(mediaId, uploads.remove(id).toByteArray());
                            mediaNames.put(mediaId, mediaNames.remove(id));
                            answerBody = JSON.createObjectNode().put("media_id", mediaId);
                        }
                        default -> { }
                    }
                    if (!cmd.equals("ping")) frames.add(f);
                    ObjectNode answer = JSON.createObjectNode();
                    answer.putObject("headers").put("req_id", reqId);
                    answer.put("errcode", errcode).put("errmsg", errcode == 0 ? "ok" : "invalid secret");
                    if (answerBody != null) answer.set("body", answerBody);
                    ctx.send(answer.toString());
                });
                ws.onClose(ctx -> subscribed.removeIf(s -> s.sessionId().equals(ctx.sessionId())));
            });
        });
        app.start();
    }

    private static String event(String type) {
        ObjectNode f = JSON.createObjectNode().put("cmd", "aibot_event_callback");
        f.putObject("headers").put("req_id", "evt-" + UUID.randomUUID());
        ObjectNode b = f.putObject("body").put("msgid", "evt-" + UUID.randomUUID()).put("msgtype", "event");
        b.putObject("event").put("eventtype", type);
        return f.toString();
    }

    public String url() {
        return "ws://127.0.0.1:" + app.port() + "/";
    }

    public int openSubscribed() {
        return subscribed.size();
    }

    /** Pushes an {@code aibot_msg_callback} with this req_id and body to the subscribed connection. */
    public void push(String reqId, String body) throws Exception {
        ObjectNode f = JSON.createObjectNode().put("cmd", "aibot_msg_callback");
        f.putObject("headers").put("req_id", reqId);
        f.set("body", JSON.readTree(body));
        subscribed.get(0).send(f.toString());
    }

    public void sendEvent(String type) {
        subscribed.get(0).send(event(type));
    }

    /** Cuts the subscribed connection without a close handshake. */
    public void drop() {
        subscribed.get(0).session.disconnect();
    }

    public List<JsonNode> sent(String cmd) {
        return frames.stream().filter(f -> cmd.equals(f.path("cmd").asText())).toList();
    }

    @Override
    public void close() {
        app.stop();
    }
}
