package zhaoshang.chat;

/** A WeCom (or DingTalk callback) message failed signature, decryption or receive-id checks. Never carries secrets. */
public class CallbackCryptoException extends Exception {
    public CallbackCryptoException(String message) {
        super(message);
    }

    public CallbackCryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
