package zhaoshang.chat.dingtalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.Delivery;
import zhaoshang.chat.PlatformHttp;
import zhaoshang.chat.PlatformHttp.Outcome;
import zhaoshang.chat.Mention;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult;
import zhaoshang.chat.render.Part;
import zhaoshang.chat.render.RenderContext;
import zhaoshang.chat.render.Renderers;
import zhaoshang.chat.render.Rendering;
import zhaoshang.chat.render.Route;

/**
 * Sends into DingTalk (PLATFORMS.md §3–§5, A1, A2). Messages are rendered per route by chat.render.
 *
 * <p>Routes for a message, in order:
 * <ol>
 *   <li>answering a callback whose {@code sessionWebhook} is still valid (by the injected clock, with a
 *       {@link #SESSION_MARGIN} margin): the sessionWebhook, {@code at.atUserIds} for the people it names;</li>
 *   <li>with app credentials: robot OpenAPI {@code /v1.0/robot/groupMessages/send} (1:1 conversations whose
 *       callback gave a senderStaffId: {@code /v1.0/robot/oToMessages/batchSend}) with an {@code oauth2/accessToken}
 *       token cached until expiry minus {@link #TOKEN_MARGIN};</li>
 *   <li>otherwise the conversation's custom robot webhook, 加签 when it has a secret.</li>
 * </ol>
 * A message that names people prefers a route that can @ them (sessionWebhook, then the custom robot). When only
 * the OpenAPI is left (it has no @ field), the message goes there with the names, and each person named also gets it
 * as a 工作通知 ({@code topapi/message/corpconversation/asyncsend_v2}, needs DINGTALK_AGENT_ID); without an agent id
 * the result carries a warning (log + /healthz). If a webhook answers with a permanent error and another route exists,
 * the message continues there. Texts over a route's size go as several messages; how far a message got is kept in
 * its {@link Delivery#progress()}, so a retry or a restart continues with the next part.
 *
 * <p>FILE/IMAGE need app credentials: legacy {@code gettoken} token (cached) → {@code media/upload} (part
 * {@code media}) → {@code sampleFile}/{@code sampleImageMsg}. An IMAGE with a {@link Delivery#downloadUrl()} is
 * sent as {@code sampleImageMsg} with that URL without uploading. Without app credentials a FILE/IMAGE with a
 * downloadUrl goes out as a markdown link through the webhooks, else it is PERMANENT.
 *
 * <p>An invalid-token answer drops the cached token and the call is repeated once with a fresh token.
 * Never throws for platform or network errors; details and logs hold ids and error codes, never tokens,
 * secrets or webhook URLs.
 */
public final class DingTalkPlatform implements ChatPlatform {

    private static final Logger LOG = LoggerFactory.getLogger(DingTalkPlatform.class);

    /** Don't use a sessionWebhook that expires within this margin. */
    public static final Duration SESSION_MARGIN = Duration.ofSeconds(30);
    /** Cached tokens are renewed this long before they expire. */
    public static final Duration TOKEN_MARGIN = DingTalkTokens.MARGIN;
    /** media/upload limit for files and images. */
    public static final int MAX_MEDIA_BYTES = 20 * 1024 * 1024;


    private final DingTalkSettings settings;
    private final Map<String, CustomRobot> customRobots;
    private final Clock clock;
    private final PlatformHttp http;
    private final DingTalkTokens tokens;

