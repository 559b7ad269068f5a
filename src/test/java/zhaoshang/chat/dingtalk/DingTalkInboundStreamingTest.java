package zhaoshang.chat.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.InboundResult;

/**
 * The robot message is read with Jackson's streaming parser, binding only the fields the bot uses. It must accept,
 * refuse and read exactly what the tree reader it replaced did: this test keeps that reader ({@link #tree}) and
 * compares both on the documented sample, on odd but legal shapes (fields twice, numbers and objects where strings
 * are expected, atUsers as an object, trailing text) and on every prefix and thousands of one-character mutations of
 * real callbacks (malformed JSON must stay a 400 whatever field it is in, also in fields the bot does not read).
 */
class DingTalkInboundStreamingTest {

    static final Instant NOW = DingTalkInboundTest.NOW;
    final DingTalkInbound inbound = new DingTalkInbound(DingTalkInboundTest.SECRET, null, "https://oapi.dingtalk.com",
            (sign, msgId, expires) -> true);

    static final String BENCH = "{\"conversationId\":\"cid-1\",\"atUsers\":[{\"dingtalkId\":\"$:LWCP_v1:$robot\"}],"
            + "\"chatbotCorpId\":\"dingcorp\",\"chatbotUserId\":\"$:LWCP_v1:$robot\",\"msgId\":\"m-1\","
            + "\"senderNick\":\"林晓东\",\"isAdmin\":false,\"senderStaffId\":\"ding-0101\","
            + "\"sessionWebhookExpiredTime\":1613635652738,\"createAt\":1613630252678,\"senderCorpId\":\"dingcorp\","
            + "\"conversationType\":\"2\",\"senderId\":\"$:LWCP_v1:$ding-0101\",\"conversationTitle\":\"第一工作组\","
            + "\"isInAtList\":true,\"sessionWebhook\":\"https://oapi.dingtalk.com/robot/sendBySession?session=7\","
            + "\"text\":{\"content\":\"走访\\n企业：深圳欣迪新能源装备技术有限公司\\n投资意向：较强\"},\"msgtype\":\"text\","
            + "\"robotCode\":\"bench-robot\"}";

