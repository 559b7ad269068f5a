package zhaoshang.chat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The callback crypto both platforms use, JDK only: WeCom's WXBizMsgCrypt (PLATFORMS.md §8) and DingTalk's
 * DingCallbackCrypto (PLATFORMS.md "DingTalk callback crypto", with the appKey/corpId/suiteKey as receive id). The
 * official DingCallbackCrypto.java must never be on the classpath: loading it limits AES to 128 bits JVM-wide.
 *
 * <ul>
 *   <li>signature = SHA1 hex of the sorted, concatenated [token, timestamp, nonce, encrypt];</li>
 *   <li>AES key = Base64(EncodingAESKey + "="), 32 bytes; AES-256-CBC, IV = key[0..16), no JCE padding;</li>
 *   <li>plaintext = random(16) + int32 big-endian length + msg + receiveId, PKCS#7 padded to a multiple of 32.</li>
 * </ul>
 *
 * <p>The receive id is checked on decryption: it must equal the one given to the constructor exactly
 * (the corpId for a self-built app, "" for an internal 智能机器人).
 */
public final class CallbackCrypto {

    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RANDOM_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final String token;
    private final byte[] aesKey;
    private final String receiveId;

    /**
     * @param token          the callback Token
     * @param encodingAesKey the 43-character EncodingAESKey
     * @param receiveId      corpId (self-built app), "" (智能机器人), or DingTalk's ownerKey
     * @throws IllegalArgumentException if the key is not 43 characters of valid Base64
     */
    public CallbackCrypto(String token, String encodingAesKey, String receiveId) {
        this.token = Objects.requireNonNull(token, "token");
        this.receiveId = Objects.requireNonNull(receiveId, "receiveId");
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("EncodingAESKey must have 43 characters");
        }
        try {
            this.aesKey = Base64.getDecoder().decode(encodingAesKey + "=");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("EncodingAESKey is not valid Base64");
        }
        if (aesKey.length != 32) {
            throw new IllegalArgumentException("EncodingAESKey must decode to 32 bytes");
        }
    }

    public String receiveId() {
        return receiveId;
    }

    /** SHA1 hex of the lexicographically sorted and concatenated token, timestamp, nonce and encrypt. */
    public String signature(String timestamp, String nonce, String encrypt) {
        String[] parts = {token, nullToEmpty(timestamp), nullToEmpty(nonce), nullToEmpty(encrypt)};
        Arrays.sort(parts);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            for (String p : parts) {
                sha1.update(p.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }

    /** Constant-time check of a given msg_signature (hex, case-insensitive). */
    public boolean verifySignature(String msgSignature, String timestamp, String nonce, String encrypt) {
        if (msgSignature == null || timestamp == null || nonce == null || encrypt == null) {
            return false;
        }
        byte[] expected = signature(timestamp, nonce, encrypt).getBytes(StandardCharsets.US_ASCII);
        byte[] given = msgSignature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }

    /** Verifies the signature, then decrypts and checks the receive id. */
    public String verifyAndDecrypt(String msgSignature, String timestamp, String nonce, String encrypt)
            throws CallbackCryptoException {
        if (!verifySignature(msgSignature, timestamp, nonce, encrypt)) {
            throw new CallbackCryptoException("signature mismatch");
        }
        return decrypt(encrypt);
    }

    /** Decrypts a Base64 ciphertext and checks that the trailing receive id is the configured one. */
    public String decrypt(String encrypt) throws CallbackCryptoException {
        byte[] cipherBytes;
        try {
            cipherBytes = Base64.getMimeDecoder().decode(encrypt == null ? "" : encrypt.trim());
        } catch (IllegalArgumentException e) {
            throw new CallbackCryptoException("ciphertext is not Base64");
        }
        if (cipherBytes.length == 0 || cipherBytes.length % 16 != 0) {
            throw new CallbackCryptoException("ciphertext length is not a multiple of the AES block");
        }
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(aesKey, 0, 16)));
            plain = cipher.doFinal(cipherBytes);
        } catch (GeneralSecurityException e) {
            throw new CallbackCryptoException("decryption failed", e);
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || pad > plain.length) {
            throw new CallbackCryptoException("bad padding");
        }
        for (int i = plain.length - pad; i < plain.length; i++) {
            if ((plain[i] & 0xff) != pad) {
                throw new CallbackCryptoException("bad padding");
            }
        }
        int end = plain.length - pad;
        if (end < 20) {
            throw new CallbackCryptoException("plaintext too short");
        }
        int len = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (len < 0 || 20 + len > end) {
            throw new CallbackCryptoException("length field out of range");
        }
        String msg = new String(plain, 20, len, StandardCharsets.UTF_8);
        byte[] idBytes = Arrays.copyOfRange(plain, 20 + len, end);
        if (!MessageDigest.isEqual(idBytes, receiveId.getBytes(StandardCharsets.UTF_8))) {
            throw new CallbackCryptoException("receive id mismatch");
        }
        return msg;
    }

    /** Encrypts with a fresh random 16-character prefix. */
    public String encrypt(String plain) {
        return encrypt(randomString(16), plain);
    }

    /** Deterministic encryption with the given 16-byte random prefix (tests, vectors). */
    public String encrypt(String random16, String plain) {
        byte[] rnd = random16.getBytes(StandardCharsets.UTF_8);
        byte[] msg = plain.getBytes(StandardCharsets.UTF_8);
        byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
        int unpadded = rnd.length + 4 + msg.length + id.length;
        int pad = BLOCK - (unpadded % BLOCK);
        ByteBuffer buf = ByteBuffer.allocate(unpadded + pad);
        buf.put(rnd).putInt(msg.length).put(msg).put(id);
        for (int i = 0; i < pad; i++) {
            buf.put((byte) pad);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(aesKey, 0, 16)));
            return Base64.getEncoder().encodeToString(cipher.doFinal(buf.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed", e);
        }
    }

    /** An encrypted payload with its signature, e.g. for a passive reply or for a test acting as WeCom. */
    public record Sealed(String encrypt, String signature, String timestamp, String nonce) {
    }

    public Sealed seal(String plain, String timestamp, String nonce) {
        String enc = encrypt(plain);
        return new Sealed(enc, signature(timestamp, nonce, enc), timestamp, nonce);
    }

    /** n random letters and digits (the random prefix, a nonce). */
    public static String randomString(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(RANDOM_CHARS.charAt(RANDOM.nextInt(RANDOM_CHARS.length())));
        }
        return sb.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
