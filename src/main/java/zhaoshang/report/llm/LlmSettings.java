package zhaoshang.report.llm;

import java.time.Duration;
import java.util.Optional;

import okhttp3.HttpUrl;

import zhaoshang.config.ConfigException;
import zhaoshang.config.Settings;

/**
 * Where the optional language model is: BOT_LLM_BASE_URL (an OpenAI-compatible server, e.g.
 * {@code http://10.0.0.5:8000/v1}; {@code /chat/completions} is appended), BOT_LLM_MODEL, BOT_LLM_API_KEY (optional:
 * sent as {@code Authorization: Bearer}), BOT_LLM_TIMEOUT_SECONDS (whole call, default 5). Off unless the base URL
 * is set. {@link #toString()} never shows the key.
 */
public record LlmSettings(HttpUrl endpoint, String model, String apiKey, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final String FILE = ".env";

    /** The settings when BOT_LLM_BASE_URL is set; a {@link ConfigException} naming the variable when one is wrong. */
    public static Optional<LlmSettings> from(Settings settings) {
        String base = settings.get("BOT_LLM_BASE_URL");
        if (base == null) return Optional.empty();
        HttpUrl endpoint = endpoint(base);
        String model = settings.get("BOT_LLM_MODEL");
        if (model == null) {
            throw new ConfigException(FILE, "BOT_LLM_MODEL",
                    "已设置 BOT_LLM_BASE_URL，还需要模型名称（服务端的 model 参数），例如 deepseek-chat 或 qwen2.5-14b-instruct");
        }
        return Optional.of(new LlmSettings(endpoint, model, settings.get("BOT_LLM_API_KEY"), timeout(settings)));
    }

    /** "http://host:8000/v1" → "http://host:8000/v1/chat/completions" (a full endpoint is kept as given). */
    static HttpUrl endpoint(String base) {
        String b = base.strip();
        while (b.endsWith("/")) b = b.substring(0, b.length() - 1);
        if (!b.endsWith("/chat/completions")) b = b + "/chat/completions";
        HttpUrl url = b.startsWith("http://") || b.startsWith("https://") ? HttpUrl.parse(b) : null;
        if (url == null || url.querySize() > 0 || url.username().length() > 0 || url.password().length() > 0) {
            // the value is not echoed: it may hold a password or a key
            throw new ConfigException(FILE, "BOT_LLM_BASE_URL",
                    "地址无效：应为 http:// 或 https:// 开头的服务地址（通常以 /v1 结尾，例如 http://10.0.0.5:8000/v1），"
                            + "不带查询参数和账号密码；密钥请写在 BOT_LLM_API_KEY");
        }
        return url;
    }

    private static Duration timeout(Settings settings) {
        String t = settings.get("BOT_LLM_TIMEOUT_SECONDS");
        if (t == null) return DEFAULT_TIMEOUT;
        try {
            int seconds = Integer.parseInt(t);
            if (seconds < 1 || seconds > 120) throw new NumberFormatException();
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new ConfigException(FILE, "BOT_LLM_TIMEOUT_SECONDS", "取值 \"" + t + "\" 无效，应为 1–120 的整数（秒）");
        }
    }

    /** The server sees the key; an untrusted network between us must not: plain http only on this machine. */
    boolean keyInClearOverNetwork() {
        if (apiKey == null || endpoint.isHttps()) return false;
        String host = endpoint.host();
        return !(host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1") || host.equals("[::1]"));
    }

    @Override
    public String toString() {
        return "LlmSettings[endpoint=" + endpoint + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", timeout=" + timeout + "]";
    }
}
