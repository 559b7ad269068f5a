package zhaoshang.chat.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.chat.CallbackCryptoTest.AES;
import static zhaoshang.chat.CallbackCryptoTest.CORP;
import static zhaoshang.chat.CallbackCryptoTest.TOKEN;
import static zhaoshang.chat.CallbackCryptoTest.W2_ENCRYPT;
import static zhaoshang.chat.CallbackCryptoTest.W4_ENCRYPT;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;
import zhaoshang.chat.CallbackCrypto;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.InboundResult;

class WeComInboundTest {

    static final Instant W_NOW = Instant.ofEpochSecond(1409659813L + 5);
    static final String W2_BODY = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA["
            + W2_ENCRYPT + "]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>";

    final WeComInbound inbound = WeComInbound.of(TOKEN, AES, CORP);

    static Map<String, String> q(String sig, String ts, String nonce) {
        Map<String, String> m = new HashMap<>();
        m.put("msg_signature", sig);
        m.put("timestamp", ts);
        m.put("nonce", nonce);
        return m;
    }

    static Map<String, String> w2Query() {
        return q("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149");
    }

    @Test
    void w1UrlVerificationEchoesPlaintext() {
        Map<String, String> query = q("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780");
        query.put("echostr", "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==");
        InboundResult r = inbound.verifyUrl(query, Instant.ofEpochSecond(1409659589L));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("1616140317555161061");
        // '+' turned into ' ' by form decoding still works
        query.put("echostr", query.get("echostr").replace('+', ' '));
        assertThat(inbound.verifyUrl(query, Instant.ofEpochSecond(1409659589L)).body()).isEqualTo("1616140317555161061");
        query.put("msg_signature", "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd4");
        assertThat(inbound.verifyUrl(query, Instant.ofEpochSecond(1409659589L)).status()).isEqualTo(401);
    }

    @Test
    void w2AppMessage() {
        InboundResult r = inbound.accept(w2Query(), W2_BODY, W_NOW);
        assertThat(r.status()).isEqualTo(200);
        ChatMessage m = r.message();
        assertThat(m.platform()).isEqualTo("wecom");
        assertThat(m.msgId()).isEqualTo("4561255354251345929");
        assertThat(m.conversationId()).isEqualTo("app:218");
        assertThat(m.senderId()).isEqualTo("mycreate");
        assertThat(m.text()).isEqualTo("hello");
        assertThat(m.sentAt()).isEqualTo(Instant.ofEpochSecond(1409659813L));
        assertThat(m.replyContext()).containsEntry("kind", "app").containsEntry("msgtype", "text")
                .containsEntry("agentId", "218").containsEntry("userId", "mycreate"); // answers go back to the sender
    }

    @Test
    void w4AiBotJsonMessage() {
        String body = "{\"encrypt\":\"" + W4_ENCRYPT + "\"}";
        InboundResult r = inbound.accept(q("046251bdf75dd68a2ae99cff1fea5d1f5f716fd5", "1409659813", "1372623149"), body, W_NOW);
        assertThat(r.status()).isEqualTo(200);
        ChatMessage m = r.message();
        assertThat(m.msgId()).isEqualTo("CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=");
        assertThat(m.conversationId()).isEqualTo("CHATID");
        assertThat(m.senderId()).isEqualTo("USERID");
        assertThat(m.text()).isEqualTo("hello robot");
        assertThat(m.replyContext()).containsEntry("kind", "aibot").containsEntry("chattype", "group")
                .containsEntry("responseUrl", "RESPONSEURL")
                .containsEntry("responseUrlExpiresAt", Long.toString(W_NOW.plus(Duration.ofHours(1)).toEpochMilli()));
    }

    @Test
    void wxJavaActingAsWeComApp() {
        WxCryptUtil wecom = new WxCryptUtil(TOKEN, AES, CORP);
        String plain = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName>"
                + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[ 签约 甲公司 1.5亿 ]]></Content>"
                + "<MsgId>77</MsgId><AgentID>1000002</AgentID></xml>";
        WxCryptUtil.EncryptContext ctx = wecom.encryptContext(plain);
        String body = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[" + ctx.getEncrypt()
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        Instant now = Instant.ofEpochSecond(Long.parseLong(ctx.getTimeStamp()));
        InboundResult r = inbound.accept(q(ctx.getSignature(), ctx.getTimeStamp(), ctx.getNonce()), body, now);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message().text()).isEqualTo("签约 甲公司 1.5亿");
        assertThat(r.message().conversationId()).isEqualTo("app:1000002");
        // its full reply-style XML (Encrypt + MsgSignature + TimeStamp + Nonce) is accepted too
        String xml = wecom.encrypt(plain);
        Map<String, String> f = SafeXml.fields(xml);
        assertThat(inbound.accept(q(f.get("MsgSignature"), f.get("TimeStamp"), f.get("Nonce")), xml,
                Instant.ofEpochSecond(Long.parseLong(f.get("TimeStamp")))).status()).isEqualTo(200);
    }

