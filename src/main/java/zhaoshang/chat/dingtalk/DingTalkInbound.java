package zhaoshang.chat.dingtalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import zhaoshang.chat.CallbackCrypto;
import zhaoshang.chat.CallbackCryptoException;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.InboundResult;

/**
 * The enterprise robot's HTTP callback ({@code POST /dingtalk/callback}, PLATFORMS.md §1–§2) and DingTalk's encrypted
 * callbacks (DingCallbackCrypto, PLATFORMS.md "DingTalk callback crypto"), parsed into a {@link ChatMessage}.
 *
 * <p>Two ways in, each when configured:
 * <ul>
 *   <li><b>signed</b>: headers {@code timestamp}/{@code sign} (HmacSHA256 with the AppSecret, ±1 h). The sign covers
 *       only the timestamp, so a sign that already carried another msgId is refused as a replay (kept until the sign
 *       expires, across restarts): either here, through {@link CallbackSigns}, or, built without them, where the
 *       message is stored, in the same write as its inbox row ({@link InboundResult#sign()}; the server's way: one
 *       write per callback instead of two).</li>
 *   <li><b>encrypted</b>: query {@code msg_signature} (or {@code signature}), {@code timeStamp} (or {@code timestamp},
 *       ms, ±1 h), {@code nonce}; body {@code {"encrypt":"…"}}. The signature covers the encrypted body. An event
 *       ({@code EventType}, e.g. {@code check_url}) is answered with the encrypted "success" map; a robot message inside
 *       is read like a signed one.</li>
 * </ul>
 * A {@code sessionWebhook} is accepted only on DingTalk's API host ({@code DINGTALK_OAPI_BASE}) under
 * {@code /robot/sendBySession}: nothing stored can later steer a reply elsewhere.
 *
 * <p>Statuses: 413 body over 64 KB; 401 missing/wrong sign or signature, timestamp more than one hour off, replayed
 * sign, undecryptable body; 400 malformed JSON, missing msgId/conversationId, or a sessionWebhook off DingTalk's host.
 * Non-text messages are accepted with an empty text and their type in {@code replyContext.msgtype};
 * {@code richText} keeps its text parts. Dedupe on msgId is the inbox's job.
 *
 * <p>replyContext keys: {@value #SESSION_WEBHOOK}, {@value #SESSION_WEBHOOK_EXPIRED_TIME} (epoch ms),
 * {@value #CONVERSATION_TYPE} ("1" 单聊, "2" 群聊), {@value #MSGTYPE}, {@value #ROBOT_CODE},
 * {@value #SENDER_STAFF_ID} (for 1:1 OpenAPI pushes). Absent values are left out.
 */
public final class DingTalkInbound {

    public static final String SESSION_WEBHOOK = "sessionWebhook";
    public static final String SESSION_WEBHOOK_EXPIRED_TIME = "sessionWebhookExpiredTime";
    public static final String CONVERSATION_TYPE = "conversationType";
    public static final String MSGTYPE = "msgtype";
    public static final String ROBOT_CODE = "robotCode";
    public static final String SENDER_STAFF_ID = "senderStaffId";
    /** The only path a sessionWebhook may have on the API host. */
    static final String SESSION_WEBHOOK_PATH = "/robot/sendBySession";

    /** The reason logged for a sign that already carried another message. */
    public static final String REPLAYED = "replayed sign: it already carried another message";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String appSecret;
    private final CallbackCrypto crypto;
    private final URI oapiBase;
    /** The path a sessionWebhook must have: the API host's base path (no trailing slash) + {@link #SESSION_WEBHOOK_PATH}. */
    private final String webhookPath;
    private final CallbackSigns signs;

    /**
     * @param appSecret the robot app's AppSecret (signs robot callbacks), or null when only encrypted callbacks come
     * @param crypto    DINGTALK_CALLBACK_TOKEN / _AES_KEY with the owner key as receive id, or null when not used
     * @param oapiBase  DingTalk's API host (DINGTALK_OAPI_BASE), the only place a sessionWebhook may point to
     * @param signs     where used signs are remembered; null: each accepted signed callback's result carries its
     *                  {@link InboundResult#sign()}, which whoever stores the message must record with it (a replay
     *                  is found there)
     */
    public DingTalkInbound(String appSecret, CallbackCrypto crypto, String oapiBase, CallbackSigns signs) {
        if (appSecret == null && crypto == null) {
            throw new IllegalArgumentException("configure the AppSecret, the callback crypto, or both");
        }
        this.appSecret = appSecret;
        this.crypto = crypto;
        this.oapiBase = URI.create(oapiBase == null || oapiBase.isBlank() ? DingTalkSettings.DEFAULT_OAPI_BASE
                : oapiBase.strip());
        String basePath = this.oapiBase.getRawPath() == null ? "" : this.oapiBase.getRawPath().replaceAll("/+$", "");
        this.webhookPath = basePath + SESSION_WEBHOOK_PATH;
        this.signs = signs;
    }

