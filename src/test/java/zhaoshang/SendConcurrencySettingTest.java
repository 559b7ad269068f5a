package zhaoshang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import zhaoshang.config.ConfigException;
import zhaoshang.config.Settings;

/** BOT_SEND_CONCURRENCY: how many replies go out at once; a wrong value stops the start with a clear message. */
class SendConcurrencySettingTest {

    private static int of(String value) {
        Map<String, String> env = value == null ? Map.of() : Map.of("BOT_SEND_CONCURRENCY", value);
        return App.sendConcurrencyOf(Settings.from(env::get));
    }

    @Test
    void eightByDefaultAndWhatIsSetWithinOneToSixtyFour() {
        assertThat(of(null)).isEqualTo(8);
        assertThat(of("1")).isEqualTo(1);
        assertThat(of(" 16 ")).isEqualTo(16);
        assertThat(of("64")).isEqualTo(64);
    }

    @Test
    void anythingElseIsRefusedNamingTheSetting() {
        for (String wrong : new String[] {"0", "65", "-3", "八", "2.5"}) {
            assertThatThrownBy(() -> of(wrong)).as(wrong).isInstanceOf(ConfigException.class)
                    .satisfies(e -> {
                        assertThat(((ConfigException) e).entry()).isEqualTo("BOT_SEND_CONCURRENCY");
                        assertThat(((ConfigException) e).problem()).contains("1–64");
                    });
        }
    }
}
