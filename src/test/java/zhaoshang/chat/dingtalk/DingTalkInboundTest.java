package zhaoshang.chat.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.InboundResult;

class DingTalkInboundTest {

    static final String SECRET = "app-secret-for-tests";
    static final Instant NOW = Instant.ofEpochMilli(1613630252678L + 1000);

    /** The official sample body (PLATFORMS.md §1) plus robotCode. */
    static final String SAMPLE = """
            {
                "conversationId": "cidGroup1==",
                "atUsers": [ { "dingtalkId": "xxx", "staffId":"xxx" } ],
                "chatbotCorpId": "dinge8a565xxxx",
                "chatbotUserId": "$:LWCP_v1:$Cxxxxx",
                "msgId": "msg0xxxxx",
                "senderNick": "杨xx",
                "isAdmin": true,
                "senderStaffId": "user123",
                "sessionWebhookExpiredTime": 1613635652738,
                "createAt": 1613630252678,
                "senderCorpId": "dinge8a565xxxx",
                "conversationType": "2",
                "senderId": "$:LWCP_v1:$Ff09GIxxxxx",
                "conversationTitle": "机器人测试-TEST",
                "isInAtList": true,
                "sessionWebhook": "https://oapi.dingtalk.com/robot/sendBySession?session=xxxxx",
                "robotCode": "dingRobot",
                "text": { "content": " 拜访 张三 华为 " },
                "msgtype": "text"
            }""";

    final Map<String, String> used = new java.util.HashMap<>();
    final DingTalkInbound inbound = new DingTalkInbound(SECRET, null, "https://oapi.dingtalk.com",
            (sign, msgId, expires) -> used.computeIfAbsent(sign, k -> msgId).equals(msgId));

    static Map<String, String> headers(Instant ts, String secret) {
        String t = Long.toString(ts.toEpochMilli());
        return Map.of("Timestamp", t, "SIGN", DingTalkSignature.sign(t, secret), "Content-Type", "application/json");
    }

    @Test
    void parsesSignedTextMessage() {
        InboundResult r = inbound.accept(headers(NOW, SECRET), Map.of(), SAMPLE, NOW);
        assertThat(r.status()).isEqualTo(200);
        ChatMessage m = r.message();
        assertThat(m.platform()).isEqualTo("dingtalk");
        assertThat(m.msgId()).isEqualTo("msg0xxxxx");
        assertThat(m.conversationId()).isEqualTo("cidGroup1==");
        assertThat(m.senderId()).isEqualTo("user123");
        assertThat(m.senderName()).isEqualTo("杨xx");
        assertThat(m.text()).isEqualTo("拜访 张三 华为");
        assertThat(m.sentAt()).isEqualTo(Instant.ofEpochMilli(1613630252678L));
        assertThat(m.replyContext()).containsEntry("sessionWebhook", "https://oapi.dingtalk.com/robot/sendBySession?session=xxxxx")
                .containsEntry("sessionWebhookExpiredTime", "1613635652738")
                .containsEntry("conversationType", "2")
                .containsEntry("msgtype", "text")
                .containsEntry("robotCode", "dingRobot");
    }