    /**
     * @param headers request headers; names are looked up case-insensitively
     * @param query   query parameters (the encrypted way), may be empty
     * @param body    the raw request body
     * @param now     the server's clock
     */
    public InboundResult accept(Map<String, String> headers, Map<String, String> query, String body, Instant now) {
        if (body == null) {
            body = "";
        }
        if (overCap(body)) {
            return InboundResult.refused(413, "body over 64 KB");
        }
        Map<String, String> h = caseInsensitive(headers);
        Map<String, String> q = caseInsensitive(query);
        if (crypto != null && (q.containsKey("msg_signature") || q.containsKey("signature"))) {
            return encrypted(q, body, now);
        }
        if (appSecret == null) {
            return InboundResult.refused(401, "not encrypted, and no AppSecret to check a signed callback");
        }
        String ts = h.get("timestamp");
        String sign = h.get("sign");
        if (ts == null || sign == null) {
            return InboundResult.refused(401, "missing timestamp or sign header");
        }
        if (!DingTalkSignature.verify(ts, sign, appSecret, now)) {
            return InboundResult.refused(401, "bad sign or stale timestamp");
        }
        InboundResult r = message(body, now);
        if (!r.ok() || r.message() == null) {
            return r;
        }
        Instant expires = Instant.ofEpochMilli(Long.parseLong(ts.trim())).plus(DingTalkSignature.MAX_SKEW);
        if (signs == null) {
            return InboundResult.accepted(r.message(), new zhaoshang.chat.SignClaim(sign.trim(), expires));
        }
        if (!signs.claim(sign.trim(), r.message().msgId(), expires)) {
            return InboundResult.refused(401, REPLAYED);
        }
        return r;
    }

    /** The encrypted way: verify the signature over the ciphertext, decrypt, then read the event or message. */
    private InboundResult encrypted(Map<String, String> q, String body, Instant now) {
        String signature = q.getOrDefault("msg_signature", q.get("signature"));
        String ts = q.getOrDefault("timeStamp", q.get("timestamp"));
        String nonce = q.get("nonce");
        if (ts == null || nonce == null) {
            return InboundResult.refused(401, "missing timeStamp or nonce");
        }
        long millis;
        try {
            millis = Long.parseLong(ts.trim());
        } catch (NumberFormatException e) {
            return InboundResult.refused(401, "timeStamp is not a number");
        }
        if (Math.abs(now.toEpochMilli() - millis) > DingTalkSignature.MAX_SKEW.toMillis()) {
            return InboundResult.refused(401, "stale timeStamp");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return InboundResult.refused(400, "malformed JSON");
        }
        if (root == null || !root.path("encrypt").isTextual()) {
            return InboundResult.refused(400, "no encrypt field");
        }
        String plain;
        try {
            plain = crypto.verifyAndDecrypt(signature, ts.trim(), nonce, root.get("encrypt").asText());
        } catch (CallbackCryptoException e) {
            return InboundResult.refused(401, "encrypted callback refused: " + e.getMessage());
        }
        JsonNode inner;
        try {
            inner = JSON.readTree(plain);
        } catch (JsonProcessingException e) {
            return InboundResult.refused(400, "decrypted body is not JSON");
        }
        if (inner != null && inner.isObject() && inner.has("EventType")) {
            return InboundResult.answer(success(now));
        }
        InboundResult r = message(plain, now);
        return r.ok() && r.message() != null ? new InboundResult(200, r.message(), success(now), "ok") : r;
    }

    /** DingCallbackCrypto's getEncryptedMap("success"): {msg_signature, timeStamp (ms), nonce, encrypt}. */
    private String success(Instant now) {
        CallbackCrypto.Sealed sealed = crypto.seal("success", Long.toString(now.toEpochMilli()),
                CallbackCrypto.randomString(16));
        ObjectNode out = JSON.createObjectNode();
        out.put("msg_signature", sealed.signature());
        out.put("timeStamp", sealed.timestamp());
        out.put("nonce", sealed.nonce());
        out.put("encrypt", sealed.encrypt());
        return out.toString();
    }

