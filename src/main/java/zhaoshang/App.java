package zhaoshang;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.bot.Bot;
import zhaoshang.bot.Command;
import zhaoshang.bot.Pipeline;
import zhaoshang.bot.commands.CorrectCommand;
import zhaoshang.bot.commands.HelpCommand;
import zhaoshang.bot.commands.HistoryCommand;
import zhaoshang.bot.commands.LeaveCommand;
import zhaoshang.bot.commands.MuteCommand;
import zhaoshang.bot.commands.ReminderSettingsCommand;
import zhaoshang.bot.commands.ReminderTestCommand;
import zhaoshang.bot.commands.MyRecordsCommand;
import zhaoshang.bot.commands.ProgressAttachments;
import zhaoshang.bot.commands.ProgressCommand;
import zhaoshang.bot.commands.RankingCommand;
import zhaoshang.bot.commands.ReportCommand;
import zhaoshang.bot.commands.StageCommand;
import zhaoshang.bot.commands.TemplateCommand;
import zhaoshang.bot.commands.WithdrawCommand;
import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.dingtalk.CustomRobot;
import zhaoshang.chat.dingtalk.DingTalkInbound;
import zhaoshang.chat.dingtalk.DingTalkPlatform;
import zhaoshang.chat.dingtalk.DingTalkSettings;
import zhaoshang.chat.local.LocalChatPlatform;
import zhaoshang.chat.wecom.WeComInbound;
import zhaoshang.chat.wecom.WeComPlatform;
import zhaoshang.chat.wecom.WeComSettings;
import zhaoshang.config.Conversation;
import zhaoshang.chat.local.SimulatorClock;
import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigException;
import zhaoshang.config.ConfigLoader;
import zhaoshang.config.Settings;
import zhaoshang.inbox.Inbox;
import zhaoshang.ledger.Ledger;
import zhaoshang.report.ReportParser;
import zhaoshang.outbox.Outbox;
import zhaoshang.outbox.OutboxSender;
import zhaoshang.progress.ProgressCalculator;
import zhaoshang.progress.WorkingCalendar;
import zhaoshang.remind.MonthlyWorkbook;
import zhaoshang.remind.ReminderEvaluator;
import zhaoshang.remind.ReminderStore;
import zhaoshang.remind.ReminderTicker;
import zhaoshang.remind.Reminders;
import zhaoshang.store.Database;
import zhaoshang.store.FileStore;
import zhaoshang.web.PlatformCallbacks;
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
    private final PlatformCallbacks callbacks;
    private final Ledger ledger;
    private final ReminderEvaluator reminders;
    private final ReminderTicker ticker;
    static final List<String> PLATFORM_VARIABLES = List.of("DINGTALK_APP_KEY", "DINGTALK_APP_SECRET",
            "DINGTALK_ROBOT_CODE", "DINGTALK_OAPI_BASE", "DINGTALK_API_BASE", "WECOM_TOKEN", "WECOM_ENCODING_AES_KEY",
            "WECOM_RECEIVE_ID", "WECOM_API_BASE");

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
        Map<String, String> env = platformEnv(settings);
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(60)).build();
        DingTalkSettings dingtalk = DingTalkSettings.fromEnv(env);
        Map<String, CustomRobot> robots = new LinkedHashMap<>();
        Map<String, String> webhookKeys = new LinkedHashMap<>();
        for (Conversation c : config.conversations()) {
            String webhook = c.settings().get("webhook");
            if (c.platform().equals("dingtalk") && webhook != null && !webhook.isBlank()) {
                robots.put(c.id(), new CustomRobot(webhook, c.settings().get("secret")));
            }
            String key = c.settings().get("webhookKey");
            if (c.platform().equals("wecom") && key != null && !key.isBlank()) webhookKeys.put(c.id(), key);
        }
        if (dingtalk.hasAppCredentials() || !robots.isEmpty()) {
            platforms.put("dingtalk", new DingTalkPlatform(dingtalk, robots, clock, http));
        }
        String wecomToken = env.get("WECOM_TOKEN");
        if (wecomToken != null || !webhookKeys.isEmpty()) {
            platforms.put("wecom", new WeComPlatform(WeComSettings.fromEnv(env), webhookKeys, clock, http));
        }
        DingTalkInbound dingtalkInbound = env.get("DINGTALK_APP_SECRET") == null ? null
                : new DingTalkInbound(env.get("DINGTALK_APP_SECRET"));
        WeComInbound wecomInbound = wecomToken == null || env.get("WECOM_ENCODING_AES_KEY") == null ? null
                : WeComInbound.of(wecomToken, env.get("WECOM_ENCODING_AES_KEY"), env.getOrDefault("WECOM_RECEIVE_ID", ""));
        this.sender = new OutboxSender(outbox, platforms, clock, settings.publicUrl(), MESSAGES_PER_MINUTE);

        ReportParser parser = new ReportParser(clock, settings.zone());
        this.ledger = new Ledger(database.jdbi(), settings.zone());
        List<Command> commands = new ArrayList<>();
        commands.add(new HelpCommand(() -> commands, "```\n" + TemplateCommand.all().replace("\n\n", "\n```\n\n```\n") + "\n```"));
        commands.add(new TemplateCommand());
        commands.add(new MyRecordsCommand(ledger));
        commands.add(new WithdrawCommand(ledger));
        commands.add(new CorrectCommand(ledger, parser));
        commands.add(new StageCommand(ledger));
        commands.add(new HistoryCommand(ledger, config, settings.zone()));
        ProgressCalculator progress = new ProgressCalculator(ledger, config.targets());
        commands.add(new ProgressCommand(config, progress, settings.zone(), ProgressAttachments.none()));
        commands.add(new RankingCommand(config, progress, settings.zone()));
        // Reminders: rules decide, our tables remember what was sent, Quartz only ticks every minute.
        ReminderStore reminderStore = new ReminderStore(database.jdbi());
        this.reminders = new ReminderEvaluator(config, ledger, progress::teams, reminderStore, outbox, sender::wake, clock,
                Reminders.rules(MonthlyWorkbook.NONE));
        reminders.initialize();
        this.ticker = new ReminderTicker(reminders::tick, Duration.ofMinutes(1));
        commands.add(new LeaveCommand(reminderStore, settings.zone()));
        commands.add(new MuteCommand(reminderStore, reminders.rules(), settings.zone()));
        commands.add(new ReminderSettingsCommand(config, reminders, settings.zone()));
        commands.add(new ReminderTestCommand(config, reminders));
        commands.add(new ReportCommand(parser, ledger));
        Bot bot = new Bot(config, clock, commands);
        this.pipeline = new Pipeline(inbox, bot, outbox, sender, clock);
        this.callbacks = new PlatformCallbacks(dingtalkInbound, wecomInbound, pipeline, clock);

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
                d.put("remindersEvaluatedUntil", reminders.store().lastEvaluated().map(Object::toString).orElse(""));
                d.put("outboxFailed", outbox.failed(10).stream().map(e -> Map.of(
                        "id", e.id(), "platform", e.platform(), "conversation", e.conversationId(),
                        "error", e.lastError() == null ? "" : e.lastError())).toList());
                return d;
            }
        };
        this.web = new WebServer(settings, config, pipeline, inbox, outbox, files, clock, health, reminders::tick,
                callbacks::routes);
    }

    /** Starts the bot on the settings' port (0 = any free port). */
    public static App start(Settings settings, Clock clock) {
        App app = new App(settings, clock);
        app.pipeline.recover();
        app.sender.start();
        app.web.start(settings.port());
        app.ticker.start();
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

    public Ledger ledger() {
        return ledger;
    }

    public BotConfig config() {
        return config;
    }

    public ReminderEvaluator reminders() {
        return reminders;
    }

    OutboxSender sender() {
        return sender;
    }

    private static Map<String, String> platformEnv(Settings settings) {
        Map<String, String> env = new HashMap<>();
        for (String key : PLATFORM_VARIABLES) {
            String v = settings.get(key);
            if (v != null) env.put(key, v);
        }
        return env;
    }

    /** Waits until callback messages received so far are handled (tests). */
    public void drainInbound() {
        callbacks.drain();
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
        ticker.close();
        web.close();
        callbacks.close();
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