    static final List<String> ODD = List.of(
            "{\"msgId\":\"a\",\"msgId\":\"b\",\"conversationId\":\"c\",\"text\":{\"content\":\"x\",\"content\":\"y\"}}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"text\":{\"content\":\"x\"},\"text\":\"plain\"}",
            "{\"msgId\":12345678901234,\"conversationId\":-0,\"senderNick\":1.50,\"text\":{\"content\":1e3}}",
            "{\"msgId\":123456789012345678901234567890,\"conversationId\":true,\"createAt\":1.6e12,\"text\":{\"content\":false}}",
            "{\"msgId\":\"a\",\"conversationId\":{\"x\":1},\"text\":{\"content\":null}}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"senderStaffId\":\"\",\"senderId\":\"s\",\"text\":{\"content\":[1,2]}}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"senderStaffId\":null,\"senderId\":[\"s\"],\"text\":null}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"createAt\":\" 1613630252678 \",\"sessionWebhookExpiredTime\":\"x\"}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"createAt\":true,\"sessionWebhookExpiredTime\":{\"a\":1}}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"createAt\":99999999999999999999,\"sessionWebhookExpiredTime\":null}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"atUsers\":{\"one\":{\"staffId\":\"s1\"},\"two\":{\"staffId\":\"s2\",\"dingtalkId\":\"r\"}},\"chatbotUserId\":\"r\"}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"atUsers\":[{\"staffId\":\"s1\",\"dingtalkId\":\"r\"},{\"staffId\":\"s2\"},7,null,[{\"staffId\":\"s3\"}],{\"staffId\":{\"a\":1}},{\"staffId\":5,\"staffId\":\" \"},{\"staffId\":\"a\\nb\"}],\"chatbotUserId\":\"r\"}",
            "{\"chatbotUserId\":\"r\",\"msgId\":\"a\",\"conversationId\":\"c\",\"atUsers\":[{\"staffId\":\"s1\",\"dingtalkId\":\"r\"}],\"atUsers\":[{\"staffId\":\"s9\"}]}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"atUsers\":\"everyone\",\"msgtype\":\"richText\",\"content\":{\"richText\":[{\"text\":\"一\"},{\"pictureDownloadCode\":\"p\"},{\"text\":null},{\"text\":2},\"x\"]}}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"msgtype\":\"richText\",\"content\":{\"richText\":{\"k\":{\"text\":\"对象\"}}},\"content\":null}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"msgtype\":\"richText\",\"content\":{\"richText\":[{\"text\":\"后\"}]}}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"msgtype\":\"\",\"text\":{\"content\":\" t \"}}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"msgtype\":null,\"text\":{\"content\":\" t \"},\"robotCode\":7,\"conversationType\":2}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"sessionWebhook\":\"https://evil.example/robot/sendBySession\"}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"sessionWebhook\":\"\",\"text\":{\"content\":\"t\"}} trailing text",
            "{\"msgId\":\"a\",\"conversationId\":\"c\"} {\"another\":",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"deep\":[[[[[[{\"x\":[1,{\"y\":null}]}]]]]]]}",
            "[1,2]", "[1,", "\"text\"", "null", "42", "", "   ", "{}", "{\"msgId\":\"x\"}", "{\"msgId\": ", "{{{", "{\"a\":1,}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"pad\":\"\\uZZZZ\"}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"pad\":\"tab\there\"}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"pad\":01}",
            "{\"msgId\":\"a\",\"conversationId\":\"c\",\"pad\":NaN}",
            "{'msgId':'a','conversationId':'c'}");

