package zhaoshang.chat.dingtalk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import zhaoshang.chat.PlatformHttp;
import zhaoshang.chat.PlatformHttp.Outcome;
import zhaoshang.chat.SendResult;

/**
 * DingTalk's two access tokens, each cached until its expiry minus {@link #MARGIN}: the new API's
 * ({@code POST /v1.0/oauth2/accessToken}, for api.dingtalk.com) and the legacy one ({@code GET /gettoken}, for oapi:
 * media/upload and 工作通知). A token refused by a call is dropped and fetched again.
 */
final class DingTalkTokens {

    /** Cached tokens are renewed this long before they expire. */
    static final Duration MARGIN = Duration.ofMinutes(5);

    private final DingTalkSettings settings;
    private final Clock clock;
    private final PlatformHttp http;
    private final Cached apiToken = new Cached();
    private final Cached oapiToken = new Cached();

    DingTalkTokens(DingTalkSettings settings, Clock clock, PlatformHttp http) {
        this.settings = settings;
        this.clock = clock;
        this.http = http;
    }

    /** {@code POST /v1.0/oauth2/accessToken}, cached. */
    String api() throws Unavailable {
        synchronized (apiToken) {
            String cached = apiToken.valid(clock.instant());
            if (cached != null) {
                return cached;
            }
            ObjectNode req = PlatformHttp.JSON.createObjectNode()
                    .put("appKey", settings.appKey()).put("appSecret", settings.appSecret());
            Outcome o = http.postJson(settings.apiBase() + "/v1.0/oauth2/accessToken", req, Map.of());
            if (o.networkError() || o.serverError()) {
                throw new Unavailable(SendResult.retry("dingtalk accessToken: "
                        + (o.networkError() ? "network error " + o.failure() : "HTTP " + o.status())));
            }
            String token = o.json().path("accessToken").asText("");
            if (!o.ok() || token.isEmpty()) {
                throw new Unavailable(SendResult.permanent("dingtalk accessToken refused: HTTP " + o.status()
                        + " " + o.json().path("code").asText("")));
            }
            apiToken.set(token, clock.instant().plusSeconds(o.json().path("expireIn").asLong(7200)));
            return token;
        }
    }

    /** {@code GET /gettoken?appkey=&appsecret=}, cached (for oapi media/upload). */
    String oapi() throws Unavailable {
        synchronized (oapiToken) {
            String cached = oapiToken.valid(clock.instant());
            if (cached != null) {
                return cached;
            }
            Outcome o = http.get(settings.oapiBase() + "/gettoken?appkey=" + enc(settings.appKey())
                    + "&appsecret=" + enc(settings.appSecret()));
            if (o.networkError() || o.serverError()) {
                throw new Unavailable(SendResult.retry("dingtalk gettoken: "
                        + (o.networkError() ? "network error " + o.failure() : "HTTP " + o.status())));
            }
            Integer code = o.errcode();
            String token = o.json().path("access_token").asText("");
            if (code != null && code == -1) {
                throw new Unavailable(SendResult.retry("dingtalk gettoken: errcode -1 " + o.errmsg()));
            }
            if (!o.ok() || (code != null && code != 0) || token.isEmpty()) {
                throw new Unavailable(SendResult.permanent("dingtalk gettoken refused: HTTP " + o.status()
                        + " errcode " + code + " " + o.errmsg()));
            }
            oapiToken.set(token, clock.instant().plusSeconds(o.json().path("expires_in").asLong(7200)));
            return token;
        }
    }

    void dropApi() {
        apiToken.drop();
    }

    void dropOapi() {
        oapiToken.drop();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static final class Cached {
        private String value;
        private Instant renewAt = Instant.MIN;

        synchronized String valid(Instant now) {
            return value != null && now.isBefore(renewAt) ? value : null;
        }

        synchronized void set(String token, Instant expiresAt) {
            value = token;
            renewAt = expiresAt.minus(MARGIN);
        }

        synchronized void drop() {
            value = null;
        }
    }

    /** No token now; {@link #result} says whether to retry. */
    static final class Unavailable extends Exception {
        final SendResult result;

        Unavailable(SendResult result) {
            super(result.detail(), null, false, false);
            this.result = result;
        }
    }
}
