package zhaoshang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.config.Settings;
import zhaoshang.support.TestDatabase;
import zhaoshang.web.PortInUseException;

/**
 * Issue 10 §1: with BOT_PORT taken, the bot logged a BindException and kept its background threads running. It must
 * stop within seconds, non-zero, with one clear Chinese line and no stack trace, leaving no thread behind.
 */
class PortInUseTest {

    @TempDir
    Path dir;

    @Test
    void aSecondBotOnATakenPortExitsAtOnceWithOneClearLine() throws Exception {
        try (ServerSocket taken = takenPort()) {
            int port = taken.getLocalPort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                    "-cp", System.getProperty("java.class.path"), "zhaoshang.App");
            pb.environment().keySet().removeIf(k -> k.startsWith("BOT_") || k.startsWith("DINGTALK_") || k.startsWith("WECOM_"));
            pb.environment().put("BOT_PORT", Integer.toString(port));
            pb.environment().put("BOT_DB_URL", TestDatabase.url(dir));
            pb.environment().put("BOT_CONFIG_DIR", Path.of("bot-config").toAbsolutePath().toString());
            pb.directory(dir.toFile());
            pb.redirectErrorStream(true);
            Path out = dir.resolve("bot.log");
            pb.redirectOutput(out.toFile());
            long t0 = System.nanoTime();
            Process bot = pb.start();
            boolean exited = bot.waitFor(30, TimeUnit.SECONDS);
            if (!exited) bot.destroyForcibly().waitFor();
            String log = Files.readString(out);
            assertThat(exited).as("the process ends by itself; its output:\n%s", log).isTrue();
            long millis = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("port in use: exit " + bot.exitValue() + " after " + millis + " ms");
            assertThat(bot.exitValue()).isNotZero();
            assertThat(log).contains("端口 " + port + " 已被占用").contains("BOT_PORT=");
            assertThat(log).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(log.lines().filter(l -> l.contains("端口")).count()).isEqualTo(1);
        }
    }

    @Test
    void inProcessTheStartFailsAndLeavesNoThreadBehind() throws Exception {
        try (ServerSocket taken = takenPort()) {
            int port = taken.getLocalPort();
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            Map<String, String> env = new HashMap<>();
            env.put("BOT_PORT", Integer.toString(port));
            env.put("BOT_DB_URL", TestDatabase.url(dir));
            env.put("BOT_CONFIG_DIR", "bot-config");
            assertThatThrownBy(() -> App.start(Settings.from(env::get), Clock.systemUTC()))
                    .isInstanceOf(PortInUseException.class).hasMessageContaining("端口 " + port + " 已被占用");
            await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet()
                    .stream().filter(t -> !before.contains(t) && t.isAlive()).map(Thread::getName)
                    .collect(Collectors.toList())).as("threads the failed start left behind").isEmpty());
        }
    }

    /** A port held by "another process", bound the way a second bot would bind it. */
    private static ServerSocket takenPort() throws java.io.IOException {
        ServerSocket taken = new ServerSocket();
        taken.setReuseAddress(true);
        taken.bind(new InetSocketAddress(0));
        return taken;
    }
}
