package zhaoshang.chat.wecom;

/** A WeCom (or DingTalk callback) message failed signature, decryption or receive-id checks. Never carries secrets. */
public class WeComCryptoException extends Exception {
    public WeComCryptoException(String message) {
        super(message);
    }

    public WeComCryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
