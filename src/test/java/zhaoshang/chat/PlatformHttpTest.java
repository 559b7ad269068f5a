package zhaoshang.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The parsed URLs PlatformHttp keeps: the same URL parsed once, the store bounded, other schemes left to OkHttp. */
class PlatformHttpTest {

    @Test
    void aUrlPostedToAgainIsNotParsedAgainAndTheStoreStaysBounded() {
        PlatformHttp http = new PlatformHttp(new OkHttpClient());
        String session = "https://oapi.dingtalk.com/robot/sendBySession?session=abc";
        HttpUrl first = http.parsed(session);
        assertThat(first).isEqualTo(HttpUrl.get(session));
        assertThat(http.parsed(session)).isSameAs(first);
        for (int i = 0; i <= PlatformHttp.PARSED_URLS; i++) http.parsed("https://oapi.dingtalk.com/robot/send?sign=" + i);
        assertThat(http.parsed(session)).as("forgotten when the store was full, parsed again").isNotSameAs(first)
                .isEqualTo(first);
        assertThat(http.parsed("wss://example.com/stream")).as("left to OkHttp's own reading").isNull();
        assertThatThrownBy(() -> http.parsed("http://")).isInstanceOf(IllegalArgumentException.class);
    }
}
