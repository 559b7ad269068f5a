package zhaoshang.chat.wecom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.chat.PlatformHttp;
import zhaoshang.chat.PlatformHttp.Outcome;
import zhaoshang.chat.SendResult;

/**
 * A WeCom self-built app's own API (PLATFORMS.md A3): corp id + app secret → {@code /cgi-bin/gettoken}, cached until
 * five minutes before {@code expires_in} and fetched again when a call answers 40014/42001 (invalid/expired token:
 * the call is repeated once); {@code /cgi-bin/message/send} to people, {@code /cgi-bin/appchat/send} to group chats the
 * app created ({@code /cgi-bin/appchat/create}), {@code /cgi-bin/media/upload} for files. Secrets and tokens never
 * appear in details or logs.
 *
 * <p>Classification: network errors, HTTP 5xx/429, errcode -1, 45009, 45033 → RETRY; every other errcode → PERMANENT
 * (40001 = wrong secret and 60020 = server IP not in the app's trusted IPs say so in the detail).
 */
public final class WeComAppApi {

    private static final Logger LOG = LoggerFactory.getLogger(WeComAppApi.class);
    static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Set<Integer> TOKEN_CODES = Set.of(40014, 42001);
    private static final Set<Integer> RETRY_CODES = Set.of(-1, 45009, 45033);

    private final String apiBase;
    private final String corpId;
    private final String secret;
    private final long agentId;
    private final Clock clock;
    private final PlatformHttp http;
    private String token; // guarded by this
    private Instant tokenExpires = Instant.MIN; // guarded by this
    private volatile String refusalLogged;

    public WeComAppApi(String apiBase, String corpId, String secret, long agentId, Clock clock, PlatformHttp http) {
        this.apiBase = apiBase;
        this.corpId = corpId;
        this.secret = secret;
        this.agentId = agentId;
        this.clock = clock;
        this.http = http;
    }

    public long agentId() {
        return agentId;
    }

    /** Thrown when no token can be had; {@link #result} says whether to retry. */
    static final class Unavailable extends Exception {
        final SendResult result;

        Unavailable(SendResult result) {
            super(result.detail());
            this.result = result;
        }
    }

    synchronized String token() throws Unavailable {
        if (token != null && clock.instant().isBefore(tokenExpires.minus(MARGIN))) return token;
        Outcome o = http.get(apiBase + "/cgi-bin/gettoken?corpid=" + enc(corpId) + "&corpsecret=" + enc(secret));
        if (o.networkError() || o.serverError()) {
            throw new Unavailable(SendResult.retry("wecom gettoken: "
                    + (o.networkError() ? "network error " + o.failure() : "HTTP " + o.status())));
        }
        Integer code = o.errcode();
        String t = o.json().path("access_token").asText("");
        if (code != null && RETRY_CODES.contains(code)) {
            throw new Unavailable(SendResult.retry("wecom gettoken: errcode " + code + " " + o.errmsg()));
        }
        if (!o.ok() || (code != null && code != 0) || t.isEmpty()) {
            String detail = "wecom gettoken refused: errcode " + code + " " + o.errmsg();
            if (!detail.equals(refusalLogged)) {
                refusalLogged = detail;
                LOG.error("企业微信自建应用获取 access_token 被拒绝（errcode {}）：请检查 WECOM_CORP_ID（我的企业 → 企业 ID）"
                        + "和 WECOM_APP_SECRET（应用管理 → 自建应用 → Secret）", code);
            }
            throw new Unavailable(SendResult.permanent(detail + (code != null && code == 40001
                    ? " (WECOM_APP_SECRET wrong)" : "")));
        }
        token = t;
        tokenExpires = clock.instant().plusSeconds(o.json().path("expires_in").asLong(7200));
        return token;
    }

    private synchronized void forget(String refused) {
        if (refused.equals(token)) token = null;
    }

    /** POSTs JSON to an API path with the token; a refused token is fetched again and the call repeated once. */
    Outcome post(String path, JsonNode body) throws Unavailable {
        return withToken(t -> http.postJson(apiBase + path + "?access_token=" + enc(t), body, Map.of()));
    }

