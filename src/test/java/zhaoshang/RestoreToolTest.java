package zhaoshang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.config.ConfigException;
import zhaoshang.config.Settings;
import zhaoshang.support.TestBot;
import zhaoshang.support.TestDatabase;

/**
 * {@code java -jar zhaoshang-bot.jar backup | restore FILE}: issue 10 §3's reproduction ({@code : > e.db; restore e.db}
 * reported success and left a 0-byte database), a restore while the bot runs, a second bot on the same database.
 */
class RestoreToolTest {

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout;
    PrintStream stderr;

    @BeforeEach
    void capture() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void release() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    private Settings settings() {
        Map<String, String> env = Map.of("BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("bot.db"), "BOT_CONFIG_DIR", "bot-config");
        return Settings.from(env::get);
    }

    private int tool(String... args) {
        out.reset();
        err.reset();
        return App.tool(settings(), args);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private long visits() {
        try (TestBot bot = TestBot.start(dir, "2026-11-22T11:00:00+08:00")) {
            return bot.app.database().jdbi().withHandle(h -> h.createQuery("select count(*) from visit")
                    .mapTo(Long.class).one());
        }
    }

    private static final String VISIT = "走访\n企业：东莞聚景实业有限公司\n日期：今天\n洽谈内容：介绍电子信息产业集群\n投资意向：一般";

    @Test
    void anEmptyFileIsRefusedWithAClearMessageAndTheDatabaseKept() throws Exception {
        TestDatabase.assumeSqlite("restore replaces the SQLite database file");
        try (TestBot bot = TestBot.start(dir, "2026-11-22T10:00:00+08:00")) {
            assertThat(bot.sayText("local-team1", "m-he", VISIT)).contains("已登记走访");
        }
        Path empty = Files.createFile(dir.resolve("e.db"));
        assertThat(tool("restore", empty.toString())).isEqualTo(1);
        assertThat(said()).contains("未恢复：备份文件是空的（0 字节）");
        assertThat(Files.size(dir.resolve("bot.db"))).isPositive();
        assertThat(visits()).isEqualTo(1);
    }

    @Test
    void restoreIsRefusedWhileTheBotRunsAndASecondBotOnTheSameDatabaseToo() {
        TestDatabase.assumeSqlite("backup and restore copy the SQLite database file (PostgreSQL's are pg_dump's)");
        assertThat(tool("backup")).isEqualTo(0);
        Path backup = Path.of(said().replaceAll("(?s).*备份完成：(\\S+).*", "$1").strip());
        assertThat(backup).isRegularFile();
        try (TestBot bot = TestBot.start(dir, "2026-11-22T10:00:00+08:00")) {
            assertThat(bot.sayText("local-team1", "m-he", VISIT)).contains("已登记走访");
            assertThat(tool("restore", backup.toString())).isEqualTo(1);
            assertThat(said()).contains("招商助手正在运行").contains("请先停止机器人");
            assertThatThrownBy(() -> TestBot.start(dir, "2026-11-22T10:00:00+08:00"))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("另一个招商助手正在使用这个数据库");
            assertThat(bot.sayText("local-team1", "m-he", "我的记录")).as("the running bot is unharmed").contains("#V-0001");
        }
        // stopped: the restore goes through, says where the previous database was kept
        assertThat(tool("restore", backup.toString())).isEqualTo(0);
        assertThat(said()).contains("已恢复").contains("恢复前的数据库（含尚未合并的最后写入）保存为：")
                .contains("bot.db.before-restore-");
        assertThat(visits()).as("the backup was taken before the visit").isZero();
    }

    @Test
    void usageIsExplained() {
        assertThat(tool("restore")).isEqualTo(2);
        assertThat(said()).contains("用法").contains("--upgrade");
    }
}
