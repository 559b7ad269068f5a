package zhaoshang.chat.dingtalk;

import java.util.Set;

import zhaoshang.chat.PlatformHttp.Outcome;
import zhaoshang.chat.SendResult;

/**
 * What DingTalk's answers mean for the outbox (PLATFORMS.md §4): oapi/webhook answers carry {@code errcode} with HTTP
 * 200 (-1, 130101 "send too fast" and 410100 are retried), api.dingtalk.com answers a {@code code} with HTTP 4xx/5xx
 * (throttling and system errors are retried); network errors and 5xx are always retried.
 */
final class DingTalkAnswers {

    private static final Set<Integer> RETRY_CODES = Set.of(-1, 130101, 410100);
    /** oapi answers for an invalid or expired access_token. */
    private static final Set<Integer> OAPI_BAD_TOKEN = Set.of(40001, 40014, 42001);

    private DingTalkAnswers() { }

    static SendResult webhook(String route, Outcome o) {
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

    static boolean apiTokenRefused(Outcome o) {
        if (o.status() == 401) {
            return true;
        }
        String code = o.json().path("code").asText("");
        return code.equalsIgnoreCase("InvalidAuthentication") || code.toLowerCase().contains("accesstoken");
    }

    static SendResult api(String route, Outcome o) {
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

    /** An oapi answer refusing the access_token (it is dropped and fetched again). */
    static boolean oapiTokenRefused(Outcome o) {
        Integer code = o.errcode();
        return o.status() == 401 || (code != null && OAPI_BAD_TOKEN.contains(code));
    }
}