    /**
     * A robot message that came over the Stream connection (its {@code data}): the connection proves its origin, so
     * there is no sign; the size cap and the sessionWebhook host check apply as for a callback.
     */
    public InboundResult streamed(String data, Instant now) {
        if (data == null || overCap(data)) {
            return InboundResult.refused(413, "message missing or over 64 KB");
        }
        return message(data, now);
    }

    /** Reads a robot message (the JSON of PLATFORMS.md §1) whose origin is already proven. */
    private InboundResult message(String body, Instant now) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return InboundResult.refused(400, "malformed JSON");
        }
        if (root == null || !root.isObject()) {
            return InboundResult.refused(400, "body is not a JSON object");
        }
        String msgId = text(root, "msgId");
        String conversationId = text(root, "conversationId");
        if (msgId == null || conversationId == null) {
            return InboundResult.refused(400, "msgId or conversationId missing");
        }
        String webhook = text(root, "sessionWebhook");
        if (webhook != null && !onDingTalkHost(webhook)) {
            return InboundResult.refused(400, "sessionWebhook is not on DingTalk's API host");
        }
        String msgtype = text(root, "msgtype");
        if (msgtype == null) {
            msgtype = "text";
        }
        String content = "";
        if ("text".equals(msgtype)) {
            content = root.path("text").path("content").asText("");
        } else if ("richText".equals(msgtype)) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : root.path("content").path("richText")) {
                if (part.hasNonNull("text")) {
                    sb.append(part.get("text").asText());
                }
            }
            content = sb.toString();
        }
        String sender = text(root, "senderStaffId");
        if (sender == null) {
            sender = text(root, "senderId");
        }
        Instant sentAt = millis(root.get("createAt"));

        Map<String, String> ctx = new HashMap<>();
        put(ctx, SESSION_WEBHOOK, webhook);
        Instant expiry = millis(root.get("sessionWebhookExpiredTime"));
        if (expiry != null) {
            ctx.put(SESSION_WEBHOOK_EXPIRED_TIME, Long.toString(expiry.toEpochMilli()));
        }
        put(ctx, CONVERSATION_TYPE, text(root, "conversationType"));
        ctx.put(MSGTYPE, msgtype);
        put(ctx, ROBOT_CODE, text(root, "robotCode"));
        put(ctx, SENDER_STAFF_ID, text(root, "senderStaffId"));
        java.util.List<String> mentioned = new java.util.ArrayList<>();
        String robot = text(root, "chatbotUserId");
        for (JsonNode at : root.path("atUsers")) {
            String staffId = at.path("staffId").asText("");
            if (!staffId.isBlank() && (robot == null || !robot.equals(at.path("dingtalkId").asText("")))) {
                mentioned.add(staffId);
            }
        }
        zhaoshang.chat.AtUsers.put(ctx, mentioned);

        return InboundResult.accepted(new ChatMessage("dingtalk", msgId, conversationId, sender,
                text(root, "senderNick"), content.strip(), sentAt == null ? now : sentAt, ctx));
    }

    /** True for {@code <DINGTALK_OAPI_BASE>/robot/sendBySession?…}: same scheme, host and port, that path, no user info. */
    boolean onDingTalkHost(String webhook) {
        URI uri;
        try {
            uri = new URI(webhook.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        return uri.getScheme().equalsIgnoreCase(oapiBase.getScheme())
                && uri.getHost().toLowerCase(Locale.ROOT).equals(oapiBase.getHost().toLowerCase(Locale.ROOT))
                && port(uri) == port(oapiBase)
                && webhookPath.equals(uri.getRawPath());
    }

    /**
     * More than {@link InboundResult#MAX_BODY_BYTES} in UTF-8. A char takes at most 3 bytes (a surrogate pair 4 for
     * 2 chars), so a body of up to a third of the cap in chars is not encoded to be measured.
     */
    private static boolean overCap(String body) {
        if (body.length() > InboundResult.MAX_BODY_BYTES) return true;
        if (body.length() <= InboundResult.MAX_BODY_BYTES / 3) return false;
        return body.getBytes(StandardCharsets.UTF_8).length > InboundResult.MAX_BODY_BYTES;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Map<String, String> caseInsensitive(Map<String, String> in) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (in != null) {
            in.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    private static void put(Map<String, String> ctx, String key, String value) {
        if (value != null) {
            ctx.put(key, value);
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText();
        return s.isEmpty() ? null : s;
    }

    private static Instant millis(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return Instant.ofEpochMilli(n.asLong());
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(n.asText().trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
