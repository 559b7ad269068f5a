package zhaoshang.chat.wecom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import zhaoshang.chat.CallbackCrypto;
import zhaoshang.chat.CallbackCryptoException;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.InboundResult;

/**
 * WeCom callbacks ({@code GET/POST /wecom/callback}, PLATFORMS.md §8–§9) for both
 * <ul>
 *   <li>the self-built app: encrypted XML {@code <xml><Encrypt>…</Encrypt></xml>}, receive id = corpId; and</li>
 *   <li>the 智能机器人 (AI bot): encrypted JSON {@code {"encrypt":"…"}}, receive id "".</li>
 * </ul>
 * The body's first non-blank character decides which (&lt; → app, { → AI bot).
 *
 * <p>Statuses: 413 body over 64 KB; 401 missing msg_signature/timestamp/nonce, timestamp more than
 * {@link #REPLAY_WINDOW} away from now (WeCom timestamps are seconds; WeCom itself retries within seconds, so one
 * hour only refuses replays of captured requests), wrong signature, decryption failure or wrong receive id;
 * 400 malformed/unsafe XML or JSON, or a body kind with no crypto configured. Events and AI-bot stream refreshes
 * are verified and answered 200 without a message. Dedupe on msgId is the inbox's job.
 *
 * <p>Conversation ids: the self-built app has no group id, so app messages get {@code "app:" + AgentID} (one
 * conversation per app, sender = FromUserName); AI-bot group messages use {@code chatid}, 1:1 messages
 * {@code "single:" + userid}.
 *
 * <p>replyContext keys: {@value #KIND} ({@code app}|{@code aibot}), {@value #MSGTYPE}, {@value #CHATTYPE}
 * ({@code single}|{@code group}), and for the AI bot {@value #RESPONSE_URL} plus {@value #RESPONSE_URL_EXPIRES_AT}
 * (epoch ms: receipt + 1 h, the response_url's documented validity); {@value #AGENT_ID} for the app.
 */
public final class WeComInbound {

    public static final String KIND = "kind";
    public static final String MSGTYPE = "msgtype";
    public static final String CHATTYPE = "chattype";
    public static final String RESPONSE_URL = "responseUrl";
    public static final String RESPONSE_URL_EXPIRES_AT = "responseUrlExpiresAt";
    public static final String AGENT_ID = "agentId";
    /** The self-built app's sender (FromUserName): answers go back to this person through the app's API. */
    public static final String USER_ID = "userId";
    /** "true" when the message is a click on a card button (its text is the button's command). */
    public static final String BUTTON = "button";
    /** Button keys are the commands they stand for; WeCom allows 1024 bytes. */
    static final int MAX_BUTTON_KEY_CHARS = 1024;

    /** Requests whose timestamp is further than this from now are refused as replays. */
    public static final Duration REPLAY_WINDOW = Duration.ofHours(1);
    /** "该 response_url 有效期为 1 个小时". */
    public static final Duration RESPONSE_URL_VALIDITY = Duration.ofHours(1);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*@\\S+\\s*");

    private final CallbackCrypto appCrypto;
    private final CallbackCrypto aiBotCrypto;

    /**
     * @param appCrypto   crypto of the self-built app (receive id = corpId), or null when not used
     * @param aiBotCrypto crypto of the 智能机器人 (receive id ""), or null when not used
     */
    public WeComInbound(CallbackCrypto appCrypto, CallbackCrypto aiBotCrypto) {
        if (appCrypto == null && aiBotCrypto == null) {
            throw new IllegalArgumentException("configure at least one of app and AI-bot crypto");
        }
        this.appCrypto = appCrypto;
        this.aiBotCrypto = aiBotCrypto;
    }

    /**
     * From the variables: WECOM_TOKEN, WECOM_ENCODING_AES_KEY, WECOM_RECEIVE_ID. With a non-blank receive id both the
     * app (that id) and the AI bot ("") are accepted with the same token/key; with a blank one only the AI bot.
     */
    public static WeComInbound of(String token, String encodingAesKey, String receiveId) {
        CallbackCrypto app = receiveId == null || receiveId.isBlank() ? null
                : new CallbackCrypto(token, encodingAesKey, receiveId.strip());
        return new WeComInbound(app, new CallbackCrypto(token, encodingAesKey, ""));
    }

    /** GET URL verification: answers the decrypted echostr as plain text body, or 401. */
    public InboundResult verifyUrl(Map<String, String> query, Instant now) {
        InboundResult bad = checkQuery(query, now);
        if (bad != null) {
            return bad;
        }
        String echostr = base64Param(query.get("echostr"));
        if (echostr == null) {
            return InboundResult.refused(400, "missing echostr");
        }
        for (CallbackCrypto c : cryptos()) {
            try {
                return InboundResult.answer(c.verifyAndDecrypt(query.get("msg_signature"), query.get("timestamp"),
                        query.get("nonce"), echostr));
            } catch (CallbackCryptoException e) {
                // try the next configured receiver
            }
        }
        return InboundResult.refused(401, "echostr signature or decryption failed");
    }

