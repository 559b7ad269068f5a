package zhaoshang.report.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhaoshang.config.ConfigException;
import zhaoshang.report.ReportExtractor;
import zhaoshang.support.TestBot;

/** The bot builds the model extractor from BOT_LLM_* at start: off by default, refused when half configured. */
class LlmStartupTest {

    static final String NOW = "2026-11-22T10:00:00+08:00";

    @Test
    void offUnlessConfigured(@TempDir Path dir) {
        try (TestBot bot = TestBot.start(dir, NOW)) {
            assertThat(bot.app.reportExtractor()).isSameAs(ReportExtractor.NONE);
        }
    }

    @Test
    void onWhenBaseUrlAndModelAreSet(@TempDir Path dir) {
        try (TestBot bot = TestBot.start(dir, NOW, Map.of("BOT_LLM_BASE_URL", "http://127.0.0.1:9/v1",
                "BOT_LLM_MODEL", "qwen2.5-14b-instruct"))) {
            assertThat(bot.app.reportExtractor()).isInstanceOf(OpenAiCompatibleExtractor.class);
        }
    }

    @Test
    void baseUrlWithoutModelStopsTheStartNamingTheVariable(@TempDir Path dir) {
        assertThatThrownBy(() -> TestBot.start(dir, NOW, Map.of("BOT_LLM_BASE_URL", "http://127.0.0.1:9/v1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("BOT_LLM_MODEL");
    }
}