    @Test
    void wxJavaActingAsWeComAiBotAndUrlCheck() {
        WxCryptUtil wecom = new WxCryptUtil(TOKEN, AES, "");
        String json = "{\"msgid\":\"m1\",\"chattype\":\"single\",\"from\":{\"userid\":\"lisi\"},\"response_url\":\"https://x/r\","
                + "\"msgtype\":\"text\",\"text\":{\"content\":\"@不是机器人 进度\"}}";
        WxCryptUtil.EncryptContext ctx = wecom.encryptContext(json);
        Instant now = Instant.ofEpochSecond(Long.parseLong(ctx.getTimeStamp()));
        InboundResult r = inbound.accept(q(ctx.getSignature(), ctx.getTimeStamp(), ctx.getNonce()),
                "{\"encrypt\":\"" + ctx.getEncrypt() + "\"}", now);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message().conversationId()).isEqualTo("single:lisi");
        assertThat(r.message().text()).isEqualTo("@不是机器人 进度"); // mentions are only stripped in groups

        String e = wecom.encrypt("abcdefgh12345678", "echo-123");
        Map<String, String> query = q(me.chanjar.weixin.common.util.crypto.SHA1.gen(TOKEN, "1700000000", "n1", e), "1700000000", "n1");
        query.put("echostr", e);
        assertThat(inbound.verifyUrl(query, Instant.ofEpochSecond(1700000000L)).body()).isEqualTo("echo-123");
    }

    @Test
    void aCardButtonClickIsAMessageWithTheButtonsCommand() {
        WxCryptUtil wecom = new WxCryptUtil(TOKEN, AES, "");
        String json = "{\"msgid\":\"click-1\",\"create_time\":1700000000,\"aibotid\":\"AIBOT\",\"from\":{\"userid\":\"lisi\"},"
                + "\"chattype\":\"single\",\"response_url\":\"https://qyapi.example/cgi-bin/aibot/response?response_code=RC\","
                + "\"msgtype\":\"event\",\"event\":{\"eventtype\":\"template_card_event\",\"template_card_event\":"
                + "{\"card_type\":\"button_interaction\",\"event_key\":\"撤销 #V-0001\",\"task_id\":\"zs-17\"}}}";
        WxCryptUtil.EncryptContext ctx = wecom.encryptContext(json);
        Instant now = Instant.ofEpochSecond(Long.parseLong(ctx.getTimeStamp()));
        InboundResult r = inbound.accept(q(ctx.getSignature(), ctx.getTimeStamp(), ctx.getNonce()),
                "{\"encrypt\":\"" + ctx.getEncrypt() + "\"}", now);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message().text()).isEqualTo("撤销 #V-0001");
        assertThat(r.message().msgId()).isEqualTo("click-1");
        assertThat(r.message().senderId()).isEqualTo("lisi");
        assertThat(r.message().conversationId()).isEqualTo("single:lisi");
        assertThat(r.message().replyContext()).containsEntry("button", "true").containsEntry("chattype", "single")
                .containsEntry("responseUrl", "https://qyapi.example/cgi-bin/aibot/response?response_code=RC");
        // another event kind (entering the chat) carries no message
        WxCryptUtil.EncryptContext enter = wecom.encryptContext("{\"msgid\":\"e1\",\"from\":{\"userid\":\"lisi\"},"
                + "\"msgtype\":\"event\",\"event\":{\"eventtype\":\"enter_chat\"}}");
        assertThat(inbound.accept(q(enter.getSignature(), enter.getTimeStamp(), enter.getNonce()),
                "{\"encrypt\":\"" + enter.getEncrypt() + "\"}", now).message()).isNull();
    }

    @Test
    void eventsAreVerifiedButCarryNoMessage() {
        CallbackCrypto app = new CallbackCrypto(TOKEN, AES, CORP);
        CallbackCrypto.Sealed s = app.seal("<xml><FromUserName>u</FromUserName><MsgType>event</MsgType><Event>enter_agent</Event></xml>",
                "1700000000", "n");
        InboundResult r = inbound.accept(q(s.signature(), s.timestamp(), s.nonce()),
                "<xml><Encrypt>" + s.encrypt() + "</Encrypt></xml>", Instant.ofEpochSecond(1700000000L));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message()).isNull();
    }

    // ---- negative ----

    @Test
    void refusesStaleTimestamp() {
        assertThat(inbound.accept(w2Query(), W2_BODY, W_NOW.plus(Duration.ofHours(2))).status()).isEqualTo(401);
    }

    @Test
    void refusesWrongSignature() {
        Map<String, String> query = w2Query();
        query.put("msg_signature", "377715d11cdb4164915debcba66cb864d751f3e6");
        assertThat(inbound.accept(query, W2_BODY, W_NOW).status()).isEqualTo(401);
    }

    @Test
    void refusesMissingQuery() {
        assertThat(inbound.accept(Map.of(), W2_BODY, W_NOW).status()).isEqualTo(401);
        assertThat(inbound.verifyUrl(Map.of("timestamp", "1409659813"), W_NOW).status()).isEqualTo(401);
    }

    @Test
    void refusesWrongAesKey() {
        WeComInbound other = WeComInbound.of(TOKEN, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", CORP);
        InboundResult r = other.accept(w2Query(), W2_BODY, W_NOW);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.message()).isNull();
    }

    @Test
    void refusesTamperedCiphertext() {
        String tampered = W2_BODY.replace("RypEvHKD8QQ", "RypEvHKD8QR");
        assertThat(inbound.accept(w2Query(), tampered, W_NOW).status()).isEqualTo(401);
    }

    @Test
    void refusesWrongReceiveId() {
        WeComInbound other = WeComInbound.of(TOKEN, AES, "wwSOMEONEELSE");
        assertThat(other.accept(w2Query(), W2_BODY, W_NOW).status()).isEqualTo(401);
        // AI-bot JSON whose receive id is the corp id (not "") is refused too
        CallbackCrypto app = new CallbackCrypto(TOKEN, AES, CORP);
        CallbackCrypto.Sealed s = app.seal("{\"msgid\":\"m\",\"from\":{\"userid\":\"u\"},\"msgtype\":\"text\",\"text\":{\"content\":\"x\"}}",
                "1409659813", "n");
        assertThat(inbound.accept(q(s.signature(), s.timestamp(), s.nonce()), "{\"encrypt\":\"" + s.encrypt() + "\"}", W_NOW).status())
                .isEqualTo(401);
    }

    @Test
    void refusesMalformedXmlAndJson() {
        assertThat(inbound.accept(w2Query(), "<xml><Encrypt>abc</Encrypt", W_NOW).status()).isEqualTo(400);
        assertThat(inbound.accept(w2Query(), "<xml><ToUserName>x</ToUserName></xml>", W_NOW).status()).isEqualTo(400);
        assertThat(inbound.accept(w2Query(), "{\"encrypt\": ", W_NOW).status()).isEqualTo(400);
        assertThat(inbound.accept(w2Query(), "hello", W_NOW).status()).isEqualTo(400);
        // well-signed but the decrypted content is not XML
        CallbackCrypto app = new CallbackCrypto(TOKEN, AES, CORP);
        CallbackCrypto.Sealed s = app.seal("not xml at all", "1409659813", "n");
        assertThat(inbound.accept(q(s.signature(), s.timestamp(), s.nonce()), "<xml><Encrypt>" + s.encrypt() + "</Encrypt></xml>", W_NOW)
                .status()).isEqualTo(400);
    }

    @Test
    void refusesXxe() {
        String outer = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><Encrypt>&xxe;</Encrypt></xml>";
        assertThat(inbound.accept(w2Query(), outer, W_NOW).status()).isEqualTo(400);
        // inside a correctly signed and encrypted payload as well
        CallbackCrypto app = new CallbackCrypto(TOKEN, AES, CORP);
        CallbackCrypto.Sealed s = app.seal("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><FromUserName>u</FromUserName><MsgType>text</MsgType><Content>&xxe;</Content><MsgId>1</MsgId></xml>", "1409659813", "n");
        InboundResult r = inbound.accept(q(s.signature(), s.timestamp(), s.nonce()),
                "<xml><Encrypt>" + s.encrypt() + "</Encrypt></xml>", W_NOW);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isNull();
    }

    @Test
    void refusesOversizeBody() {
        String big = "<xml><Encrypt>" + "A".repeat(70_000) + "</Encrypt></xml>";
        assertThat(inbound.accept(w2Query(), big, W_NOW).status()).isEqualTo(413);
    }
}