    /** POST message callback. */
    public InboundResult accept(Map<String, String> query, String body, Instant now) {
        if (body == null) {
            body = "";
        }
        if (body.length() > InboundResult.MAX_BODY_BYTES
                || body.getBytes(StandardCharsets.UTF_8).length > InboundResult.MAX_BODY_BYTES) {
            return InboundResult.refused(413, "body over 64 KB");
        }
        InboundResult bad = checkQuery(query, now);
        if (bad != null) {
            return bad;
        }
        String trimmed = body.strip();
        if (trimmed.startsWith("<")) {
            return acceptApp(query, trimmed, now);
        }
        if (trimmed.startsWith("{")) {
            return acceptAiBot(query, trimmed, now);
        }
        return InboundResult.refused(400, "body is neither XML nor JSON");
    }

    private InboundResult acceptApp(Map<String, String> query, String body, Instant now) {
        if (appCrypto == null) {
            return InboundResult.refused(400, "self-built app callback not configured");
        }
        String encrypt;
        try {
            encrypt = SafeXml.fields(body).get("Encrypt");
        } catch (IllegalArgumentException e) {
            return InboundResult.refused(400, "malformed XML");
        }
        if (encrypt == null || encrypt.isBlank()) {
            return InboundResult.refused(400, "no Encrypt element");
        }
        String plain;
        try {
            plain = appCrypto.verifyAndDecrypt(query.get("msg_signature"), query.get("timestamp"), query.get("nonce"),
                    encrypt.strip());
        } catch (CallbackCryptoException e) {
            return InboundResult.refused(401, e.getMessage());
        }
        Map<String, String> f;
        try {
            f = SafeXml.fields(plain);
        } catch (IllegalArgumentException e) {
            return InboundResult.refused(400, "malformed decrypted XML");
        }
        String msgType = f.getOrDefault("MsgType", "").strip();
        if (msgType.equals("event")) {
            return InboundResult.ignored("event " + f.getOrDefault("Event", "").strip());
        }
        String from = f.getOrDefault("FromUserName", "").strip();
        String agentId = f.getOrDefault("AgentID", "").strip();
        Instant sentAt = seconds(f.get("CreateTime"), now);
        String msgId = f.getOrDefault("MsgId", "").strip();
        if (msgId.isEmpty()) {
            msgId = from + ":" + sentAt.getEpochSecond();
        }
        Map<String, String> ctx = new HashMap<>();
        ctx.put(KIND, "app");
        ctx.put(MSGTYPE, msgType.isEmpty() ? "text" : msgType);
        ctx.put(CHATTYPE, "single");
        if (!agentId.isEmpty()) {
            ctx.put(AGENT_ID, agentId);
        }
        if (!from.isEmpty()) {
            ctx.put(USER_ID, from);
        }
        String text = msgType.equals("text") ? f.getOrDefault("Content", "").strip() : "";
        return InboundResult.accepted(new ChatMessage("wecom", msgId, "app:" + agentId, from, "", text, sentAt, ctx));
    }

    private InboundResult acceptAiBot(Map<String, String> query, String body, Instant now) {
        if (aiBotCrypto == null) {
            return InboundResult.refused(400, "AI-bot callback not configured");
        }
        String encrypt;
        try {
            encrypt = JSON.readTree(body).path("encrypt").asText("");
        } catch (JsonProcessingException e) {
            return InboundResult.refused(400, "malformed JSON");
        }
        if (encrypt.isBlank()) {
            return InboundResult.refused(400, "no encrypt field");
        }
        String plain;
        try {
            plain = aiBotCrypto.verifyAndDecrypt(query.get("msg_signature"), query.get("timestamp"),
                    query.get("nonce"), encrypt.strip());
        } catch (CallbackCryptoException e) {
            return InboundResult.refused(401, e.getMessage());
        }
        JsonNode m;
        try {
            m = JSON.readTree(plain);
        } catch (JsonProcessingException e) {
            return InboundResult.refused(400, "malformed decrypted JSON");
        }
        if (m == null || !m.isObject()) {
            return InboundResult.refused(400, "decrypted JSON is not an object");
        }
        return aiBotMessage(m, now);
    }

