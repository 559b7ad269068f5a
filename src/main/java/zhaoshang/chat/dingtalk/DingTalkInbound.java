package zhaoshang.chat.dingtalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.InboundResult;

/**
 * The enterprise robot's HTTP callback ({@code POST /dingtalk/callback}, PLATFORMS.md §1–§2): checks size, the
 * {@code timestamp}/{@code sign} headers, then parses the JSON into a {@link ChatMessage}.
 *
 * <p>Statuses: 413 body over 64 KB; 401 missing/wrong sign or timestamp more than one hour off; 400 malformed JSON
 * or missing msgId/conversationId. Non-text messages are accepted with an empty text and their type in
 * {@code replyContext.msgtype} (so the bot can answer "请发送文字"); {@code richText} keeps its text parts.
 *
 * <p>replyContext keys: {@value #SESSION_WEBHOOK}, {@value #SESSION_WEBHOOK_EXPIRED_TIME} (epoch ms),
 * {@value #CONVERSATION_TYPE} ("1" 单聊, "2" 群聊), {@value #MSGTYPE}, {@value #ROBOT_CODE},
 * {@value #SENDER_STAFF_ID} (for 1:1 OpenAPI pushes). Absent values are left out.
 * Dedupe on msgId is the inbox's job.
 */
public final class DingTalkInbound {

    public static final String SESSION_WEBHOOK = "sessionWebhook";
    public static final String SESSION_WEBHOOK_EXPIRED_TIME = "sessionWebhookExpiredTime";
    public static final String CONVERSATION_TYPE = "conversationType";
    public static final String MSGTYPE = "msgtype";
    public static final String ROBOT_CODE = "robotCode";
    public static final String SENDER_STAFF_ID = "senderStaffId";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String appSecret;

    /** @param appSecret the robot app's AppSecret (signs callbacks) */
    public DingTalkInbound(String appSecret) {
        this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
    }

    /**
     * @param headers request headers; names are looked up case-insensitively
     * @param body    the raw request body
     * @param now     the server's clock
     */
    public InboundResult accept(Map<String, String> headers, String body, Instant now) {
        if (body == null) {
            body = "";
        }
        if (body.length() > InboundResult.MAX_BODY_BYTES
                || body.getBytes(StandardCharsets.UTF_8).length > InboundResult.MAX_BODY_BYTES) {
            return InboundResult.refused(413, "body over 64 KB");
        }
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> {
                if (k != null) {
                    h.put(k, v);
                }
            });
        }
        String ts = h.get("timestamp");
        String sign = h.get("sign");
        if (ts == null || sign == null) {
            return InboundResult.refused(401, "missing timestamp or sign header");
        }
        if (!DingTalkSignature.verify(ts, sign, appSecret, now)) {
            return InboundResult.refused(401, "bad sign or stale timestamp");
        }
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
        put(ctx, SESSION_WEBHOOK, text(root, "sessionWebhook"));
        Instant expiry = millis(root.get("sessionWebhookExpiredTime"));
        if (expiry != null) {
            ctx.put(SESSION_WEBHOOK_EXPIRED_TIME, Long.toString(expiry.toEpochMilli()));
        }
        put(ctx, CONVERSATION_TYPE, text(root, "conversationType"));
        ctx.put(MSGTYPE, msgtype);
        put(ctx, ROBOT_CODE, text(root, "robotCode"));
        put(ctx, SENDER_STAFF_ID, text(root, "senderStaffId"));

        return InboundResult.accepted(new ChatMessage("dingtalk", msgId, conversationId, sender,
                text(root, "senderNick"), content.strip(), sentAt == null ? now : sentAt, ctx));
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
