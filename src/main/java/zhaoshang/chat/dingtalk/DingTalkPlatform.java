package zhaoshang.chat.dingtalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult;

/**
 * Sends into DingTalk (PLATFORMS.md §3–§5).
 *
 * <p>Routes, in order:
 * <ol>
 *   <li>TEXT/MARKDOWN answering a callback whose {@code sessionWebhook} is still valid (by the injected clock, with a
 *       {@link #SESSION_MARGIN} margin): POST to the sessionWebhook, {@code at.atUserIds} from the mentions and
 *       {@code @userid} appended to the text. If the sessionWebhook answers with a permanent error and another
 *       route exists, that route is tried once.</li>
 *   <li>with app credentials: robot OpenAPI {@code /v1.0/robot/groupMessages/send} (1:1 conversations whose
 *       callback gave a senderStaffId: {@code /v1.0/robot/oToMessages/batchSend}) with an {@code oauth2/accessToken}
 *       token cached until expiry minus {@link #TOKEN_MARGIN};</li>
 *   <li>otherwise the conversation's custom robot webhook, 加签 when it has a secret.</li>
 * </ol>
 * FILE/IMAGE need app credentials: legacy {@code gettoken} token (cached) → {@code media/upload} (part
 * {@code media}) → {@code sampleFile}/{@code sampleImageMsg}. An IMAGE with a {@link Delivery#downloadUrl()} is
 * sent as {@code sampleImageMsg} with that URL without uploading. Without app credentials a FILE/IMAGE with a
 * downloadUrl goes out as a markdown link through the text routes, else it is PERMANENT.
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
    public static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);
    /** media/upload limit for files and images. */
    public static final int MAX_MEDIA_BYTES = 20 * 1024 * 1024;

    private static final Set<Integer> RETRY_CODES = Set.of(-1, 130101, 410100);
    /** oapi answers for an invalid or expired access_token. */
    private static final Set<Integer> OAPI_BAD_TOKEN = Set.of(40001, 40014, 42001);
    private static final String DEFAULT_TITLE = "招商助手";

    private final DingTalkSettings settings;
    private final Map<String, CustomRobot> customRobots;
    private final Clock clock;
    private final PlatformHttp http;
    private final CachedToken apiToken = new CachedToken();
    private final CachedToken oapiToken = new CachedToken();

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
    }

    @Override
    public String name() {
        return "dingtalk";
    }

    @Override
    public SendResult send(Delivery d) {
        SendResult r;
        try {
            r = switch (d.reply().type()) {
                case TEXT, MARKDOWN -> sendMessage(d, d.reply());
                case FILE, IMAGE -> sendMedia(d);
            };
        } catch (RuntimeException e) {
            LOG.error("dingtalk send failed unexpectedly outbox={} conversation={}", d.id(), d.conversationId(), e);
            r = SendResult.permanent("dingtalk internal error: " + e.getClass().getSimpleName());
        }
        LOG.info("dingtalk send outbox={} conversation={} attempt={} -> {} ({})", d.id(), d.conversationId(),
                d.attempt(), r.status(), r.detail());
        return r;
    }

    // ---------------------------------------------------------------- text / markdown

    private SendResult sendMessage(Delivery d, Reply reply) {
        String session = sessionWebhook(d);
        if (session != null) {
            SendResult r = classifyWebhook("sessionWebhook", http.postJson(session, webhookBody(reply), Map.of()));
            if (r.status() != SendResult.Status.PERMANENT || !hasPushRoute(d)) {
                return r;
            }
            LOG.warn("dingtalk sessionWebhook refused outbox={} conversation={} ({}); pushing instead",
                    d.id(), d.conversationId(), r.detail());
        }
        if (settings.hasAppCredentials()) {
            String key = reply.type() == Reply.Type.MARKDOWN ? "sampleMarkdown" : "sampleText";
            ObjectNode param = PlatformHttp.JSON.createObjectNode();
            if (reply.type() == Reply.Type.MARKDOWN) {
                param.put("title", title(reply)).put("text", withMentions(reply.text(), reply.mentions()));
            } else {
                param.put("content", withMentions(reply.text(), reply.mentions()));
            }
            return sendOpenApi(d, key, param);
        }
        CustomRobot robot = customRobots.get(d.conversationId());
        if (robot != null) {
            String url = robot.secret() == null ? robot.webhookUrl()
                    : DingTalkSignature.signedWebhookUrl(robot.webhookUrl(), robot.secret(), clock.instant());
            return classifyWebhook("custom robot", http.postJson(url, webhookBody(reply), Map.of()));
        }
        return SendResult.permanent("dingtalk: no route for conversation " + d.conversationId()
                + " (sessionWebhook absent or expired, no app credentials, no custom robot)");
    }

    private boolean hasPushRoute(Delivery d) {
        return settings.hasAppCredentials() || customRobots.containsKey(d.conversationId());
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

    /** Custom-robot / sessionWebhook JSON (§3). */
    static ObjectNode webhookBody(Reply reply) {
        ObjectNode root = PlatformHttp.JSON.createObjectNode();
        String text = withMentions(reply.text(), reply.mentions());
        if (reply.type() == Reply.Type.MARKDOWN) {
            root.put("msgtype", "markdown");
            root.putObject("markdown").put("title", title(reply)).put("text", text);
        } else {
            root.put("msgtype", "text");
            root.putObject("text").put("content", text);
        }
        ObjectNode at = root.putObject("at");
        ArrayNode ids = at.putArray("atUserIds");
        reply.mentions().forEach(ids::add);
        at.put("isAtAll", false);
        return root;
    }

    private static String title(Reply reply) {
        String t = reply.title();
        if (t != null && !t.isBlank()) {
            return t;
        }
        String firstLine = reply.text().strip().lines().findFirst().orElse("").replaceAll("^#+\\s*", "");
        if (firstLine.isBlank()) {
            return DEFAULT_TITLE;
        }
        return firstLine.length() > 30 ? firstLine.substring(0, 30) : firstLine;
    }

    /** Appends "@userid" for each mention not already in the text, so the highlight renders. */
    static String withMentions(String text, List<String> mentions) {
        StringBuilder sb = new StringBuilder(text);
        String sep = text.isEmpty() ? "" : " ";
        for (String id : mentions) {
            if (!text.contains("@" + id)) {
                sb.append(sep).append('@').append(id);
                sep = " ";
            }
        }
        return sb.toString();
    }

    private static SendResult classifyWebhook(String route, Outcome o) {
        if (o.networkError()) {
            return SendResult.retry("dingtalk " + route + ": network error " + o.failure());
        }
        if (o.serverError()) {
            return SendResult.retry("dingtalk " + route + ": HTTP " + o.status());
        }
        if (!o.ok()) {
            return SendResult.permanent("dingtalk " + route + ": HTTP " + o.status());
        }
        Integer code = o.errcode();
        if (code == null || code == 0) {
            return SendResult.sent();
        }
        String detail = "dingtalk " + route + ": errcode " + code + " " + o.errmsg();
        return RETRY_CODES.contains(code) ? SendResult.retry(detail) : SendResult.permanent(detail);
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
                token = apiToken();
            } catch (TokenUnavailable e) {
                return e.result;
            }
            Outcome o = http.postJson(settings.apiBase() + path, body, Map.of("x-acs-dingtalk-access-token", token));
            if (isApiBadToken(o)) {
                apiToken.drop();
                if (round == 0) {
                    LOG.info("dingtalk access token refused outbox={}; fetching a new one", d.id());
                    continue;
                }
                return SendResult.retry("dingtalk OpenAPI: access token refused twice");
            }
            return classifyApi("OpenAPI " + msgKey, o);
        }
    }

    private String robotCode(Delivery d) {
        if (settings.robotCode() != null) {
            return settings.robotCode();
        }
        String fromCallback = d.replyContext().get(DingTalkInbound.ROBOT_CODE);
        return fromCallback != null && !fromCallback.isBlank() ? fromCallback : settings.appKey();
    }

    private static boolean isApiBadToken(Outcome o) {
        if (o.status() == 401) {
            return true;
        }
        String code = o.json().path("code").asText("");
        return code.equalsIgnoreCase("InvalidAuthentication") || code.toLowerCase().contains("accesstoken");
    }

    private static SendResult classifyApi(String route, Outcome o) {
        if (o.networkError()) {
            return SendResult.retry("dingtalk " + route + ": network error " + o.failure());
        }
        String code = o.json().path("code").asText("");
        if (o.serverError() || code.contains("Throttling") || code.contains("QpsLimit")
                || code.equalsIgnoreCase("systemError") || code.equalsIgnoreCase("ServiceUnavailable")) {
            return SendResult.retry("dingtalk " + route + ": HTTP " + o.status() + " " + code);
        }
        if (!o.ok()) {
            return SendResult.permanent("dingtalk " + route + ": HTTP " + o.status() + " " + code + " " + o.errmsg());
        }
        return SendResult.sent();
    }

    /** {@code POST /v1.0/oauth2/accessToken}, cached. */
    private String apiToken() throws TokenUnavailable {
        synchronized (apiToken) {
            String cached = apiToken.valid(clock.instant());
            if (cached != null) {
                return cached;
            }
            ObjectNode req = PlatformHttp.JSON.createObjectNode()
                    .put("appKey", settings.appKey()).put("appSecret", settings.appSecret());
            Outcome o = http.postJson(settings.apiBase() + "/v1.0/oauth2/accessToken", req, Map.of());
            if (o.networkError() || o.serverError()) {
                throw new TokenUnavailable(SendResult.retry("dingtalk accessToken: "
                        + (o.networkError() ? "network error " + o.failure() : "HTTP " + o.status())));
            }
            String token = o.json().path("accessToken").asText("");
            if (!o.ok() || token.isEmpty()) {
                throw new TokenUnavailable(SendResult.permanent("dingtalk accessToken refused: HTTP " + o.status()
                        + " " + o.json().path("code").asText("")));
            }
            apiToken.set(token, clock.instant().plusSeconds(o.json().path("expireIn").asLong(7200)));
            return token;
        }
    }

    /** {@code GET /gettoken?appkey=&appsecret=}, cached (for oapi media/upload). */
    private String oapiToken() throws TokenUnavailable {
        synchronized (oapiToken) {
            String cached = oapiToken.valid(clock.instant());
            if (cached != null) {
                return cached;
            }
            Outcome o = http.get(settings.oapiBase() + "/gettoken?appkey=" + enc(settings.appKey())
                    + "&appsecret=" + enc(settings.appSecret()));
            if (o.networkError() || o.serverError()) {
                throw new TokenUnavailable(SendResult.retry("dingtalk gettoken: "
                        + (o.networkError() ? "network error " + o.failure() : "HTTP " + o.status())));
            }
            Integer code = o.errcode();
            String token = o.json().path("access_token").asText("");
            if (code != null && code == -1) {
                throw new TokenUnavailable(SendResult.retry("dingtalk gettoken: errcode -1 " + o.errmsg()));
            }
            if (!o.ok() || (code != null && code != 0) || token.isEmpty()) {
                throw new TokenUnavailable(SendResult.permanent("dingtalk gettoken refused: HTTP " + o.status()
                        + " errcode " + code + " " + o.errmsg()));
            }
            oapiToken.set(token, clock.instant().plusSeconds(o.json().path("expires_in").asLong(7200)));
            return token;
        }
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
                return sendMessage(d, Reply.markdown(fileName, md).mentioning(reply.mentions()));
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
        String mediaId = null;
        for (int round = 0; mediaId == null; round++) {
            String token;
            try {
                token = oapiToken();
            } catch (TokenUnavailable e) {
                return e.result;
            }
            Outcome o = http.postFile(settings.oapiBase() + "/media/upload?access_token=" + enc(token) + "&type=" + type,
                    "media", fileName, content, PlatformHttp.contentType(fileName));
            Integer code = o.errcode();
            if (o.status() == 401 || (code != null && OAPI_BAD_TOKEN.contains(code))) {
                oapiToken.drop();
                if (round == 0) {
                    continue;
                }
                return SendResult.retry("dingtalk media/upload: access token refused twice");
            }
            SendResult r = classifyWebhook("media/upload", o);
            if (r.status() != SendResult.Status.SENT) {
                return r;
            }
            mediaId = o.json().path("media_id").asText("");
            if (mediaId.isEmpty()) {
                return SendResult.retry("dingtalk media/upload: no media_id in answer");
            }
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

    // ---------------------------------------------------------------- token cache

    private static final class CachedToken {
        private String value;
        private Instant renewAt = Instant.MIN;

        synchronized String valid(Instant now) {
            return value != null && now.isBefore(renewAt) ? value : null;
        }

        synchronized void set(String token, Instant expiresAt) {
            value = token;
            renewAt = expiresAt.minus(TOKEN_MARGIN);
        }

        synchronized void drop() {
            value = null;
        }
    }

    private static final class TokenUnavailable extends Exception {
        final SendResult result;

        TokenUnavailable(SendResult result) {
            super(result.detail(), null, false, false);
            this.result = result;
        }
    }
}
