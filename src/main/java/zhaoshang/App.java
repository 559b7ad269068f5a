package zhaoshang;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.bot.Bot;
import zhaoshang.bot.Command;
import zhaoshang.bot.Pipeline;
import zhaoshang.bot.commands.HelpCommand;
import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.local.LocalChatPlatform;
import zhaoshang.chat.local.SimulatorClock;
import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigException;
import zhaoshang.config.ConfigLoader;
import zhaoshang.config.Settings;
import zhaoshang.inbox.Inbox;
import zhaoshang.outbox.Outbox;
import zhaoshang.outbox.OutboxSender;
import zhaoshang.progress.WorkingCalendar;
import zhaoshang.store.Database;
import zhaoshang.store.FileStore;
import zhaoshang.web.WebServer;

/** Wires the bot by hand, starts it, stops it. */
public final class App implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    static final int MESSAGES_PER_MINUTE = 20;

    private final Settings settings;
    private final SimulatorClock clock;
    private final BotConfig config;
    private final Database database;
    private final OutboxSender sender;
    private final WebServer web;
    private final Pipeline pipeline;

    private App(Settings settings, Clock baseClock) {
        this.settings = settings;
        this.clock = new SimulatorClock(baseClock.withZone(settings.zone()));
        this.config = new ConfigLoader(settings.configDir(), settings::get).load();
        this.database = Database.open(settings.dbUrl());
        Path dataDir = dataDir(settings.dbUrl());
        FileStore files = new FileStore(dataDir.resolve("files"), database.jdbi(), clock, Duration.ofDays(7));
        Inbox inbox = new Inbox(database.jdbi());
        Outbox outbox = new Outbox(database.jdbi(), files, clock);

        Map<String, ChatPlatform> platforms = new LinkedHashMap<>();
        platforms.put(LocalChatPlatform.NAME, new LocalChatPlatform());
        this.sender = new OutboxSender(outbox, platforms, clock, settings.publicUrl(), MESSAGES_PER_MINUTE);

        List<Command> commands = new ArrayList<>();
        commands.add(new HelpCommand(() -> commands, ""));
        Bot bot = new Bot(config, clock, commands);
        this.pipeline = new Pipeline(inbox, bot, outbox, sender, clock);

        WebServer.Health health = new WebServer.Health() {
            @Override
            public boolean databaseUp() {
                return database.healthy();
            }

            @Override
            public Map<String, Object> details() {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("outboxPending", outbox.pendingCount());
                d.put("calendarWarnings", calendarWarnings());
                d.put("outboxFailed", outbox.failed(10).stream().map(e -> Map.of(
                        "id", e.id(), "platform", e.platform(), "conversation", e.conversationId(),
                        "error", e.lastError() == null ? "" : e.lastError())).toList());
                return d;
            }
        };
        this.web = new WebServer(settings, config, pipeline, inbox, outbox, files, clock, health, () -> { },
                WebServer.noRoutes());
    }

    /** Starts the bot on the settings' port (0 = any free port). */
    public static App start(Settings settings, Clock clock) {
        App app = new App(settings, clock);
        app.pipeline.recover();
        app.sender.start();
        app.web.start(settings.port());
        switch (settings.localChat()) {
            case LOOPBACK -> LOG.info("本地聊天模拟器已开启（仅本机访问）：http://127.0.0.1:{}/", app.web.port());
            case PUBLIC -> LOG.warn("本地聊天模拟器已对所有来源开放（BOT_LOCAL_CHAT=public）：任何能访问端口 {} 的人都能冒充任意成员。仅在可信网络中演示使用！", app.web.port());
            case OFF -> LOG.info("本地聊天模拟器已关闭");
        }
        app.calendarWarnings().forEach(LOG::warn);
        LOG.info("招商助手已启动，端口 {}，数据库 {}，配置 {}", app.web.port(), settings.dbUrl(), settings.configDir());
        return app;
    }

    /** Years around today without holiday data: working days fall back to Monday–Friday for them. */
    List<String> calendarWarnings() {
        int year = java.time.LocalDate.now(clock).getYear();
        return new WorkingCalendar(config.holidays()).yearsWithoutData(List.of(year, year + 1)).stream()
                .map(y -> y + " 年没有节假日数据（bot-config/holidays/" + y + ".yaml），工作日暂按周一至周五计算")
                .toList();
    }

    public int port() {
        return web.port();
    }

    public SimulatorClock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public BotConfig config() {
        return config;
    }

    OutboxSender sender() {
        return sender;
    }

    static Path dataDir(String dbUrl) {
        String file = dbUrl.substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        if (q >= 0) file = file.substring(0, q);
        Path parent = file.isEmpty() || file.startsWith(":memory:") ? null : Path.of(file).toAbsolutePath().getParent();
        return parent == null ? Path.of("data") : parent;
    }

    @Override
    public void close() {
        web.close();
        sender.close();
    }

    public static void main(String[] args) {
        try {
            Settings settings = Settings.fromEnvironment();
            App app = start(settings, Clock.system(settings.zone()));
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        } catch (ConfigException e) {
            System.err.println("配置错误，无法启动：" + e.getMessage());
            System.exit(2);
        }
    }
}