    /**
     * @param settings     app robot settings (app credentials may be absent: then only sessionWebhook/custom robots)
     * @param customRobots conversationId → custom robot webhook (may be empty)
     * @param clock        decides sessionWebhook validity, token expiry and 加签 timestamps
     * @param httpClient   shared OkHttp client (set its timeouts there)
     */
    public DingTalkPlatform(DingTalkSettings settings, Map<String, CustomRobot> customRobots, Clock clock,
                            OkHttpClient httpClient) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.customRobots = customRobots == null ? Map.of() : Map.copyOf(customRobots);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new PlatformHttp(httpClient);
        this.tokens = new DingTalkTokens(settings, clock, http);
    }

    @Override
    public String name() {
        return "dingtalk";
    }

    @Override
    public SendResult send(Delivery d) {
        SendResult r;
        try {
            r = d.reply().type() == Reply.Type.TEXT ? sendMessage(d) : sendMedia(d);
        } catch (RuntimeException e) {
            LOG.error("dingtalk send failed unexpectedly outbox={} conversation={}", d.id(), d.conversationId(), e);
            r = SendResult.permanent("dingtalk internal error: " + e.getClass().getSimpleName());
        }
        return r.logged(LOG, "dingtalk", d);
    }

    // ---------------------------------------------------------------- messages

    /** The routes this conversation has now, in the order they are tried for this message. */
    List<Route> routes(Delivery d) {
        boolean names = hasDingTalkIds(d.reply());
        List<Route> out = new ArrayList<>();
        if (sessionWebhook(d) != null) out.add(Route.DINGTALK_SESSION_WEBHOOK);
        boolean robot = customRobots.containsKey(d.conversationId());
        if (names && robot) out.add(Route.DINGTALK_CUSTOM_ROBOT);
        if (settings.hasAppCredentials()) out.add(Route.DINGTALK_OPENAPI);
        if (!names && robot) out.add(Route.DINGTALK_CUSTOM_ROBOT);
        return out;
    }

    private SendResult sendMessage(Delivery d) {
        List<Route> routes = routes(d);
        if (routes.isEmpty()) {
            return SendResult.permanent("dingtalk: no route for conversation " + d.conversationId()
                    + " (sessionWebhook absent or expired, no app credentials, no custom robot)");
        }
        SendResult r = null;
        Route used = null;
        for (int i = 0; i < routes.size(); i++) {
            used = routes.get(i);
            r = sendVia(used, d);
            if (r.status() != SendResult.Status.PERMANENT || i == routes.size() - 1) break;
            LOG.warn("dingtalk {} refused outbox={} conversation={} ({}); trying {}", used.key(), d.id(),
                    d.conversationId(), r.detail(), routes.get(i + 1).key());
        }
        if (r.status() != SendResult.Status.SENT || used.notifies() || !hasDingTalkIds(d.reply())) return r;
        // the people named were not notified by the group message: a work notification reaches them
        if (settings.agentId() == null) {
            return r.withWarning("钉钉消息点名了 " + names(d.reply()) + "，但群 " + d.conversationId()
                    + " 只能经机器人 OpenAPI 发送（不能 @ 人），本人不会收到通知：请配置 DINGTALK_AGENT_ID（工作通知）"
                    + "或为该群配置自定义机器人");
        }
        if (d.progress().routes().contains(Route.DINGTALK_WORK_NOTICE.key())) return r;
        SendResult notice = sendWorkNotice(d);
        if (notice.status() == SendResult.Status.SENT) d.progress().sent(d.progress().unitsSent(), Route.DINGTALK_WORK_NOTICE.key());
        return notice;
    }

    /** Sends what is left of the message through one route, recording each part as it is delivered. */
    private SendResult sendVia(Route route, Delivery d) {
        Delivery.Progress p = d.progress();
        if (p.unitsSent() >= d.reply().blocks().size() && p.routes().stream().anyMatch(k -> !k.equals(Route.DINGTALK_WORK_NOTICE.key()))) {
            return SendResult.sent();
        }
        List<Part> parts = Renderers.remaining(route, d.reply(), new RenderContext(isSingle(d), null, 0), p.unitsSent());
        for (Part part : parts) {
            SendResult r = switch (route) {
                case DINGTALK_SESSION_WEBHOOK -> DingTalkAnswers.webhook("sessionWebhook",
                        http.postJson(sessionWebhook(d), webhookBody(part), Map.of()));
                case DINGTALK_CUSTOM_ROBOT -> {
                    CustomRobot robot = customRobots.get(d.conversationId());
                    String url = robot.secret() == null ? robot.webhookUrl()
                            : DingTalkSignature.signedWebhookUrl(robot.webhookUrl(), robot.secret(), clock.instant());
                    yield DingTalkAnswers.webhook("custom robot", http.postJson(url, webhookBody(part), Map.of()));
                }
                default -> sendOpenApi(d, part.format() == Part.Format.MARKDOWN ? "sampleMarkdown" : "sampleText",
                        openApiParam(part));
            };
            if (r.status() != SendResult.Status.SENT) {
                return parts.size() == 1 ? r : new SendResult(r.status(), r.detail() + " (" + part.title() + ")");
            }
            p.sent(part.toUnit(), route.key());
        }
        return SendResult.sent();
    }

    private static ObjectNode openApiParam(Part part) {
        ObjectNode param = PlatformHttp.JSON.createObjectNode();
        if (part.format() == Part.Format.MARKDOWN) param.put("title", part.title()).put("text", part.body());
        else param.put("content", part.body());
        return param;
    }

    /** 工作通知 to the people the message names, with the message as its text. */
    private SendResult sendWorkNotice(Delivery d) {
        Rendering rendering = Renderers.of(Route.DINGTALK_WORK_NOTICE).render(d.reply(), RenderContext.GROUP);
        List<String> ids = rendering.parts().get(0).notifyIds();
        if (ids.isEmpty()) return SendResult.sent();
        for (Part part : rendering.parts()) {
            ObjectNode msg = PlatformHttp.JSON.createObjectNode();
            if (part.format() == Part.Format.MARKDOWN) {
                msg.put("msgtype", "markdown").putObject("markdown").put("title", part.title()).put("text", part.body());
            } else {
                msg.put("msgtype", "text").putObject("text").put("content", part.body());
            }
            ObjectNode body = PlatformHttp.JSON.createObjectNode();
            body.put("agent_id", settings.agentId());
            body.put("userid_list", String.join(",", ids));
            body.set("msg", msg);
            SendResult r = postOapi("work notification", "/topapi/message/corpconversation/asyncsend_v2", body);
            if (r.status() != SendResult.Status.SENT) return r;
        }
        return SendResult.sent();
    }

    /** POST to an oapi endpoint with the cached gettoken token (renewed once when refused). */
    private SendResult postOapi(String route, String path, ObjectNode body) {
        try {
            return DingTalkAnswers.webhook(route, withOapiToken(route,
                    token -> http.postJson(settings.oapiBase() + path + "?access_token=" + enc(token), body, Map.of())));
        } catch (DingTalkTokens.Unavailable e) {
            return e.result;
        }
    }

    /** An oapi call with the cached gettoken token; a refused token is dropped and the call made once more. */
    private Outcome withOapiToken(String route, java.util.function.Function<String, Outcome> call)
            throws DingTalkTokens.Unavailable {
        for (int round = 0; ; round++) {
            Outcome o = call.apply(tokens.oapi());
            if (!DingTalkAnswers.oapiTokenRefused(o)) return o;
            tokens.dropOapi();
            if (round > 0) {
                throw new DingTalkTokens.Unavailable(SendResult.retry("dingtalk " + route + ": access token refused twice"));
            }
        }
    }

    private static boolean hasDingTalkIds(Reply reply) {
        return reply.mentions().stream().anyMatch(m -> m.userId("dingtalk") != null);
    }

    private static String names(Reply reply) {
        return reply.mentions().stream().map(Mention::name).collect(java.util.stream.Collectors.joining("、"));
    }

    private static boolean isSingle(Delivery d) {
        return "1".equals(d.replyContext().get(DingTalkInbound.CONVERSATION_TYPE));
    }

    /** The callback's sessionWebhook while it is valid, else null. */
    private String sessionWebhook(Delivery d) {
        String url = d.replyContext().get(DingTalkInbound.SESSION_WEBHOOK);
        String exp = d.replyContext().get(DingTalkInbound.SESSION_WEBHOOK_EXPIRED_TIME);
        if (url == null || url.isBlank() || exp == null) {
            return null;
        }
        try {
            Instant expiry = Instant.ofEpochMilli(Long.parseLong(exp.strip()));
            return clock.instant().plus(SESSION_MARGIN).isBefore(expiry) ? url : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Custom-robot / sessionWebhook JSON (§3): text or markdown, the people to @ in {@code at.atUserIds}. */
    static ObjectNode webhookBody(Part part) {
        ObjectNode root = PlatformHttp.JSON.createObjectNode();
        if (part.format() == Part.Format.MARKDOWN) {
            root.put("msgtype", "markdown");
            root.putObject("markdown").put("title", part.title()).put("text", part.body());
        } else {
            root.put("msgtype", "text");
            root.putObject("text").put("content", part.body());
        }
        ObjectNode at = root.putObject("at");
        ArrayNode ids = at.putArray("atUserIds");
        part.notifyIds().forEach(ids::add);
        at.put("isAtAll", false);
        return root;
    }

    /** A markdown link to a file, sent as it is through the webhooks (no app credentials for an upload). */
    private SendResult sendLink(Delivery d, String title, String markdown) {
        Part part = new Part(Part.Format.MARKDOWN, title, markdown, List.of(), List.of(), null, 0, 1);
        String session = sessionWebhook(d);
        if (session != null) {
            SendResult r = DingTalkAnswers.webhook("sessionWebhook", http.postJson(session, webhookBody(part), Map.of()));
            if (r.status() != SendResult.Status.PERMANENT || !customRobots.containsKey(d.conversationId())) return r;
        }
        CustomRobot robot = customRobots.get(d.conversationId());
        if (robot == null) return SendResult.permanent("dingtalk: no route for a file link in " + d.conversationId());
        String url = robot.secret() == null ? robot.webhookUrl()
                : DingTalkSignature.signedWebhookUrl(robot.webhookUrl(), robot.secret(), clock.instant());
        return DingTalkAnswers.webhook("custom robot", http.postJson(url, webhookBody(part), Map.of()));
    }


    // ---------------------------------------------------------------- robot OpenAPI (api.dingtalk.com)

    private SendResult sendOpenApi(Delivery d, String msgKey, ObjectNode msgParam) {
        ObjectNode body = PlatformHttp.JSON.createObjectNode();
        String robotCode = robotCode(d);
        body.put("robotCode", robotCode);
        body.put("msgKey", msgKey);
        try {
            body.put("msgParam", PlatformHttp.JSON.writeValueAsString(msgParam));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String staffId = d.replyContext().get(DingTalkInbound.SENDER_STAFF_ID);
        String path;
        if ("1".equals(d.replyContext().get(DingTalkInbound.CONVERSATION_TYPE)) && staffId != null) {
            path = "/v1.0/robot/oToMessages/batchSend";
            body.putArray("userIds").add(staffId);
        } else {
            path = "/v1.0/robot/groupMessages/send";
            body.put("openConversationId", d.conversationId());
        }
        for (int round = 0; ; round++) {
            String token;
            try {
                token = tokens.api();
            } catch (DingTalkTokens.Unavailable e) {
                return e.result;
            }
            Outcome o = http.postJson(settings.apiBase() + path, body, Map.of("x-acs-dingtalk-access-token", token));
            if (DingTalkAnswers.apiTokenRefused(o)) {
                tokens.dropApi();
                if (round == 0) {
                    LOG.info("dingtalk access token refused outbox={}; fetching a new one", d.id());
                    continue;
                }
                return SendResult.retry("dingtalk OpenAPI: access token refused twice");
            }
            return DingTalkAnswers.api("OpenAPI " + msgKey, o);
        }
    }

    private String robotCode(Delivery d) {
        if (settings.robotCode() != null) {
            return settings.robotCode();
        }
        String fromCallback = d.replyContext().get(DingTalkInbound.ROBOT_CODE);
        return fromCallback != null && !fromCallback.isBlank() ? fromCallback : settings.appKey();
    }



    // ---------------------------------------------------------------- files and images

    private SendResult sendMedia(Delivery d) {
        Reply reply = d.reply();
        boolean image = reply.type() == Reply.Type.IMAGE;
        String fileName = reply.fileName() == null || reply.fileName().isBlank()
                ? (image ? "image.png" : "file.xlsx") : reply.fileName();
        if (!settings.hasAppCredentials()) {
            if (d.downloadUrl() != null && !d.downloadUrl().isBlank()) {
                String md = image ? "![" + fileName + "](" + d.downloadUrl() + ")"
                        : "[" + fileName + "](" + d.downloadUrl() + ")";
                return sendLink(d, fileName, md);
            }
            return SendResult.permanent("dingtalk: files and images need app credentials (DINGTALK_APP_KEY/SECRET)");
        }
        if (image && d.downloadUrl() != null && !d.downloadUrl().isBlank()) {
            return sendOpenApi(d, "sampleImageMsg",
                    PlatformHttp.JSON.createObjectNode().put("photoURL", d.downloadUrl()));
        }
        byte[] content = reply.content();
        if (content == null || content.length == 0) {
            return SendResult.permanent("dingtalk: " + reply.type() + " without content");
        }
        if (content.length > MAX_MEDIA_BYTES) {
            return SendResult.permanent("dingtalk: " + reply.type() + " is " + content.length
                    + " bytes, over the 20 MB media/upload limit");
        }
        String type = image ? "image" : "file";
        Outcome o;
        try {
            o = withOapiToken("media/upload", token -> http.postFile(settings.oapiBase() + "/media/upload?access_token="
                    + enc(token) + "&type=" + type, "media", fileName, content, PlatformHttp.contentType(fileName)));
        } catch (DingTalkTokens.Unavailable e) {
            return e.result;
        }
        SendResult uploaded = DingTalkAnswers.webhook("media/upload", o);
        if (uploaded.status() != SendResult.Status.SENT) {
            return uploaded;
        }
        String mediaId = o.json().path("media_id").asText("");
        if (mediaId.isEmpty()) {
            return SendResult.retry("dingtalk media/upload: no media_id in answer");
        }
        if (image) {
            return sendOpenApi(d, "sampleImageMsg", PlatformHttp.JSON.createObjectNode().put("photoURL", mediaId));
        }
        String ext = PlatformHttp.extension(fileName);
        return sendOpenApi(d, "sampleFile", PlatformHttp.JSON.createObjectNode()
                .put("mediaId", mediaId).put("fileName", fileName).put("fileType", ext.isEmpty() ? "file" : ext));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