    @Test
    void fallsBackToSenderIdAndMarksNonText() {
        String body = """
                {"conversationId":"cid1","msgId":"m2","senderNick":"李四","senderId":"$:LWCP:$abc","createAt":"1613630252678",
                 "conversationType":"1","msgtype":"picture","content":{"downloadCode":"dc","pictureDownloadCode":"pdc"}}""";
        InboundResult r = inbound.accept(headers(NOW, SECRET), Map.of(), body, NOW);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message().senderId()).isEqualTo("$:LWCP:$abc");
        assertThat(r.message().text()).isEmpty();
        assertThat(r.message().replyContext()).containsEntry("msgtype", "picture").doesNotContainKey("sessionWebhook");
    }

    @Test
    void refusesWrongSign() {
        assertThat(inbound.accept(headers(NOW, "other secret"), Map.of(), SAMPLE, NOW).status()).isEqualTo(401);
    }

    @Test
    void refusesTimestampTwoHoursOld() {
        Instant old = NOW.minus(Duration.ofHours(2));
        InboundResult r = inbound.accept(headers(old, SECRET), Map.of(), SAMPLE, NOW);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.message()).isNull();
    }

    @Test
    void refusesMissingHeaders() {
        assertThat(inbound.accept(Map.of(), Map.of(), SAMPLE, NOW).status()).isEqualTo(401);
        assertThat(inbound.accept(Map.of("timestamp", Long.toString(NOW.toEpochMilli())), Map.of(), SAMPLE, NOW).status()).isEqualTo(401);
        assertThat(inbound.accept(null, null, SAMPLE, NOW).status()).isEqualTo(401);
    }

    @Test
    void refusesMalformedJsonAfterAuth() {
        assertThat(inbound.accept(headers(NOW, SECRET), Map.of(), "{\"msgId\": ", NOW).status()).isEqualTo(400);
        assertThat(inbound.accept(headers(NOW, SECRET), Map.of(), "[1,2]", NOW).status()).isEqualTo(400);
        assertThat(inbound.accept(headers(NOW, SECRET), Map.of(), "{\"msgId\":\"x\"}", NOW).status()).isEqualTo(400);
        // unauthenticated garbage is a 401, not a parse error
        assertThat(inbound.accept(Map.of(), Map.of(), "{{{", NOW).status()).isEqualTo(401);
    }

    @Test
    void refusesOversizeBody() {
        String big = "{\"pad\":\"" + "字".repeat(22_000) + "\"}"; // 66 KB in UTF-8, 22 k chars
        InboundResult r = inbound.accept(headers(NOW, SECRET), Map.of(), big, NOW);
        assertThat(r.status()).isEqualTo(413);
    }

    /**
     * Issue 10: DingTalk's sign covers only the timestamp. A captured timestamp/sign pair reused with a new msgId (here
     * an admin asking for every ledger) is refused; DingTalk redelivering the same message with it is not.
     */
    @Test
    void refusesACapturedSignReusedForAnotherMessage() {
        Map<String, String> captured = headers(NOW, SECRET);
        assertThat(inbound.accept(captured, Map.of(), SAMPLE, NOW).status()).isEqualTo(200);
        assertThat(inbound.accept(captured, Map.of(), SAMPLE, NOW.plusSeconds(30)).status())
                .as("the same message redelivered").isEqualTo(200);
        String forged = SAMPLE.replace("msg0xxxxx", "msg-forged").replace("user123", "ding-0900")
                .replace(" 拜访 张三 华为 ", "导出全部台账");
        InboundResult r = inbound.accept(captured, Map.of(), forged, NOW.plusSeconds(60));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.message()).isNull();
        assertThat(r.reason()).contains("replayed");
        // a fresh sign for the same new message is fine (DingTalk signs each request)
        assertThat(inbound.accept(headers(NOW.plusSeconds(61), SECRET), Map.of(), forged, NOW.plusSeconds(61)).status())
                .isEqualTo(200);
    }

    @Test
    void acceptsASessionWebhookOnlyOnDingTalksHostAndPath() {
        for (String bad : java.util.List.of("https://evil.example/robot/sendBySession?session=x",
                "http://oapi.dingtalk.com/robot/sendBySession?session=x",
                "https://oapi.dingtalk.com.evil.example/robot/sendBySession?session=x",
                "https://oapi.dingtalk.com@evil.example/robot/sendBySession?session=x",
                "https://oapi.dingtalk.com:8443/robot/sendBySession?session=x",
                "https://oapi.dingtalk.com/robot/send?access_token=attackers-own-robot",
                "https://oapi.dingtalk.com/robot/sendBySession/../send?access_token=x",
                "//evil.example/robot/sendBySession", "not a url at all")) {
            Instant t = NOW.plusMillis(bad.length());
            InboundResult r = inbound.accept(headers(t, SECRET), Map.of(),
                    SAMPLE.replace("https://oapi.dingtalk.com/robot/sendBySession?session=xxxxx", bad), t);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.message()).isNull();
        }
        assertThat(used).as("a refused callback uses up no sign").isEmpty();
        // the configured base (a fake DingTalk in tests) is the one accepted
        DingTalkInbound fake = new DingTalkInbound(SECRET, null, "http://127.0.0.1:18080", (s, m, e) -> true);
        assertThat(fake.accept(headers(NOW, SECRET), Map.of(), SAMPLE.replace("https://oapi.dingtalk.com",
                "http://127.0.0.1:18080"), NOW).status()).isEqualTo(200);
        assertThat(fake.accept(headers(NOW, SECRET), Map.of(), SAMPLE, NOW).status()).isEqualTo(400);
    }
}
