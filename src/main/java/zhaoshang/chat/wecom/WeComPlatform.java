package zhaoshang.chat.wecom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.Delivery;
import zhaoshang.chat.PlatformHttp;
import zhaoshang.chat.PlatformHttp.Outcome;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult;

/**
 * Sends into WeCom (PLATFORMS.md §7, §9).
 *
 * <ul>
 *   <li>TEXT/MARKDOWN answering an AI-bot ({@code kind=aibot}) message: POST markdown JSON to its
 *       {@code response_url} once while it is valid ({@code responseUrlExpiresAt}); the URL is then marked used in
 *       memory so later replies go through the group webhook. A permanent answer from the response_url also falls
 *       back to the webhook when the conversation has one.</li>
 *   <li>Everything else through the conversation's group robot webhook {@code /cgi-bin/webhook/send?key=}:
 *       text (content ≤ 2048 bytes, {@code mentioned_list} from the mentions), markdown (≤ 4096 bytes,
 *       {@code <@userid>} appended for mentions), image (JPG/PNG ≤ 2 MB, base64 + md5 of the raw bytes), file
 *       ({@code upload_media?type=file}, part {@code media}, 6 bytes … 20 MB, uploaded per send because the
 *       media_id lives 3 days).</li>
 * </ul>
 * Longer text/markdown is split at line breaks into several messages; parts already delivered are remembered per
 * outbox id (in memory) so a retry continues with the missing part instead of repeating the first. Each part
 * counts against the platform's 20 messages/minute.
 *
 * <p>Classification: network errors, HTTP 5xx/429, errcode -1, 45009, 45011, 45033 → RETRY; 93000 (invalid webhook
 * key) and every other errcode or 4xx → PERMANENT. Details and logs never hold the webhook key or response_url.
 */
public final class WeComPlatform implements ChatPlatform {

    private static final Logger LOG = LoggerFactory.getLogger(WeComPlatform.class);

    public static final int MAX_TEXT_BYTES = 2048;
    public static final int MAX_MARKDOWN_BYTES = 4096;
    public static final int MAX_RESPONSE_URL_BYTES = 20480;
    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    public static final int MIN_FILE_BYTES = 6;

    private static final Set<Integer> RETRY_CODES = Set.of(-1, 45009, 45011, 45033);

    private final WeComSettings settings;
    private final Map<String, String> webhookKeys;
    private final Clock clock;
    private final PlatformHttp http;
    /** response_url → its expiry, for URLs already answered. */
    private final Map<String, Instant> usedResponseUrls = new ConcurrentHashMap<>();
    /** outbox id → number of parts of a split message already delivered. */
    private final Map<Long, Integer> partsDelivered = new ConcurrentHashMap<>();

