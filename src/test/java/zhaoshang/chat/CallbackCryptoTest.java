package zhaoshang.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

/** Official vectors from PLATFORMS.md §8 (W1–W4) and the DingCallbackCrypto vectors D1–D3 (same construction). */
public class CallbackCryptoTest {

    public static final String TOKEN = "QDG6eK";
    public static final String AES = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public static final String CORP = "wx5823bf96d3bd56c7";

    public static final String W2_ENCRYPT = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";
    static final String W2_PLAIN = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n"
            + "<FromUserName><![CDATA[mycreate]]></FromUserName>\n"
            + "<CreateTime>1409659813</CreateTime>\n"
            + "<MsgType><![CDATA[text]]></MsgType>\n"
            + "<Content><![CDATA[hello]]></Content>\n"
            + "<MsgId>4561255354251345929</MsgId>\n"
            + "<AgentID>218</AgentID>\n"
            + "</xml>";
    static final String W4_PLAIN = "{\"msgid\":\"CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=\",\"aibotid\":\"AIBOTID\",\"chatid\":\"CHATID\",\"chattype\":\"group\",\"from\":{\"userid\":\"USERID\"},\"response_url\":\"RESPONSEURL\",\"msgtype\":\"text\",\"text\":{\"content\":\"@RobotA hello robot\"}}";
    public static final String W4_ENCRYPT = "ZA4HuQypHxnRrA+A6SOHGMLZb2LCLn3mYWzTxXIXvFQFq8KKk+FfTdYfEldOq3G+qDGbKHu2z8YHuV9vC9GyljRdw007dl+0JKr6fOWz6q3Ook5nezug2kuoqPboXiTwf6rtfACMgTxhIvYp+KfahxJ9B6zt8rHIvV53Gx4EiFcWJg5UWU/6n5aUm1QPkl6OivEi9vuzem26BGEq/sm1rOZ+XSqQ0Qu+Qlch4U+zceQEfEWXvMj/33clJcr4Zyb1UFbBtwPUA9d380+sPUnITMM8QeEHP9yXR7bSjrPiXaOzfH7lx+eOS1epr7a3gUP8zgoCzlCeUzP2dUDnzbxT4w==";

    final CallbackCrypto app = new CallbackCrypto(TOKEN, AES, CORP);

    @Test
    void w1UrlVerification() throws Exception {
        String echostr = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
        assertThat(app.signature("1409659589", "263014780", echostr)).isEqualTo("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3");
        assertThat(app.verifyAndDecrypt("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780", echostr))
                .isEqualTo("1616140317555161061");
    }

    @Test
    void w2DecryptsToExactXml() throws Exception {
        assertThat(app.signature("1409659813", "1372623149", W2_ENCRYPT)).isEqualTo("477715d11cdb4164915debcba66cb864d751f3e6");
        assertThat(app.verifyAndDecrypt("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", W2_ENCRYPT))
                .isEqualTo(W2_PLAIN);
    }

    @Test
    void w3DeterministicEncrypt() throws Exception {
        CallbackCrypto c = new CallbackCrypto("pamtest", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "wxb11529c136998cb6");
        String enc = c.encrypt("aaaabbbbccccdddd", "我是中文abcd123");
        assertThat(enc).isEqualTo("jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==");
        assertThat(c.decrypt(enc)).isEqualTo("我是中文abcd123");
    }

    @Test
    void w4AiBotJsonWithEmptyReceiveId() throws Exception {
        CallbackCrypto bot = new CallbackCrypto(TOKEN, AES, "");
        assertThat(bot.encrypt("aaaabbbbccccdddd", W4_PLAIN)).isEqualTo(W4_ENCRYPT);
        assertThat(bot.signature("1409659813", "1372623149", W4_ENCRYPT)).isEqualTo("046251bdf75dd68a2ae99cff1fea5d1f5f716fd5");
        assertThat(bot.verifyAndDecrypt("046251bdf75dd68a2ae99cff1fea5d1f5f716fd5", "1409659813", "1372623149", W4_ENCRYPT))
                .isEqualTo(W4_PLAIN);
        // the app (receive id = corpId) must refuse the AI-bot payload
        assertThatThrownBy(() -> app.decrypt(W4_ENCRYPT)).hasMessageContaining("receive id");
    }

    @Test
    void d1DingCallbackCrypto() throws Exception {
        CallbackCrypto d = new CallbackCrypto("tokenxxxx", "o1w0aum42yaptlz8alnhwikjd3jenzt9cb9wmzptgus", "dingxxxxxx");
        String enc = "X1VSe9cTJUMZu60d3kyLYTrBq5578ZRJtteU94wG0Q4Uk6E/wQYeJRIC0/UFW5Wkya1Ihz9oXAdLlyC9TRaqsQ==";
        assertThat(d.verifyAndDecrypt("f36f4ba5337d426c7d4bca0dbcb06b3ddc1388fc", "1605695694141", "WelUQl6bCqcBa2fM", enc))
                .isEqualTo("success");
        assertThat(d.encrypt("WelUQl6bCqcBa2fM", "success")).isEqualTo(enc);
    }

