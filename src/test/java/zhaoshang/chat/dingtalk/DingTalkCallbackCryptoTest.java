package zhaoshang.chat.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import javax.crypto.Cipher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import zhaoshang.chat.CallbackCrypto;
import zhaoshang.chat.CallbackCryptoException;
import zhaoshang.chat.InboundResult;

/**
 * DingTalk's callback body encryption (DingCallbackCrypto, PLATFORMS.md "DingTalk callback crypto") with the published
 * test vectors D1–D3, and through {@link DingTalkInbound}: URL check, robot message, tampering, stale requests.
 */
class DingTalkCallbackCryptoTest {

    static final ObjectMapper JSON = new ObjectMapper();

    // D1: Go main() / C# Main in open-dingtalk/DingTalk-Callback-Crypto
    static final String D1_TOKEN = "tokenxxxx";
    static final String D1_KEY = "o1w0aum42yaptlz8alnhwikjd3jenzt9cb9wmzptgus";
    static final String D1_OWNER = "dingxxxxxx";
    static final String D1_SIGNATURE = "f36f4ba5337d426c7d4bca0dbcb06b3ddc1388fc";
    static final String D1_TS = "1605695694141";
    static final String D1_NONCE = "WelUQl6bCqcBa2fM";
    static final String D1_ENCRYPT = "X1VSe9cTJUMZu60d3kyLYTrBq5578ZRJtteU94wG0Q4Uk6E/wQYeJRIC0/UFW5Wkya1Ihz9oXAdLlyC9TRaqsQ==";
    // D2: DingCallbackCrypto3.py __main__
    static final String D2_TOKEN = "mryue";
    static final String D2_KEY = "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7";
    static final String D2_OWNER = "ding6ccabc44d2c8d38b";
    static final String D2_SIGNATURE = "03044561471240d4a14bb09372dfcfd4fd0e40cb";
    static final String D2_TS = "1608001896814";
    static final String D2_NONCE = "WL4PK6yA";
    static final String D2_ENCRYPT = "0vJiX6vliEpwG3U45CtXqi+m8PXbQRARJ8p8BbDuD1EMTDf0jKpQ79QS93qEk7XHpP6u+oTTrd15NRPvNvmBKyDCYxxOK+HZeKju4yhELOFchzNukR+t8SB/qk4ROMu3";
    // D3: dingtalk_callback_crypto.rs tests (the classic DingTalk doc example)
    static final String D3_TOKEN = "123456";
    static final String D3_KEY = "4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij";
    static final String D3_OWNER = "suite4xxxxxxxxxxxxxxx";
    static final String D3_SIGNATURE = "5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0";
    static final String D3_TS = "1445827045067";
    static final String D3_NONCE = "nEXhMP4r";
    static final String D3_ENCRYPT = "1a3NBxmCFwkCJvfoQ7WhJHB+iX3qHPsc9JbaDznE1i03peOk1LaOQoRz3+nlyGNhwmwJ3vDMG+OzrHMeiZI7gTRWVdUBmfxjZ8Ej23JVYa9VrYeJ5as7XM/ZpulX8NEQis44w53h1qAgnC3PRzM7Zc/D6Ibr0rgUathB6zRHP8PYrfgnNOS9PhSBdHlegK+AGGanfwjXuQ9+0pZcy0w9lQ==";

    @Test
    void publishedVectorsDecrypt() throws CallbackCryptoException {
        assertThat(new CallbackCrypto(D1_TOKEN, D1_KEY, D1_OWNER).verifyAndDecrypt(D1_SIGNATURE, D1_TS, D1_NONCE, D1_ENCRYPT))
                .isEqualTo("success");
        assertThat(new CallbackCrypto(D2_TOKEN, D2_KEY, D2_OWNER).verifyAndDecrypt(D2_SIGNATURE, D2_TS, D2_NONCE, D2_ENCRYPT))
                .isEqualTo("{\"EventType\":\"check_url\"}");
        assertThat(new CallbackCrypto(D3_TOKEN, D3_KEY, D3_OWNER).verifyAndDecrypt(D3_SIGNATURE, D3_TS, D3_NONCE, D3_ENCRYPT))
                .isEqualTo("{\"EventType\":\"check_create_suite_url\",\"Random\":\"LPIdSnlF\",\"TestSuiteKey\":\"suite4xxxxxxxxxxxxxxx\"}");
    }

    @Test
    void encryptingReproducesVectorD1AndItsSignature() {
        CallbackCrypto c = new CallbackCrypto(D1_TOKEN, D1_KEY, D1_OWNER);
        assertThat(c.encrypt(D1_NONCE, "success")).isEqualTo(D1_ENCRYPT); // D1's random prefix is its nonce
        assertThat(c.signature(D1_TS, D1_NONCE, D1_ENCRYPT)).isEqualTo(D1_SIGNATURE);
    }

    @Test
    void aWrongOwnerKeyOrATamperedSignatureIsRefused() {
        assertThatThrownBy(() -> new CallbackCrypto(D2_TOKEN, D2_KEY, "ding-another-corp")
                .verifyAndDecrypt(D2_SIGNATURE, D2_TS, D2_NONCE, D2_ENCRYPT)).isInstanceOf(CallbackCryptoException.class);
        assertThatThrownBy(() -> new CallbackCrypto(D2_TOKEN, D2_KEY, D2_OWNER)
                .verifyAndDecrypt(D2_SIGNATURE, D2_TS, "other-nonce", D2_ENCRYPT)).isInstanceOf(CallbackCryptoException.class);
    }