    @Test
    void readsExactlyWhatTheTreeReaderRead() {
        List<String> bodies = new ArrayList<>(ODD);
        bodies.add(DingTalkInboundTest.SAMPLE);
        bodies.add(BENCH);
        for (String b : List.of(DingTalkInboundTest.SAMPLE, BENCH)) {
            for (int i = 0; i < b.length(); i++) bodies.add(b.substring(0, i));
        }
        Random random = new Random(15);
        String alphabet = "\"{}[],:0-.e\\ntu ";
        for (int i = 0; i < 6000; i++) {
            String b = i % 2 == 0 ? BENCH : DingTalkInboundTest.SAMPLE;
            char[] c = b.toCharArray();
            for (int k = 0; k <= i % 3; k++) c[random.nextInt(c.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            bodies.add(new String(c));
        }
        int accepted = 0;
        for (String body : bodies) {
            InboundResult expected = tree(body);
            InboundResult actual = inbound.streamed(body, NOW);
            assertThat(actual.status()).as(body).isEqualTo(expected.status());
            assertThat(actual.reason()).as(body).isEqualTo(expected.reason());
            assertThat(actual.message()).as(body).isEqualTo(expected.message());
            if (actual.ok()) accepted++;
        }
        assertThat(accepted).as("accepted bodies among the compared ones").isGreaterThan(1000);
        assertThat(bodies.size() - accepted).as("refused ones").isGreaterThan(1000);
    }

    @Test
    void theOddShapesMeanWhatTheyMeant() {
        ChatMessage twice = inbound.streamed(ODD.get(0), NOW).message();
        assertThat(twice.msgId()).as("of a field given twice, the last counts").isEqualTo("b");
        assertThat(twice.text()).isEqualTo("y");
        assertThat(inbound.streamed(ODD.get(1), NOW).message().text()).as("text replaced by a string").isEmpty();
        ChatMessage numbers = inbound.streamed(ODD.get(2), NOW).message();
        assertThat(numbers.msgId()).isEqualTo("12345678901234");
        assertThat(numbers.conversationId()).isEqualTo("0");
        assertThat(numbers.senderName()).isEqualTo("1.5");
        assertThat(numbers.text()).isEqualTo("1000.0");
        assertThat(inbound.streamed(ODD.get(4), NOW).status()).as("an object as conversationId").isEqualTo(400);
        ChatMessage mentions = inbound.streamed(ODD.get(11), NOW).message();
        assertThat(mentions.replyContext().get(zhaoshang.chat.AtUsers.KEY)).as("the robot, non-objects, blanks, a staffId given twice (the last, blank, counts) and one with a line break are left out").isEqualTo("s2");
        assertThat(inbound.streamed(ODD.get(12), NOW).message().replyContext().get(zhaoshang.chat.AtUsers.KEY))
                .isEqualTo("s9");
        assertThat(inbound.streamed(ODD.get(13), NOW).message().text()).isEqualTo("一2");
        assertThat(inbound.streamed(ODD.get(19), NOW).status()).as("text after the object is not read").isEqualTo(200);
        assertThat(inbound.streamed("{\"msgId\":\"a\",\"conversationId\":\"c\",\"pad\":\"\\uZZZZ\"}", NOW).status())
                .as("malformed in a field the bot does not use").isEqualTo(400);
    }

    // ------------------------------------------------------------------ the reader this replaced (tree of the body)

    private static final ObjectMapper JSON = new ObjectMapper();

    private InboundResult tree(String body) {
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
        if (webhook != null && !inbound.onDingTalkHost(webhook)) {
            return InboundResult.refused(400, "sessionWebhook is not on DingTalk's API host");
        }
        String msgtype = text(root, "msgtype");
        if (msgtype == null) msgtype = "text";
        String content = "";
        if ("text".equals(msgtype)) {
            content = root.path("text").path("content").asText("");
        } else if ("richText".equals(msgtype)) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : root.path("content").path("richText")) {
                if (part.hasNonNull("text")) sb.append(part.get("text").asText());
            }
            content = sb.toString();
        }
        String sender = text(root, "senderStaffId");
        if (sender == null) sender = text(root, "senderId");
        Instant sentAt = millis(root.get("createAt"));
        Map<String, String> ctx = new HashMap<>();
        put(ctx, "sessionWebhook", webhook);
        Instant expiry = millis(root.get("sessionWebhookExpiredTime"));
        if (expiry != null) ctx.put("sessionWebhookExpiredTime", Long.toString(expiry.toEpochMilli()));
        put(ctx, "conversationType", text(root, "conversationType"));
        ctx.put("msgtype", msgtype);
        put(ctx, "robotCode", text(root, "robotCode"));
        put(ctx, "senderStaffId", text(root, "senderStaffId"));
        List<String> mentioned = new ArrayList<>();
        String robot = text(root, "chatbotUserId");
        for (JsonNode at : root.path("atUsers")) {
            String staffId = at.path("staffId").asText("");
            if (!staffId.isBlank() && (robot == null || !robot.equals(at.path("dingtalkId").asText("")))) {
                mentioned.add(staffId);
            }
        }
        List<String> ids = mentioned.stream().filter(s -> s != null && !s.isBlank() && !s.contains("\n")).limit(20).toList();
        if (!ids.isEmpty()) ctx.put(zhaoshang.chat.AtUsers.KEY, String.join("\n", ids));
        return InboundResult.accepted(new ChatMessage("dingtalk", msgId, conversationId, sender,
                text(root, "senderNick"), content.strip(), sentAt == null ? NOW : sentAt, ctx));
    }

    private static void put(Map<String, String> ctx, String key, String value) {
        if (value != null) ctx.put(key, value);
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull() || n.isContainerNode()) return null;
        String s = n.asText();
        return s.isEmpty() ? null : s;
    }

    private static Instant millis(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isNumber()) return Instant.ofEpochMilli(n.asLong());
        try {
            return Instant.ofEpochMilli(Long.parseLong(n.asText().trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
