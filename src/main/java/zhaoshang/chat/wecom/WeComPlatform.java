package zhaoshang.chat.wecom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.Delivery;
import zhaoshang.chat.PlatformHttp;
import zhaoshang.chat.PlatformHttp.Outcome;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult;
import zhaoshang.chat.render.Part;
import zhaoshang.chat.render.RenderContext;
import zhaoshang.chat.render.Renderers;
import zhaoshang.chat.render.Rendering;
import zhaoshang.chat.render.Route;

/**
 * Sends into WeCom (PLATFORMS.md §7, §9, A1, A2). Messages are rendered per route by chat.render.
 *
 * <ul>
 *   <li>With the self-built app's credentials: conversations {@code app:<AgentID>} (answers to the member, pushes to
 *       the people named) and {@code appchat:<chatid>} (groups the app created) through the app's own API
 *       ({@link WeComAppSender}).</li>
 *   <li>With the 智能机器人 long connection (WECOM_BOT_MODE=websocket): answers to the messages that came over it and
 *       every message for a conversation without a webhook key go over the connection ({@link WeComSocketSender}),
 *       files included; only a text naming people goes through the group webhook when there is one (it can @).</li>
 *   <li>A message answering an AI-bot ({@code kind=aibot}) message: POST to its {@code response_url} while it is
 *       valid ({@code responseUrlExpiresAt}) and not yet used — it is good for one call, so whether this message or
 *       another answer to the same inbound message used it is kept with the outbox rows ({@link Delivery#progress()}),
 *       not in memory. Markdown v2 (20480 bytes), or a {@code button_interaction} card in a 1:1 chat. What does not
 *       fit in that one call continues through the group webhook; without a webhook the reply is sent compact
 *       (each record's first line) so that no record number is lost. A permanent answer from the response_url also
 *       continues through the webhook when the conversation has one.</li>
 *   <li>Everything else through the conversation's group robot webhook {@code /cgi-bin/webhook/send?key=}:
 *       legacy markdown (≤ 4096 bytes), or text (≤ 2048 bytes) with {@code mentioned_list} for a message that names
 *       people; image (JPG/PNG ≤ 2 MB, base64 + md5 of the raw bytes), file ({@code upload_media?type=file}, part
 *       {@code media}, 6 bytes … 20 MB, uploaded per send because the media_id lives 3 days).</li>
 * </ul>
 * Longer texts go as several messages split between records; the parts already delivered are recorded with the
 * outbox row, so a retry or a restart continues with the next part. Each part counts against the platform's 20
 * messages/minute.
 *
 * <p>Classification: network errors, HTTP 5xx/429, errcode -1, 45009, 45011, 45033 → RETRY; 93000 (invalid webhook
 * key) and every other errcode or 4xx → PERMANENT. Details and logs never hold the webhook key or response_url.
 */
public final class WeComPlatform implements ChatPlatform {

    private static final Logger LOG = LoggerFactory.getLogger(WeComPlatform.class);

    public static final int MAX_TEXT_BYTES = 2048;
    public static final int MAX_MARKDOWN_BYTES = 4096;
    public static final int MAX_RESPONSE_URL_BYTES = 20480;
    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    public static final int MIN_FILE_BYTES = 6;

    private static final Set<Integer> RETRY_CODES = Set.of(-1, 45009, 45011, 45033);

    private final WeComSettings settings;
    private final Map<String, String> webhookKeys;
    private final Clock clock;
    private final PlatformHttp http;
    private final WeComSocketSender socket;
    private final WeComAppApi appApi;
    private final WeComAppSender app;

    /**
     * @param settings    API base
     * @param webhookKeys conversationId → group robot webhook key (the {@code key=} value, not the URL)
     * @param clock       decides response_url validity
     * @param httpClient  shared OkHttp client
     */
    public WeComPlatform(WeComSettings settings, Map<String, String> webhookKeys, Clock clock, OkHttpClient httpClient) {
        this(settings, webhookKeys, clock, httpClient, null);
    }

    /**
     * @param socket the 智能机器人 long connection (WECOM_BOT_MODE=websocket), or null: when set, answers to messages
     *               that came over it, and pushes into conversations without a webhook key, go over it
     */
    public WeComPlatform(WeComSettings settings, Map<String, String> webhookKeys, Clock clock, OkHttpClient httpClient,
                         WeComBotSocket socket) {
        this(settings, webhookKeys, clock, httpClient, socket, null);
    }

