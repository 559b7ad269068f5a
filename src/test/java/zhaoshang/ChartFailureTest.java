package zhaoshang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.export.ChartGuard;
import zhaoshang.support.LogCapture;
import zhaoshang.support.TestBot;

/**
 * Issue 10 §1: a chart must never take an answer down. With chart drawing broken, 本月进度 still answers with its
 * figures and the 进度汇总 workbook, the log says why once (not per message), and /healthz shows it in details.
 */
class ChartFailureTest {

    @TempDir
    Path dir;

    @Test
    void progressIsAnsweredWithTextAndWorkbookWhenTheChartFails() {
        AtomicBoolean broken = new AtomicBoolean(true);
        ChartGuard.Drawer drawer = (teams, asked) -> {
            if (broken.get()) throw new IllegalStateException("injected: the chart cannot be drawn");
            return new byte[] {(byte) 0x89, 'P', 'N', 'G'};
        };
        try (LogCapture log = LogCapture.of(ChartGuard.class);
             TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00", Map.of(),
                     (settings, clock) -> App.start(settings, clock, drawer))) {
            bot.say("local-team1", "m-he", "走访\n企业：东莞聚景实业有限公司\n日期：昨天\n洽谈内容：介绍政策\n投资意向：一般");
            for (String who : List.of("m-lin", "m-he", "m-lin")) {
                List<String> types = types(bot.say("local-team1", who, "本月进度"));
                assertThat(types).as("answer of %s", who).contains("file").doesNotContain("image");
                String text = bot.history("local-team1").stream()
                        .filter(n -> n.path("from").asText().equals("招商助手"))
                        .reduce((a, b) -> b).map(n -> n.path("text").asText()).orElse("");
                assertThat(text).doesNotContain("出错").isNotBlank();
            }
            assertThat(bot.say("local-coord", "m-admin", "本月进度")).extracting(n -> n.path("type").asText())
                    .contains("file").doesNotContain("image");

            JsonNode health = bot.get("/healthz").body();
            assertThat(health.path("status").asText()).isEqualTo("ok");
            assertThat(health.path("details").path("chart").asText()).contains("injected: the chart cannot be drawn");
            assertThat(log.atLeast(Level.WARN)).as("the reason is logged once, not per message").hasSize(1);
            assertThat(log.atLeast(Level.WARN).get(0).getFormattedMessage()).contains("injected: the chart cannot be drawn");

            // drawing works again: the picture is back, /healthz says so, the log says so once
            broken.set(false);
            assertThat(types(bot.say("local-team1", "m-lin", "本月进度"))).contains("image", "file");
            assertThat(bot.get("/healthz").body().path("details").path("chart").asText()).isEqualTo("ok");
            assertThat(log.atLeast(Level.WARN)).hasSize(1);
        }
    }

    private static List<String> types(JsonNode replies) {
        List<String> out = new ArrayList<>();
        replies.forEach(r -> out.add(r.path("type").asText()));
        return out;
    }
}
