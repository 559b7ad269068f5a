package zhaoshang.chat.dingtalk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's HmacSHA256 signatures (PLATFORMS.md §2 and §4).
 *
 * <p>Both the robot callback header {@code sign} and the custom-robot 加签 are
 * Base64(HmacSHA256(key = secret, message = timestamp + "\n" + secret)); the callback header is plain Base64,
 * the webhook query parameter is additionally URL-encoded (UTF-8). Timestamps are epoch milliseconds.
 */
public final class DingTalkSignature {

    /** DingTalk: "timestamp 与系统当前时间戳如果相差1小时以上，则认为是非法的请求". */
    public static final Duration MAX_SKEW = Duration.ofHours(1);

    private DingTalkSignature() {
    }

    /** Base64(HmacSHA256(secret, timestamp + "\n" + secret)). */
    public static String sign(String timestampMillis, String secret) {
        byte[] raw = mac(secret).doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(raw);
    }

    /** A thread's HmacSHA256 for one secret, kept for its next call (one app secret per bot; doFinal resets it). */
    private record Keyed(String secret, Mac mac) {
    }

    /**
     * Mac.getInstance looks the provider up and Mac.init expands the key on every call: ≈ 5% of a callback's time on
     * the request thread (FullPathBenchmark profile). Each thread keeps its Mac for the secret it last used.
     */
    private static final ThreadLocal<Keyed> MACS = new ThreadLocal<>();

    private static Mac mac(String secret) {
        Keyed k = MACS.get();
        if (k != null && k.secret().equals(secret)) return k.mac();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            MACS.set(new Keyed(secret, mac));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The custom-robot 加签 value for the {@code sign} query parameter: {@link #sign} then URL-encoded. */
    public static String webhookSign(long timestampMillis, String secret) {
        return URLEncoder.encode(sign(Long.toString(timestampMillis), secret), StandardCharsets.UTF_8);
    }

    /**
     * Appends {@code &timestamp=…&sign=…} (or {@code ?…} when the URL has no query) to a custom-robot webhook URL.
     */
    public static String signedWebhookUrl(String webhookUrl, String secret, Instant now) {
        long ts = now.toEpochMilli();
        String sep = webhookUrl.contains("?") ? "&" : "?";
        return webhookUrl + sep + "timestamp=" + ts + "&sign=" + webhookSign(ts, secret);
    }

    /**
     * Checks a robot callback's {@code timestamp} and {@code sign} headers: both must be present, the timestamp
     * (ms) within one hour of {@code now}, and the sign equal (constant-time) to the expected value.
     */
    public static boolean verify(String timestampHeader, String signHeader, String appSecret, Instant now) {
        if (timestampHeader == null || signHeader == null || appSecret == null || appSecret.isEmpty()) {
            return false;
        }
        String ts = timestampHeader.trim();
        long millis;
        try {
            millis = Long.parseLong(ts);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.toEpochMilli() - millis) > MAX_SKEW.toMillis()) {
            return false;
        }
        byte[] expected = sign(ts, appSecret).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signHeader.trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }
}