    /** Runs a call with the token; when it answers 40014/42001 the token is fetched again and the call repeated once. */
    private Outcome withToken(java.util.function.Function<String, Outcome> call) throws Unavailable {
        String t = token();
        Outcome o = call.apply(t);
        Integer code = o.errcode();
        if (code == null || !TOKEN_CODES.contains(code)) return o;
        forget(t);
        return call.apply(token());
    }

    /** {@code /cgi-bin/message/send} to people ({@code touser} joined with '|'). */
    SendResult sendToUsers(List<String> userIds, ObjectNode message) {
        ObjectNode body = message.deepCopy();
        body.put("touser", String.join("|", userIds)).put("agentid", agentId);
        return call("message/send", "/cgi-bin/message/send", body);
    }

    /** {@code /cgi-bin/appchat/send} to a group the app created. */
    SendResult sendToChat(String chatId, ObjectNode message) {
        ObjectNode body = message.deepCopy();
        body.put("chatid", chatId);
        return call("appchat/send", "/cgi-bin/appchat/send", body);
    }

    /**
     * {@code /cgi-bin/appchat/create}: a group chat owned by the app (at least two members). {@code chatId} may be
     * null (WeCom picks one). Returns the chat id, or throws with the detail.
     */
    public String createChat(String name, String owner, List<String> members, String chatId) {
        ObjectNode body = PlatformHttp.JSON.createObjectNode().put("name", name);
        if (owner != null) body.put("owner", owner);
        ArrayNode list = body.putArray("userlist");
        members.forEach(list::add);
        if (chatId != null) body.put("chatid", chatId);
        try {
            Outcome o = post("/cgi-bin/appchat/create", body);
            SendResult r = classify("appchat/create", o);
            if (r.status() != SendResult.Status.SENT) throw new IllegalStateException(r.detail());
            return o.json().path("chatid").asText(chatId == null ? "" : chatId);
        } catch (Unavailable e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    /**
     * Makes sure the app's group chat {@code chatId} exists: {@code appchat/get} first, {@code appchat/create} when it
     * does not. Returns true when it was created now.
     */
    public boolean ensureChat(String chatId, String name, String owner, List<String> members) {
        try {
            Outcome o = withToken(t -> http.get(apiBase + "/cgi-bin/appchat/get?access_token=" + enc(t) + "&chatid="
                    + enc(chatId)));
            Integer code = o.errcode();
            if (o.ok() && code != null && code == 0) return false;
            if (o.networkError() || o.serverError()) throw new IllegalStateException(classify("appchat/get", o).detail());
        } catch (Unavailable e) {
            throw new IllegalStateException(e.getMessage());
        }
        createChat(name, owner, members, chatId);
        return true;
    }

    /** {@code /cgi-bin/media/upload?type=}: returns the media_id (valid 3 days). */
    String upload(String type, String fileName, byte[] content) throws Unavailable, Failed {
        Outcome o = withToken(t -> http.postFile(apiBase + "/cgi-bin/media/upload?access_token=" + enc(t) + "&type="
                + type, "media", fileName, content, PlatformHttp.contentType(fileName)));
        SendResult r = classify("media/upload", o);
        if (r.status() != SendResult.Status.SENT) throw new Failed(r);
        String mediaId = o.json().path("media_id").asText("");
        if (mediaId.isEmpty()) throw new Failed(SendResult.retry("wecom media/upload: no media_id"));
        return mediaId;
    }

    /** A failed step with its classification. */
    static final class Failed extends Exception {
        final SendResult result;

        Failed(SendResult result) {
            super(result.detail());
            this.result = result;
        }
    }

    private SendResult call(String what, String path, JsonNode body) {
        try {
            return classify(what, post(path, body));
        } catch (Unavailable e) {
            return e.result;
        }
    }

    static SendResult classify(String what, Outcome o) {
        if (o.networkError()) return SendResult.retry("wecom " + what + ": network error " + o.failure());
        if (o.serverError()) return SendResult.retry("wecom " + what + ": HTTP " + o.status());
        if (!o.ok()) return SendResult.permanent("wecom " + what + ": HTTP " + o.status());
        Integer code = o.errcode();
        if (code == null || code == 0) return SendResult.sent();
        String detail = "wecom " + what + ": errcode " + code + " " + o.errmsg();
        if (code == 60020) detail += " (server IP not in the app's trusted IPs)";
        return RETRY_CODES.contains(code) ? SendResult.retry(detail) : SendResult.permanent(detail);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