    @Test
    void d2DingCallbackCrypto() throws Exception {
        CallbackCrypto d = new CallbackCrypto("mryue", "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7", "ding6ccabc44d2c8d38b");
        String enc = "0vJiX6vliEpwG3U45CtXqi+m8PXbQRARJ8p8BbDuD1EMTDf0jKpQ79QS93qEk7XHpP6u+oTTrd15NRPvNvmBKyDCYxxOK+HZeKju4yhELOFchzNukR+t8SB/qk4ROMu3";
        assertThat(d.verifyAndDecrypt("03044561471240d4a14bb09372dfcfd4fd0e40cb", "1608001896814", "WL4PK6yA", enc))
                .isEqualTo("{\"EventType\":\"check_url\"}");
    }

    @Test
    void d3DingCallbackCryptoSuite() throws Exception {
        CallbackCrypto d = new CallbackCrypto("123456", "4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij", "suite4xxxxxxxxxxxxxxx");
        String enc = "1a3NBxmCFwkCJvfoQ7WhJHB+iX3qHPsc9JbaDznE1i03peOk1LaOQoRz3+nlyGNhwmwJ3vDMG+OzrHMeiZI7gTRWVdUBmfxjZ8Ej23JVYa9VrYeJ5as7XM/ZpulX8NEQis44w53h1qAgnC3PRzM7Zc/D6Ibr0rgUathB6zRHP8PYrfgnNOS9PhSBdHlegK+AGGanfwjXuQ9+0pZcy0w9lQ==";
        // D3 names the query parameters signature/timestamp; the crypto core is the same
        assertThat(d.verifyAndDecrypt("5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0", "1445827045067", "nEXhMP4r", enc))
                .isEqualTo("{\"EventType\":\"check_create_suite_url\",\"Random\":\"LPIdSnlF\",\"TestSuiteKey\":\"suite4xxxxxxxxxxxxxxx\"}");
    }

    @Test
    void wxJavaEncryptsWeDecrypt() throws Exception {
        WxCryptUtil wecom = new WxCryptUtil(TOKEN, AES, CORP);
        WxCryptUtil.EncryptContext ctx = wecom.encryptContext("<xml><Content><![CDATA[本周拜访 3 家]]></Content></xml>");
        assertThat(app.verifyAndDecrypt(ctx.getSignature(), ctx.getTimeStamp(), ctx.getNonce(), ctx.getEncrypt()))
                .isEqualTo("<xml><Content><![CDATA[本周拜访 3 家]]></Content></xml>");
    }

    @Test
    void weEncryptWxJavaDecrypts() {
        WxCryptUtil wecom = new WxCryptUtil(TOKEN, AES, CORP);
        CallbackCrypto.Sealed s = app.seal("回复：收到", "1409659813", "1372623149");
        assertThat(wecom.decryptContent(s.signature(), s.timestamp(), s.nonce(), s.encrypt())).isEqualTo("回复：收到");
        assertThat(wecom.encrypt("aaaabbbbccccdddd", "x")).isEqualTo(app.encrypt("aaaabbbbccccdddd", "x"));
    }

    @Test
    void refusesWrongKeyTamperingReceiveIdAndSignature() {
        CallbackCrypto wrongKey = new CallbackCrypto(TOKEN, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", CORP);
        assertThatThrownBy(() -> wrongKey.verifyAndDecrypt("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", W2_ENCRYPT))
                .isInstanceOf(CallbackCryptoException.class);
        CallbackCrypto wrongId = new CallbackCrypto(TOKEN, AES, "wwOTHERCORP");
        assertThatThrownBy(() -> wrongId.decrypt(W2_ENCRYPT)).hasMessageContaining("receive id");
        String tampered = W2_ENCRYPT.substring(0, 10) + (W2_ENCRYPT.charAt(10) == 'A' ? 'B' : 'A') + W2_ENCRYPT.substring(11);
        assertThatThrownBy(() -> app.verifyAndDecrypt("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", tampered))
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> app.verifyAndDecrypt("0000000000000000000000000000000000000000", "1409659813", "1372623149", W2_ENCRYPT))
                .hasMessageContaining("signature");
        // tampering the last block (signature recomputed by an attacker who knows the token) breaks padding or id
        byte[] raw = java.util.Base64.getDecoder().decode(W2_ENCRYPT);
        raw[raw.length - 1] ^= 0x55;
        String bad = java.util.Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> app.decrypt(bad)).isInstanceOf(CallbackCryptoException.class);
        assertThatThrownBy(() -> app.decrypt("not base64 !!")).isInstanceOf(CallbackCryptoException.class);
        assertThatThrownBy(() -> new CallbackCrypto(TOKEN, "short", CORP)).isInstanceOf(IllegalArgumentException.class);
    }
}