    /** The official DingCallbackCrypto.java limits AES to 128 bits JVM-wide when loaded: it must not be here. */
    @Test
    void theOfficialJavaClassIsNotOnTheClasspathAndAes256Works() throws Exception {
        for (String name : new String[] {"DingCallbackCrypto", "com.dingtalk.oapi.lib.aes.DingCallbackCrypto",
                "com.dingtalk.api.DingCallbackCrypto"}) {
            assertThatThrownBy(() -> Class.forName(name)).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(Cipher.getMaxAllowedKeyLength("AES")).isGreaterThanOrEqualTo(256);
    }

    // ------------------------------------------------------------------ through DingTalkInbound

    static Map<String, String> query(String signature, String ts, String nonce) {
        return Map.of("msg_signature", signature, "timeStamp", ts, "nonce", nonce);
    }

    static DingTalkInbound inbound(String token, String key, String owner) {
        return new DingTalkInbound(null, new CallbackCrypto(token, key, owner), null, (s, m, e) -> true);
    }

    @Test
    void theUrlCheckIsAnsweredWithTheEncryptedSuccess() throws Exception {
        Instant now = Instant.ofEpochMilli(Long.parseLong(D2_TS) + 2000);
        InboundResult r = inbound(D2_TOKEN, D2_KEY, D2_OWNER).accept(Map.of(), query(D2_SIGNATURE, D2_TS, D2_NONCE),
                "{\"encrypt\":\"" + D2_ENCRYPT + "\"}", now);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message()).isNull();
        JsonNode answer = JSON.readTree(r.body());
        assertThat(answer.path("timeStamp").asText()).isEqualTo(Long.toString(now.toEpochMilli()));
        assertThat(answer.path("nonce").asText()).hasSize(16);
        CallbackCrypto dingtalk = new CallbackCrypto(D2_TOKEN, D2_KEY, D2_OWNER);
        assertThat(dingtalk.verifyAndDecrypt(answer.path("msg_signature").asText(), answer.path("timeStamp").asText(),
                answer.path("nonce").asText(), answer.path("encrypt").asText())).isEqualTo("success");

        // D3: another event, the suite key as owner key; the legacy "signature"/"timestamp" parameter names
        Instant then = Instant.ofEpochMilli(Long.parseLong(D3_TS));
        InboundResult d3 = inbound(D3_TOKEN, D3_KEY, D3_OWNER).accept(Map.of(),
                Map.of("signature", D3_SIGNATURE, "timestamp", D3_TS, "nonce", D3_NONCE),
                "{\"encrypt\":\"" + D3_ENCRYPT + "\"}", then);
        assertThat(d3.status()).isEqualTo(200);
        assertThat(JSON.readTree(d3.body()).has("encrypt")).isTrue();
    }

    @Test
    void anEncryptedRobotMessageIsReadLikeASignedOne() throws Exception {
        CallbackCrypto dingtalk = new CallbackCrypto(D2_TOKEN, D2_KEY, D2_OWNER);
        Instant now = Instant.ofEpochMilli(1613630252678L + 1000);
        String ts = Long.toString(now.toEpochMilli());
        CallbackCrypto.Sealed sealed = dingtalk.seal(DingTalkInboundTest.SAMPLE, ts, "n0nce123");
        DingTalkInbound inbound = inbound(D2_TOKEN, D2_KEY, D2_OWNER);
        InboundResult r = inbound.accept(Map.of(), query(sealed.signature(), ts, "n0nce123"),
                "{\"encrypt\":\"" + sealed.encrypt() + "\"}", now);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message().msgId()).isEqualTo("msg0xxxxx");
        assertThat(r.message().text()).isEqualTo("拜访 张三 华为");
        assertThat(JSON.readTree(r.body()).has("msg_signature")).isTrue();

        // tampered ciphertext, signature of another body, stale timestamp, no signature: refused, nothing read
        String other = dingtalk.encrypt("{\"msgId\":\"x\",\"conversationId\":\"c\"}");
        assertThat(inbound.accept(Map.of(), query(sealed.signature(), ts, "n0nce123"),
                "{\"encrypt\":\"" + other + "\"}", now).status()).isEqualTo(401);
        String stale = Long.toString(now.toEpochMilli() - 2 * 3_600_000L);
        CallbackCrypto.Sealed old = dingtalk.seal(DingTalkInboundTest.SAMPLE, stale, "n0nce123");
        assertThat(inbound.accept(Map.of(), query(old.signature(), stale, "n0nce123"),
                "{\"encrypt\":\"" + old.encrypt() + "\"}", now).status()).isEqualTo(401);
        assertThat(inbound.accept(Map.of(), Map.of(), "{\"encrypt\":\"" + sealed.encrypt() + "\"}", now).status())
                .as("no signature, and no AppSecret for the signed way").isEqualTo(401);
        // a message sealed with another owner key (another corp's app)
        CallbackCrypto.Sealed foreign = new CallbackCrypto(D2_TOKEN, D2_KEY, "ding-other").seal(DingTalkInboundTest.SAMPLE, ts, "n0nce123");
        assertThat(inbound.accept(Map.of(), query(foreign.signature(), ts, "n0nce123"),
                "{\"encrypt\":\"" + foreign.encrypt() + "\"}", now).status()).isEqualTo(401);
    }
}