    /**
     * @param app the self-built app's credentials (WECOM_CORP_ID, WECOM_APP_SECRET, WECOM_AGENT_ID), or null: when
     *            set, conversations {@code app:<AgentID>} and {@code appchat:<chatid>} go through the app's own API
     */
    public WeComPlatform(WeComSettings settings, Map<String, String> webhookKeys, Clock clock, OkHttpClient httpClient,
                         WeComBotSocket socket, AppCredentials app) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.webhookKeys = webhookKeys == null ? Map.of() : Map.copyOf(webhookKeys);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new PlatformHttp(httpClient);
        this.socket = socket == null ? null : new WeComSocketSender(socket);
        this.appApi = app == null ? null
                : new WeComAppApi(settings.apiBase(), app.corpId(), app.secret(), app.agentId(), clock, http);
        this.app = appApi == null ? null : new WeComAppSender(appApi);
    }

    /** A self-built app's corp id, secret and AgentId; {@link #toString()} hides the secret. */
    public record AppCredentials(String corpId, String secret, long agentId) {
        @Override
        public String toString() {
            return "AppCredentials[corpId=" + corpId + ", secret=***, agentId=" + agentId + "]";
        }
    }

    /** The app's API (appchat/create at startup), or null when no app credentials are configured. */
    public WeComAppApi appApi() {
        return appApi;
    }

    @Override
    public String name() {
        return "wecom";
    }

    /**
     * The self-built app's limit is 30 messages a minute per member (doc 90236). The outbox counts per conversation,
     * so for {@code app:<AgentID>} the 30 are shared by all its members: never more than 30 to anyone.
     */
    @Override
    public int messagesPerMinute(String conversationId) {
        return app != null && WeComAppSender.handles(conversationId) ? APP_MESSAGES_PER_MINUTE : 0;
    }

    public static final int APP_MESSAGES_PER_MINUTE = 30;

    @Override
    public SendResult send(Delivery d) {
        SendResult r;
        try {
            r = route(d);
        } catch (RuntimeException e) {
            LOG.error("wecom send failed unexpectedly outbox={} conversation={}", d.id(), d.conversationId(), e);
            r = SendResult.permanent("wecom internal error: " + e.getClass().getSimpleName());
        }
        return r.logged(LOG, "wecom", d);
    }

    private SendResult route(Delivery d) {
        Reply reply = d.reply();
        String key = webhookKeys.get(d.conversationId());
        String responseUrl = usableResponseUrl(d);
        boolean named = reply.mentions().stream().anyMatch(m -> m.userId("wecom") != null);
        if (app != null && WeComAppSender.handles(d.conversationId())) return app.send(d);
        if (socket != null && !d.conversationId().startsWith("app:")) {
            // the long connection, except a text naming people where a group webhook can @ them (mentioned_list)
            boolean webhookForMentions = reply.type() == Reply.Type.TEXT && named && key != null;
            if (!webhookForMentions && (d.replyContext().containsKey(WeComBotSocket.REQ_ID) || key == null)) {
                return socket.send(d);
            }
        }
        if (reply.type() == Reply.Type.TEXT && named && key != null) {
            // the response_url cannot @ anyone; the group webhook can (mentioned_list)
            responseUrl = null;
        }
        if (reply.type() == Reply.Type.TEXT) {
            SendResult warning = null;
            if (responseUrl != null) {
                SendResult r = viaResponseUrl(d, responseUrl, key != null);
                if (r.status() == SendResult.Status.RETRY || (r.status() == SendResult.Status.PERMANENT && key == null)) {
                    return r;
                }
                if (r.status() == SendResult.Status.PERMANENT) {
                    LOG.warn("wecom response_url refused outbox={} conversation={} ({}); using the group webhook",
                            d.id(), d.conversationId(), r.detail());
                } else {
                    warning = r;
                }
                if (d.progress().unitsSent() >= reply.blocks().size()) return r;
            }
            if (key == null) return noKey(d, responseUrl);
            SendResult r = pushParts(d, key);
            if (named && r.status() == SendResult.Status.SENT && d.progress().routes().contains(Route.WECOM_AIBOT.key())
                    && !d.progress().routes().contains(Route.WECOM_WEBHOOK.key())) {
                r = r.withWarning("企业微信智能机器人的回复不能 @ 人");
            }
            return warning == null ? r : r.withWarning(warning.warning());
        }
        if (responseUrl != null && key == null && hasDownloadUrl(d)) {
            return viaResponseUrlLink(d, responseUrl);
        }
        if (key == null) return noKey(d, responseUrl);
        return reply.type() == Reply.Type.IMAGE ? pushImage(key, reply) : pushFile(key, reply);
    }

    private SendResult noKey(Delivery d, String responseUrl) {
        return SendResult.permanent("wecom: no webhook key configured for conversation " + d.conversationId()
                + (responseUrl == null && "aibot".equals(d.replyContext().get(WeComInbound.KIND))
                ? " (response_url used or expired)" : ""));
    }

    // ---------------------------------------------------------------- AI bot response_url

    /** The inbound message's response_url while it is valid and neither this message nor another answer used it. */
    private String usableResponseUrl(Delivery d) {
        if (!"aibot".equals(d.replyContext().get(WeComInbound.KIND))) {
            return null;
        }
        String url = d.replyContext().get(WeComInbound.RESPONSE_URL);
        String exp = d.replyContext().get(WeComInbound.RESPONSE_URL_EXPIRES_AT);
        if (url == null || url.isBlank() || exp == null) {
            return null;
        }
        String used = Route.WECOM_AIBOT.key();
        if (d.progress().routes().contains(used) || d.progress().threadRoutes().contains(used)) return null;
        try {
            if (!clock.instant().isBefore(Instant.ofEpochMilli(Long.parseLong(exp.strip())))) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return url;
    }

    /**
     * The response_url's one call: the first part (the whole message when it fits). When the rest has no route
     * (no webhook), the message is sent compact instead so that nothing a member needs (record numbers) is lost.
     */
    private SendResult viaResponseUrl(Delivery d, String url, boolean webhookFollows) {
        Reply reply = d.reply();
        boolean single = "single".equals(d.replyContext().get(WeComInbound.CHATTYPE));
        RenderContext ctx = new RenderContext(single, "zs-" + d.id(), d.progress().unitsSent());
        Rendering rendering = Renderers.of(Route.WECOM_AIBOT).render(reply, ctx);
        String warning = null;
        int delivered;
        if (rendering.parts().size() > 1 && !webhookFollows) {
            Rendering compact = Renderers.of(Route.WECOM_AIBOT).render(Renderers.compact(reply), ctx.from(0));
            rendering = compact;
            delivered = reply.blocks().size();
            warning = "企业微信回复超过 " + Route.WECOM_AIBOT.maxBytes() + " 字节且群 " + d.conversationId()
                    + " 没有群机器人 Webhook：已只发送每条记录的首行"
                    + (compact.parts().size() > 1 ? "（仍超长，只发了第 1 部分）" : "");
        } else {
            delivered = rendering.parts().get(0).toUnit();
        }
        Part part = rendering.parts().get(0);
        ObjectNode body = PlatformHttp.JSON.createObjectNode();
        if (part.format() == Part.Format.CARD) {
            body.put("msgtype", "template_card").set("template_card", part.card());
        } else {
            body.put("msgtype", "markdown").putObject("markdown").put("content", part.body());
        }
        SendResult r = classify("response_url", http.postJson(url, body, Map.of()));
        if (r.status() == SendResult.Status.SENT) {
            d.progress().sent(delivered, Route.WECOM_AIBOT.key());
        } else if (r.status() == SendResult.Status.PERMANENT) {
            d.progress().sent(d.progress().unitsSent(), Route.WECOM_AIBOT.key()); // consumed or refused: never again
        }
        return r.withWarning(warning);
    }

    private SendResult viaResponseUrlLink(Delivery d, String url) {
        Reply reply = d.reply();
        String name = reply.fileName() == null ? "文件" : reply.fileName();
        ObjectNode body = PlatformHttp.JSON.createObjectNode().put("msgtype", "markdown");
        body.putObject("markdown").put("content", "[" + name + "](" + d.downloadUrl() + ")");
        SendResult r = classify("response_url", http.postJson(url, body, Map.of()));
        if (r.status() != SendResult.Status.RETRY) d.progress().sent(0, Route.WECOM_AIBOT.key());
        return r;
    }

    // ---------------------------------------------------------------- group robot webhook

    private String sendUrl(String key) {
        return settings.apiBase() + "/cgi-bin/webhook/send?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** What is left of the message through the group webhook, part by part, each recorded once delivered. */
    private SendResult pushParts(Delivery d, String key) {
        Delivery.Progress p = d.progress();
        List<Part> parts = Renderers.remaining(Route.WECOM_WEBHOOK, d.reply(), RenderContext.GROUP, p.unitsSent());
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String msgtype = part.format() == Part.Format.MARKDOWN ? "markdown" : "text";
            ObjectNode body = PlatformHttp.JSON.createObjectNode().put("msgtype", msgtype);
            ObjectNode inner = body.putObject(msgtype).put("content", part.body());
            if (!part.notifyIds().isEmpty()) {
                ArrayNode list = inner.putArray("mentioned_list");
                part.notifyIds().forEach(list::add);
            }
            SendResult r = classify("webhook " + msgtype, http.postJson(sendUrl(key), body, Map.of()));
            if (r.status() != SendResult.Status.SENT) {
                return parts.size() == 1 ? r
                        : new SendResult(r.status(), r.detail() + " (part " + (i + 1) + "/" + parts.size() + ")");
            }
            p.sent(part.toUnit(), Route.WECOM_WEBHOOK.key());
        }
        return SendResult.sent();
    }

    private SendResult pushImage(String key, Reply reply) {
        byte[] img = reply.content();
        if (img == null || img.length == 0) {
            return SendResult.permanent("wecom: image without content");
        }
        if (img.length > MAX_IMAGE_BYTES) {
            return SendResult.permanent("wecom: image is " + img.length + " bytes, over the 2 MB webhook limit");
        }
        if (!isJpegOrPng(img)) {
            return SendResult.permanent("wecom: webhook images must be JPG or PNG");
        }
        ObjectNode body = PlatformHttp.JSON.createObjectNode().put("msgtype", "image");
        body.putObject("image").put("base64", Base64.getEncoder().encodeToString(img)).put("md5", md5Hex(img));
        return classify("webhook image", http.postJson(sendUrl(key), body, Map.of()));
    }

    private SendResult pushFile(String key, Reply reply) {
        byte[] content = reply.content();
        if (content == null || content.length < MIN_FILE_BYTES) {
            return SendResult.permanent("wecom: file must be larger than 5 bytes");
        }
        if (content.length > MAX_FILE_BYTES) {
            return SendResult.permanent("wecom: file is " + content.length + " bytes, over the 20 MB upload limit");
        }
        String fileName = reply.fileName() == null || reply.fileName().isBlank() ? "file.xlsx" : reply.fileName();
        Outcome up = http.postFile(settings.apiBase() + "/cgi-bin/webhook/upload_media?key="
                        + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&type=file",
                "media", fileName, content, PlatformHttp.contentType(fileName));
        SendResult r = classify("upload_media", up);
        if (r.status() != SendResult.Status.SENT) {
            return r;
        }
        String mediaId = up.json().path("media_id").asText("");
        if (mediaId.isEmpty()) {
            return SendResult.retry("wecom upload_media: no media_id in answer");
        }
        ObjectNode body = PlatformHttp.JSON.createObjectNode().put("msgtype", "file");
        body.putObject("file").put("media_id", mediaId);
        return classify("webhook file", http.postJson(sendUrl(key), body, Map.of()));
    }

    static SendResult classify(String route, Outcome o) {
        if (o.networkError()) {
            return SendResult.retry("wecom " + route + ": network error " + o.failure());
        }
        if (o.serverError()) {
            return SendResult.retry("wecom " + route + ": HTTP " + o.status());
        }
        if (!o.ok()) {
            return SendResult.permanent("wecom " + route + ": HTTP " + o.status());
        }
        Integer code = o.errcode();
        if (code == null || code == 0) {
            return SendResult.sent();
        }
        String detail = "wecom " + route + ": errcode " + code + " " + o.errmsg();
        if (code == 93000) {
            detail += " (webhook key invalid or robot removed)";
        }
        return RETRY_CODES.contains(code) ? SendResult.retry(detail) : SendResult.permanent(detail);
    }

    // ---------------------------------------------------------------- helpers


    private static boolean hasDownloadUrl(Delivery d) {
        return d.downloadUrl() != null && !d.downloadUrl().isBlank();
    }


    private static boolean isJpegOrPng(byte[] b) {
        boolean jpg = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
        boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        return jpg || png;
    }

    private static String md5Hex(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
