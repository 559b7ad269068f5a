package zhaoshang.report.llm;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.config.Settings;
import zhaoshang.report.ClaimCheck;
import zhaoshang.report.ExtractedReport;
import zhaoshang.report.Extraction;
import zhaoshang.report.ReportExtractor;

/**
 * Asks a language model behind an OpenAI-compatible {@code /v1/chat/completions} endpoint (DeepSeek, Qwen, vLLM,
 * Ollama …) to read a message into our report schema, then believes only what {@link ClaimCheck} confirms against
 * the message. Temperature 0, JSON asked for with {@code response_format} (and read defensively when a server
 * ignores it). A timeout, an HTTP error, an answer that is not our JSON or one over {@value #MAX_RESPONSE_BYTES}
 * bytes gives empty (the rules' reading stands) and one log line that names neither the message nor the key.
 */
public final class OpenAiCompatibleExtractor implements ReportExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleExtractor.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** Larger answers are refused unread. */
    static final int MAX_RESPONSE_BYTES = 256 * 1024;
    /** Longer messages are not sent (the rules refuse them as reports too). */
    static final int MAX_MESSAGE_CHARS = 8000;
    /** Bound on the answer the server generates. */
    static final int MAX_TOKENS = 2048;

    private final LlmSettings settings;
    private final OkHttpClient http;
    /** False once the server has refused {@code response_format}. */
    private final AtomicBoolean jsonMode = new AtomicBoolean(true);

    /** {@code http} is shared for its connection pool; the settings' timeout bounds every call. */
    public OpenAiCompatibleExtractor(LlmSettings settings, OkHttpClient http) {
        this.settings = settings;
        this.http = http.newBuilder()
                .callTimeout(settings.timeout())
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout())
                .writeTimeout(settings.timeout())
                .followRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    /** The model extractor when BOT_LLM_BASE_URL is set, else {@link ReportExtractor#NONE} (nothing is ever sent). */
    public static ReportExtractor fromSettings(Settings settings, OkHttpClient http) {
        Optional<LlmSettings> llm = LlmSettings.from(settings);
        if (llm.isEmpty()) {
            LOG.info("语言模型提取未开启（未设置 BOT_LLM_BASE_URL），只用规则读取汇报");
            return ReportExtractor.NONE;
        }
        LlmSettings s = llm.get();
        LOG.info("语言模型提取已开启：{}，模型 {}，超时 {} 秒。规则读不准的汇报，消息原文会发送到该服务器", s.endpoint(),
                s.model(), s.timeout().toSeconds());
        if (s.keyInClearOverNetwork()) {
            LOG.warn("BOT_LLM_BASE_URL 是 http 地址且不在本机：BOT_LLM_API_KEY 和消息原文以明文经过网络，建议改用 https");
        }
        return new OpenAiCompatibleExtractor(s, http);
    }

    @Override
    public Optional<Extraction> extract(String text, LocalDate today) {
        if (text == null || text.isBlank() || text.length() > MAX_MESSAGE_CHARS || today == null) return Optional.empty();
        long start = System.nanoTime();
        try {
            ModelAnswer.Reading reading = ModelAnswer.read(call(text, today));
            if (reading.failure() != null) return failed(reading.failure(), start);
            List<ExtractedReport> reports = ClaimCheck.check(reading.claims(), text, today);
            LOG.debug("语言模型读出 {} 条记录（{} ms）", reports.size(), millis(start));
            return Optional.of(new Extraction(reports));
        } catch (Refused e) {
            return failed(e.getMessage(), start);
        } catch (InterruptedIOException e) {
            return failed("超时", start);
        } catch (IOException e) {
            return failed("连接失败 " + e.getClass().getSimpleName(), start);
        } catch (RuntimeException e) {
            return failed("内部错误 " + e.getClass().getSimpleName(), start);
        }
    }

    /**
     * One chat completion. A server that refuses {@code response_format} (400/422) is asked once more without it,
     * within the same time budget, and never sent it again.
     */
    private String call(String text, LocalDate today) throws IOException {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        boolean jsonMode = this.jsonMode.get();
        try (Response response = execute(text, today, jsonMode, settings.timeout().toNanos())) {
            if (response.isSuccessful()) return boundedBody(response.body());
            if (!jsonMode || (response.code() != 400 && response.code() != 422)) throw new Refused("HTTP " + response.code());
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new Refused("超时");
        try (Response response = execute(text, today, false, left)) {
            if (!response.isSuccessful()) throw new Refused("HTTP " + response.code());
            if (this.jsonMode.compareAndSet(true, false)) {
                LOG.info("语言模型服务器不接受 response_format（json_object），之后的请求不再发送该参数");
            }
            return boundedBody(response.body());
        }
    }

    private Response execute(String text, LocalDate today, boolean jsonMode, long timeoutNanos) throws IOException {
        Request.Builder request = new Request.Builder().url(settings.endpoint())
                .header("Accept", "application/json")
                .post(RequestBody.create(requestBody(text, today, jsonMode), JSON));
        if (settings.apiKey() != null) request.header("Authorization", "Bearer " + settings.apiKey());
        Call call = http.newCall(request.build());
        call.timeout().timeout(timeoutNanos, TimeUnit.NANOSECONDS);
        return call.execute();
    }

    private byte[] requestBody(String text, LocalDate today, boolean jsonMode) throws JsonProcessingException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", settings.model());
        body.put("messages", List.of(
                Map.of("role", "system", "content", ExtractionPrompt.system(today)),
                Map.of("role", "user", "content", text)));
        body.put("temperature", 0);
        body.put("max_tokens", MAX_TOKENS);
        body.put("stream", false);
        if (jsonMode) body.put("response_format", Map.of("type", "json_object"));
        return MAPPER.writeValueAsBytes(body);
    }

    private static String boundedBody(ResponseBody body) throws IOException {
        if (body.contentLength() > MAX_RESPONSE_BYTES) throw new Refused("应答过大");
        BufferedSource source = body.source();
        if (source.request(MAX_RESPONSE_BYTES + 1L)) throw new Refused("应答过大");
        return source.getBuffer().readString(StandardCharsets.UTF_8);
    }

    private static Optional<Extraction> failed(String why, long start) {
        LOG.warn("语言模型未读出结果（{}，{} ms），按规则读取", why, millis(start));
        return Optional.empty();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A response we do not read; the message is the reason logged. */
    private static final class Refused extends IOException {
        Refused(String why) {
            super(why);
        }
    }
}
