package zhaoshang.chat.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Official worked example from PLATFORMS.md §2/§4. */
class DingTalkSignatureTest {

    static final String TS = "1577262236757";
    static final String SECRET = "this is a secret";
    static final String SIGN = "DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=";
    static final Instant AT = Instant.ofEpochMilli(1577262236757L);

    @Test
    void callbackSignMatchesOfficialExample() {
        assertThat(DingTalkSignature.sign(TS, SECRET)).isEqualTo(SIGN);
        assertThat(DingTalkSignature.sign(TS, "this is secret")).isEqualTo("hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=");
    }

    @Test
    void webhookSignIsUrlEncoded() {
        assertThat(DingTalkSignature.webhookSign(1577262236757L, SECRET))
                .isEqualTo("DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA%3D");
        assertThat(DingTalkSignature.signedWebhookUrl("https://oapi.dingtalk.com/robot/send?access_token=x", SECRET, AT))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=x&timestamp=1577262236757"
                        + "&sign=DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA%3D");
    }

    @Test
    void verifyAcceptsWithinOneHour() {
        assertThat(DingTalkSignature.verify(TS, SIGN, SECRET, AT)).isTrue();
        assertThat(DingTalkSignature.verify(TS, SIGN, SECRET, AT.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(DingTalkSignature.verify(TS, SIGN, SECRET, AT.minus(Duration.ofMinutes(59)))).isTrue();
    }

    @Test
    void verifyRefusesStaleWrongOrMissing() {
        assertThat(DingTalkSignature.verify(TS, SIGN, SECRET, AT.plus(Duration.ofHours(2)))).isFalse();
        assertThat(DingTalkSignature.verify(TS, SIGN, SECRET, AT.minus(Duration.ofHours(2)))).isFalse();
        assertThat(DingTalkSignature.verify(TS, SIGN, "another secret", AT)).isFalse();
        assertThat(DingTalkSignature.verify(TS, "DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CB=", SECRET, AT)).isFalse();
        assertThat(DingTalkSignature.verify(TS, "DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA%3D", SECRET, AT)).isFalse();
        assertThat(DingTalkSignature.verify(null, SIGN, SECRET, AT)).isFalse();
        assertThat(DingTalkSignature.verify(TS, null, SECRET, AT)).isFalse();
        assertThat(DingTalkSignature.verify("not-a-number", SIGN, SECRET, AT)).isFalse();
        assertThat(DingTalkSignature.verify(TS, SIGN, "", AT)).isFalse();
    }
}