    /**
     * @param settings    API base
     * @param webhookKeys conversationId → group robot webhook key (the {@code key=} value, not the URL)
     * @param clock       decides response_url validity
     * @param httpClient  shared OkHttp client
     */
    public WeComPlatform(WeComSettings settings, Map<String, String> webhookKeys, Clock clock, OkHttpClient httpClient) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.webhookKeys = webhookKeys == null ? Map.of() : Map.copyOf(webhookKeys);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new PlatformHttp(httpClient);
    }

    @Override
    public String name() {
        return "wecom";
    }

    @Override
    public SendResult send(Delivery d) {
        SendResult r;
        try {
            r = route(d);
        } catch (RuntimeException e) {
            LOG.error("wecom send failed unexpectedly outbox={} conversation={}", d.id(), d.conversationId(), e);
            r = SendResult.permanent("wecom internal error: " + e.getClass().getSimpleName());
        }
        if (r.status() != SendResult.Status.RETRY) {
            partsDelivered.remove(d.id());
        }
        LOG.info("wecom send outbox={} conversation={} attempt={} -> {} ({})", d.id(), d.conversationId(),
                d.attempt(), r.status(), r.detail());
        return r;
    }

    private SendResult route(Delivery d) {
        Reply reply = d.reply();
        String key = webhookKeys.get(d.conversationId());
        boolean textual = reply.type() == Reply.Type.TEXT || reply.type() == Reply.Type.MARKDOWN;
        String responseUrl = usableResponseUrl(d);
        if (responseUrl != null && (textual || (key == null && hasDownloadUrl(d)))) {
            String content = textual ? reply.text() : link(reply, d.downloadUrl());
            SendResult r = viaResponseUrl(responseUrl, content);
            if (r.status() != SendResult.Status.PERMANENT || key == null) {
                return r;
            }
            LOG.warn("wecom response_url refused outbox={} conversation={} ({}); using the group webhook",
                    d.id(), d.conversationId(), r.detail());
        }
        if (key == null) {
            return SendResult.permanent("wecom: no webhook key configured for conversation " + d.conversationId()
                    + (responseUrl == null && "aibot".equals(d.replyContext().get(WeComInbound.KIND))
                    ? " (response_url used or expired)" : ""));
        }
        return switch (reply.type()) {
            case TEXT -> pushParts(d, key, "text", reply.text(), MAX_TEXT_BYTES);
            case MARKDOWN -> pushParts(d, key, "markdown", markdownWithMentions(reply), MAX_MARKDOWN_BYTES);
            case IMAGE -> pushImage(key, reply);
            case FILE -> pushFile(key, reply);
        };
    }

    // ---------------------------------------------------------------- AI bot response_url

    private String usableResponseUrl(Delivery d) {
        if (!"aibot".equals(d.replyContext().get(WeComInbound.KIND))) {
            return null;
        }
        String url = d.replyContext().get(WeComInbound.RESPONSE_URL);
        String exp = d.replyContext().get(WeComInbound.RESPONSE_URL_EXPIRES_AT);
        if (url == null || url.isBlank() || exp == null) {
            return null;
        }
        Instant now = clock.instant();
        usedResponseUrls.values().removeIf(e -> e.isBefore(now));
        try {
            if (!now.isBefore(Instant.ofEpochMilli(Long.parseLong(exp.strip())))) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return usedResponseUrls.containsKey(url) ? null : url;
    }

    private SendResult viaResponseUrl(String url, String markdown) {
        ObjectNode body = PlatformHttp.JSON.createObjectNode().put("msgtype", "markdown");
        body.putObject("markdown").put("content", truncate(markdown, MAX_RESPONSE_URL_BYTES));
        Instant expiry = clock.instant().plus(WeComInbound.RESPONSE_URL_VALIDITY);
        SendResult r = classify("response_url", http.postJson(url, body, Map.of()));
        if (r.status() != SendResult.Status.RETRY) {
            usedResponseUrls.put(url, expiry); // delivered, or consumed/refused by WeCom: never use it again
        }
        return r;
    }

    // ---------------------------------------------------------------- group robot webhook

    private String sendUrl(String key) {
        return settings.apiBase() + "/cgi-bin/webhook/send?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    private SendResult pushParts(Delivery d, String key, String msgtype, String content, int maxBytes) {
        List<String> parts = split(content, maxBytes);
        int done = partsDelivered.getOrDefault(d.id(), 0);
        for (int i = done; i < parts.size(); i++) {
            ObjectNode body = PlatformHttp.JSON.createObjectNode().put("msgtype", msgtype);
            ObjectNode inner = body.putObject(msgtype).put("content", parts.get(i));
            if (msgtype.equals("text") && i == 0 && !d.reply().mentions().isEmpty()) {
                ArrayNode list = inner.putArray("mentioned_list");
                d.reply().mentions().forEach(list::add);
            }
            SendResult r = classify("webhook " + msgtype, http.postJson(sendUrl(key), body, Map.of()));
            if (r.status() != SendResult.Status.SENT) {
                if (i > 0) {
                    partsDelivered.put(d.id(), i);
                }
                return parts.size() == 1 ? r
                        : new SendResult(r.status(), r.detail() + " (part " + (i + 1) + "/" + parts.size() + ")");
            }
        }
        partsDelivered.remove(d.id());
        return SendResult.sent();
    }

    private SendResult pushImage(String key, Reply reply) {
        byte[] img = reply.content();
        if (img == null || img.length == 0) {
            return SendResult.permanent("wecom: image without content");
        }
        if (img.length > MAX_IMAGE_BYTES) {
            return SendResult.permanent("wecom: image is " + img.length + " bytes, over the 2 MB webhook limit");
        }
        if (!isJpegOrPng(img)) {
            return SendResult.permanent("wecom: webhook images must be JPG or PNG");
        }
        ObjectNode body = PlatformHttp.JSON.createObjectNode().put("msgtype", "image");
        body.putObject("image").put("base64", Base64.getEncoder().encodeToString(img)).put("md5", md5Hex(img));
        return classify("webhook image", http.postJson(sendUrl(key), body, Map.of()));
    }

    private SendResult pushFile(String key, Reply reply) {
        byte[] content = reply.content();
        if (content == null || content.length < MIN_FILE_BYTES) {
            return SendResult.permanent("wecom: file must be larger than 5 bytes");
        }
        if (content.length > MAX_FILE_BYTES) {
            return SendResult.permanent("wecom: file is " + content.length + " bytes, over the 20 MB upload limit");
        }
        String fileName = reply.fileName() == null || reply.fileName().isBlank() ? "file.xlsx" : reply.fileName();
        Outcome up = http.postFile(settings.apiBase() + "/cgi-bin/webhook/upload_media?key="
                        + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&type=file",
                "media", fileName, content, PlatformHttp.contentType(fileName));
        SendResult r = classify("upload_media", up);
        if (r.status() != SendResult.Status.SENT) {
            return r;
        }
        String mediaId = up.json().path("media_id").asText("");
        if (mediaId.isEmpty()) {
            return SendResult.retry("wecom upload_media: no media_id in answer");
        }
        ObjectNode body = PlatformHttp.JSON.createObjectNode().put("msgtype", "file");
        body.putObject("file").put("media_id", mediaId);
        return classify("webhook file", http.postJson(sendUrl(key), body, Map.of()));
    }

    static SendResult classify(String route, Outcome o) {
        if (o.networkError()) {
            return SendResult.retry("wecom " + route + ": network error " + o.failure());
        }
        if (o.serverError()) {
            return SendResult.retry("wecom " + route + ": HTTP " + o.status());
        }
        if (!o.ok()) {
            return SendResult.permanent("wecom " + route + ": HTTP " + o.status());
        }
        Integer code = o.errcode();
        if (code == null || code == 0) {
            return SendResult.sent();
        }
        String detail = "wecom " + route + ": errcode " + code + " " + o.errmsg();
        if (code == 93000) {
            detail += " (webhook key invalid or robot removed)";
        }
        return RETRY_CODES.contains(code) ? SendResult.retry(detail) : SendResult.permanent(detail);
    }

    // ---------------------------------------------------------------- helpers

    private static String markdownWithMentions(Reply reply) {
        if (reply.mentions().isEmpty()) {
            return reply.text();
        }
        StringBuilder sb = new StringBuilder(reply.text()).append('\n');
        reply.mentions().forEach(id -> sb.append("<@").append(id).append('>'));
        return sb.toString();
    }

    private static boolean hasDownloadUrl(Delivery d) {
        return d.downloadUrl() != null && !d.downloadUrl().isBlank();
    }

    private static String link(Reply reply, String url) {
        String name = reply.fileName() == null ? "文件" : reply.fileName();
        return "[" + name + "](" + url + ")";
    }

    /**
     * Splits text into pieces of at most {@code maxBytes} UTF-8 bytes, preferring line breaks (in the second half of
     * a piece), never cutting a code point.
     */
    static List<String> split(String text, int maxBytes) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (PlatformHttp.utf8Length(rest) > maxBytes) {
            int bytes = 0;
            int cut = 0;
            int lastBreak = -1;
            int i = 0;
            while (i < rest.length()) {
                int cp = rest.codePointAt(i);
                int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + n > maxBytes) {
                    break;
                }
                bytes += n;
                i += Character.charCount(cp);
                if (cp == '\n' && bytes > maxBytes / 2) {
                    lastBreak = i;
                }
            }
            cut = lastBreak > 0 ? lastBreak : Math.max(i, Character.charCount(rest.codePointAt(0)));
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut);
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static String truncate(String text, int maxBytes) {
        if (PlatformHttp.utf8Length(text) <= maxBytes) {
            return text;
        }
        String marker = "\n…（内容过长，已截断）";
        return split(text, maxBytes - PlatformHttp.utf8Length(marker)).get(0) + marker;
    }

    private static boolean isJpegOrPng(byte[] b) {
        boolean jpg = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
        boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        return jpg || png;
    }

    private static String md5Hex(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
