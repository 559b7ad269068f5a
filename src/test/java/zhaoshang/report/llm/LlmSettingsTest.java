package zhaoshang.report.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhaoshang.config.ConfigException;
import zhaoshang.config.Settings;

class LlmSettingsTest {

    static Settings env(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return Settings.from(m::get);
    }

    @Test
    void offByDefault() {
        assertThat(LlmSettings.from(env())).isEmpty();
        assertThat(LlmSettings.from(env("BOT_LLM_BASE_URL", "  ", "BOT_LLM_MODEL", "qwen"))).isEmpty();
    }

    @Test
    void baseUrlAsServersDocumentItGetsChatCompletionsAppended() {
        assertThat(LlmSettings.from(env("BOT_LLM_BASE_URL", "http://10.0.0.5:8000/v1", "BOT_LLM_MODEL", "qwen")).orElseThrow()
                .endpoint().toString()).isEqualTo("http://10.0.0.5:8000/v1/chat/completions");
        assertThat(LlmSettings.endpoint("https://api.deepseek.com/").toString()).isEqualTo("https://api.deepseek.com/chat/completions");
        assertThat(LlmSettings.endpoint("http://localhost:11434/v1/chat/completions").toString())
                .isEqualTo("http://localhost:11434/v1/chat/completions");
    }

    @Test
    void timeoutDefaultsToFiveSecondsAndIsChecked() {
        LlmSettings s = LlmSettings.from(env("BOT_LLM_BASE_URL", "http://127.0.0.1:8000/v1", "BOT_LLM_MODEL", "qwen")).orElseThrow();
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.apiKey()).isNull();
        assertThat(LlmSettings.from(env("BOT_LLM_BASE_URL", "http://127.0.0.1:8000/v1", "BOT_LLM_MODEL", "qwen",
                "BOT_LLM_TIMEOUT_SECONDS", "12")).orElseThrow().timeout()).isEqualTo(Duration.ofSeconds(12));
        for (String bad : new String[]{"0", "500", "3s", "-1"}) {
            assertThatThrownBy(() -> LlmSettings.from(env("BOT_LLM_BASE_URL", "http://127.0.0.1:8000/v1",
                    "BOT_LLM_MODEL", "qwen", "BOT_LLM_TIMEOUT_SECONDS", bad)))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("BOT_LLM_TIMEOUT_SECONDS").hasMessageContaining("1–120");
        }
    }

    @Test
    void baseUrlWithoutModelSaysWhatIsMissing() {
        assertThatThrownBy(() -> LlmSettings.from(env("BOT_LLM_BASE_URL", "http://127.0.0.1:8000/v1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("BOT_LLM_MODEL").hasMessageContaining("模型名称");
    }

    @Test
    void badBaseUrlsAreRefusedWithoutEchoingACredential() {
        for (String bad : new String[]{"10.0.0.5:8000/v1", "ftp://x/v1", "http://", "http://u:secret-pw@host/v1",
                "http://host/v1?key=abc"}) {
            assertThatThrownBy(() -> LlmSettings.from(env("BOT_LLM_BASE_URL", bad, "BOT_LLM_MODEL", "qwen")))
                    .as(bad).isInstanceOf(ConfigException.class).hasMessageContaining("BOT_LLM_BASE_URL")
                    .hasMessageContaining("/v1").hasMessageNotContaining("secret-pw").hasMessageNotContaining("key=abc");
        }
    }

    @Test
    void toStringHidesTheKey() {
        LlmSettings s = LlmSettings.from(env("BOT_LLM_BASE_URL", "https://llm.example.cn/v1", "BOT_LLM_MODEL", "deepseek-chat",
                "BOT_LLM_API_KEY", "sk-very-secret")).orElseThrow();
        assertThat(s.toString()).doesNotContain("sk-very-secret").contains("***", "deepseek-chat");
    }

    @Test
    void keyOverPlainHttpToAnotherHostIsFlagged() {
        assertThat(LlmSettings.from(env("BOT_LLM_BASE_URL", "http://10.0.0.5:8000/v1", "BOT_LLM_MODEL", "q",
                "BOT_LLM_API_KEY", "k")).orElseThrow().keyInClearOverNetwork()).isTrue();
        assertThat(LlmSettings.from(env("BOT_LLM_BASE_URL", "http://127.0.0.1:8000/v1", "BOT_LLM_MODEL", "q",
                "BOT_LLM_API_KEY", "k")).orElseThrow().keyInClearOverNetwork()).isFalse();
        assertThat(LlmSettings.from(env("BOT_LLM_BASE_URL", "https://10.0.0.5/v1", "BOT_LLM_MODEL", "q",
                "BOT_LLM_API_KEY", "k")).orElseThrow().keyInClearOverNetwork()).isFalse();
        assertThat(LlmSettings.from(env("BOT_LLM_BASE_URL", "http://10.0.0.5:8000/v1", "BOT_LLM_MODEL", "q"))
                .orElseThrow().keyInClearOverNetwork()).isFalse();
    }
}