    /**
     * An AI-bot message or event as JSON (the decrypted callback, or the {@code body} of a long-connection
     * {@code aibot_msg_callback} / {@code aibot_event_callback} frame, which carries the same fields): a message, a
     * card click as a message, or an event that needs nothing.
     */
    public static InboundResult aiBotMessage(JsonNode m, Instant now) {
        if (m == null || !m.isObject()) return InboundResult.refused(400, "message is not a JSON object");
        String msgtype = m.path("msgtype").asText("");
        if (msgtype.equals("event") && "template_card_event".equals(m.path("event").path("eventtype").asText(""))) {
            return cardClick(m, now);
        }
        if (msgtype.equals("event") || msgtype.equals("stream")) {
            return InboundResult.ignored("aibot " + msgtype);
        }
        String msgId = m.path("msgid").asText("");
        String userId = m.path("from").path("userid").asText("");
        if (msgId.isEmpty() || userId.isEmpty()) {
            return InboundResult.refused(400, "msgid or from.userid missing");
        }
        String chattype = m.path("chattype").asText("single");
        String chatId = m.path("chatid").asText("");
        String conversationId = chatId.isEmpty() ? "single:" + userId : chatId;
        String text = switch (msgtype) {
            case "text" -> m.path("text").path("content").asText("");
            case "voice" -> m.path("voice").path("content").asText("");
            case "mixed" -> mixedText(m);
            default -> "";
        };
        if (chattype.equals("group")) {
            text = LEADING_MENTION.matcher(text).replaceFirst("");
        }
        Instant sentAt = m.hasNonNull("create_time") ? seconds(m.get("create_time").asText(), now) : now;
        Map<String, String> ctx = new HashMap<>();
        ctx.put(KIND, "aibot");
        ctx.put(MSGTYPE, msgtype.isEmpty() ? "text" : msgtype);
        ctx.put(CHATTYPE, chattype);
        String responseUrl = m.path("response_url").asText("");
        if (!responseUrl.isEmpty()) {
            ctx.put(RESPONSE_URL, responseUrl);
            ctx.put(RESPONSE_URL_EXPIRES_AT, Long.toString(now.plus(RESPONSE_URL_VALIDITY).toEpochMilli()));
        }
        return InboundResult.accepted(new ChatMessage("wecom", msgId, conversationId, userId,
                m.path("from").path("name").asText(""), text.strip(), sentAt, ctx));
    }

    /**
     * A click on a button of a {@code button_interaction} card (doc 101027): the button's key is the command it stands
     * for ({@code chat.render} puts the typed equivalent there), so the click becomes a message with that text from
     * the member who clicked, stored and handled like one (dedupe on the event's msgid; the answer goes to the
     * event's response_url). WeCom sends a card event once and waits 5 s: the callback answers 200 at once.
     */
    private static InboundResult cardClick(JsonNode m, Instant now) {
        JsonNode event = m.path("event").path("template_card_event");
        String key = event.path("event_key").asText(event.path("eventkey").asText(""));
        String msgId = m.path("msgid").asText("");
        String userId = m.path("from").path("userid").asText("");
        if (key.isBlank() || msgId.isEmpty() || userId.isEmpty()) {
            return InboundResult.refused(400, "card event without event_key, msgid or from.userid");
        }
        if (key.length() > MAX_BUTTON_KEY_CHARS) return InboundResult.refused(400, "card event key too long");
        String chatId = m.path("chatid").asText("");
        String chattype = m.path("chattype").asText(chatId.isEmpty() ? "single" : "group");
        Map<String, String> ctx = new HashMap<>();
        ctx.put(KIND, "aibot");
        ctx.put(MSGTYPE, "text");
        ctx.put(CHATTYPE, chattype);
        ctx.put(BUTTON, "true");
        String responseUrl = m.path("response_url").asText("");
        if (!responseUrl.isEmpty()) {
            ctx.put(RESPONSE_URL, responseUrl);
            ctx.put(RESPONSE_URL_EXPIRES_AT, Long.toString(now.plus(RESPONSE_URL_VALIDITY).toEpochMilli()));
        }
        Instant sentAt = m.hasNonNull("create_time") ? seconds(m.get("create_time").asText(), now) : now;
        return InboundResult.accepted(new ChatMessage("wecom", msgId, chatId.isEmpty() ? "single:" + userId : chatId,
                userId, "", key.strip(), sentAt, ctx));
    }

    private static String mixedText(JsonNode m) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode item : m.path("mixed").path("msg_item")) {
            if ("text".equals(item.path("msgtype").asText())) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(item.path("text").path("content").asText(""));
            }
        }
        return sb.toString();
    }

    private InboundResult checkQuery(Map<String, String> query, Instant now) {
        if (query == null || isBlank(query.get("msg_signature")) || isBlank(query.get("timestamp"))
                || isBlank(query.get("nonce"))) {
            return InboundResult.refused(401, "missing msg_signature, timestamp or nonce");
        }
        long ts;
        try {
            ts = Long.parseLong(query.get("timestamp").strip());
        } catch (NumberFormatException e) {
            return InboundResult.refused(401, "timestamp is not a number");
        }
        if (Math.abs(now.getEpochSecond() - ts) > REPLAY_WINDOW.toSeconds()) {
            return InboundResult.refused(401, "timestamp outside the replay window");
        }
        return null;
    }

    private List<CallbackCrypto> cryptos() {
        List<CallbackCrypto> list = new ArrayList<>(2);
        if (appCrypto != null) {
            list.add(appCrypto);
        }
        if (aiBotCrypto != null) {
            list.add(aiBotCrypto);
        }
        return list;
    }

    /** Query decoding may have turned Base64 '+' into ' ' (form decoding); Base64 never has spaces. */
    private static String base64Param(String s) {
        return isBlank(s) ? null : s.strip().replace(' ', '+');
    }

    private static Instant seconds(String s, Instant fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
