package zhaoshang.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The few HTTP exchanges the platform adapters make, with every failure turned into an {@link Outcome} rather than
 * an exception. Never logs: URLs hold secrets (webhook keys, access tokens), so callers log ids only.
 */
public final class PlatformHttp {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_RESPONSE_CHARS = 256 * 1024;

    private final OkHttpClient client;

    public PlatformHttp(OkHttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * What came back.
     *
     * @param status  HTTP status, or 0 when the exchange failed on the network
     * @param json    the parsed body, {@link MissingNode} when absent or not JSON
     * @param failure short, secret-free description of a network failure (exception class), else null
     */
    public record Outcome(int status, JsonNode json, String failure) {
        public boolean networkError() {
            return failure != null;
        }

        public boolean serverError() {
            return status >= 500 || status == 429;
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** {@code errcode} of oapi/qyapi style answers, or null when the body has none. */
        public Integer errcode() {
            JsonNode n = json.get("errcode");
            return n != null && n.canConvertToInt() ? n.asInt() : null;
        }

        /** {@code errmsg} (or api.dingtalk.com {@code code}/{@code message}), cut short for logs. */
        public String errmsg() {
            String s = json.hasNonNull("errmsg") ? json.get("errmsg").asText()
                    : json.hasNonNull("message") ? json.get("message").asText() : "";
            return s.length() > 120 ? s.substring(0, 120) + "…" : s;
        }
    }

    public Outcome postJson(String url, Object payload, Map<String, String> headers) {
        byte[] body;
        try { // straight to UTF-8 bytes, not through a String
            body = payload instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload not serialisable", e);
        }
        HttpUrl parsed = parsed(url);
        Request.Builder rb = (parsed != null ? new Request.Builder().url(parsed) : new Request.Builder().url(url))
                .post(RequestBody.create(body, JSON_TYPE));
        headers.forEach(rb::header);
        return execute(rb.build());
    }

    /**
     * URLs posted to, parsed: a conversation's sessionWebhook is posted to for every answer in it, and OkHttp's parse
     * (with its host's IDN check) was a tenth of the sending threads' CPU. At most {@link #PARSED_URLS}, all forgotten
     * when full (a custom robot's signed URL differs every time and is never found again). Only http(s) URLs: OkHttp's
     * {@code url(String)} also takes ws(s), which {@link HttpUrl#get} does not.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, HttpUrl> parsedUrls = new java.util.concurrent.ConcurrentHashMap<>();
    static final int PARSED_URLS = 4096;

    /** {@code url} parsed, from {@link #parsedUrls} when posted to before; null for another scheme than http(s). */
    HttpUrl parsed(String url) {
        if (!url.regionMatches(true, 0, "http", 0, 4)) return null;
        HttpUrl u = parsedUrls.get(url);
        if (u != null) return u;
        u = HttpUrl.get(url); // a malformed URL throws IllegalArgumentException, as Request.Builder#url(String) does
        if (parsedUrls.size() >= PARSED_URLS) parsedUrls.clear();
        parsedUrls.put(url, u);
        return u;
    }

    public Outcome get(String url) {
        return execute(new Request.Builder().url(url).get().build());
    }

    /**
     * Multipart upload with one file part, written like the platforms' documented example:
     * {@code Content-Disposition: form-data; name="media"; filename="…"; filelength=N}.
     */
    public Outcome postFile(String url, String partName, String fileName, byte[] content, String contentType) {
        String safeName = fileName.replace("\"", "%22").replace("\r", "").replace("\n", "");
        Headers partHeaders = new Headers.Builder()
                .addUnsafeNonAscii("Content-Disposition", "form-data; name=\"" + partName + "\"; filename=\"" + safeName
                        + "\"; filelength=" + content.length)
                .build();
        MultipartBody body = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addPart(partHeaders, RequestBody.create(content, MediaType.get(contentType)))
                .build();
        return execute(new Request.Builder().url(url).post(body).build());
    }

    private Outcome execute(Request request) {
        try (Response response = client.newCall(request).execute()) {
            ResponseBody rb = response.body();
            String text = rb == null ? "" : rb.string();
            if (text.length() > MAX_RESPONSE_CHARS) {
                text = text.substring(0, MAX_RESPONSE_CHARS);
            }
            JsonNode json = MissingNode.getInstance();
            if (!text.isBlank()) {
                try {
                    JsonNode parsed = JSON.readTree(text);
                    if (parsed != null) {
                        json = parsed;
                    }
                } catch (JsonProcessingException e) {
                    // not JSON (e.g. an HTML error page): classify by status only
                }
            }
            return new Outcome(response.code(), json, null);
        } catch (IOException | RuntimeException e) {
            // IOException covers timeouts, resets, refused connections; RuntimeException e.g. a malformed URL
            return new Outcome(0, MissingNode.getInstance(), e.getClass().getSimpleName());
        }
    }

    /** MIME type for an outgoing file by its extension. */
    public static String contentType(String fileName) {
        String ext = extension(fileName);
        return switch (ext) {
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "xls" -> "application/vnd.ms-excel";
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "zip" -> "application/zip";
            default -> "application/octet-stream";
        };
    }

    /** Lower-case extension without the dot, "" when none. */
    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** UTF-8 length. */
    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
