package zhaoshang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/** The simulator lets anyone speak as anyone: only this machine may use it unless BOT_LOCAL_CHAT=public. */
class LoopbackGuardTest {

    @TempDir
    Path dir;

    @Test
    void loopbackAddressesAreRecognised() {
        assertThat(LoopbackGuard.isLoopback("127.0.0.1")).isTrue();
        assertThat(LoopbackGuard.isLoopback("127.8.9.10")).isTrue();
        assertThat(LoopbackGuard.isLoopback("::1")).isTrue();
        assertThat(LoopbackGuard.isLoopback("[0:0:0:0:0:0:0:1]")).isTrue();
        assertThat(LoopbackGuard.isLoopback("10.0.0.5")).isFalse();
        assertThat(LoopbackGuard.isLoopback("192.168.1.2")).isFalse();
        assertThat(LoopbackGuard.isLoopback("localhost.evil.example")).isFalse();
        assertThat(LoopbackGuard.isLoopback("")).isFalse();
        assertThat(LoopbackGuard.isLoopback(null)).isFalse();
    }

    @Test
    void aRequestFromAnotherAddressIsRefused() throws Exception {
        Optional<InetAddress> own = nonLoopbackAddress();
        assumeTrue(own.isPresent(), "this machine has no non-loopback IPv4 address");
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            int status = status("http://" + own.get().getHostAddress() + ":" + bot.app.port() + "/local/directory");
            assertThat(status).isEqualTo(403);
            assertThat(status("http://" + own.get().getHostAddress() + ":" + bot.app.port() + "/")).isEqualTo(403);
            // health and loopback stay open
            assertThat(status("http://" + own.get().getHostAddress() + ":" + bot.app.port() + "/healthz")).isEqualTo(200);
            assertThat(bot.get("/local/directory").status()).isEqualTo(200);
        }
    }

    @Test
    void publicModeLetsOtherAddressesIn() throws Exception {
        Optional<InetAddress> own = nonLoopbackAddress();
        assumeTrue(own.isPresent(), "this machine has no non-loopback IPv4 address");
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00", Map.of("BOT_LOCAL_CHAT", "public"))) {
            assertThat(status("http://" + own.get().getHostAddress() + ":" + bot.app.port() + "/local/directory"))
                    .isEqualTo(200);
        }
    }

    private static int status(String url) throws Exception {
        try (Response r = new OkHttpClient().newCall(new Request.Builder().url(url).build()).execute()) {
            return r.code();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) continue;
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
