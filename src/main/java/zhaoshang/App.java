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
import zhaoshang.bot.Drafts;
import zhaoshang.bot.Pipeline;
import zhaoshang.bot.commands.BulletinCommand;
import zhaoshang.bot.commands.ConfirmCommand;
import zhaoshang.bot.commands.ConnectCommand;
import zhaoshang.bot.commands.JoinCommand;
import zhaoshang.bot.commands.Newcomers;
import zhaoshang.bot.commands.RosterChangeCommand;
import zhaoshang.bot.commands.RosterCommand;
import zhaoshang.bot.commands.RosterTexts;
import zhaoshang.bot.commands.InspectionPlanCommand;
import zhaoshang.bot.commands.MeetingPackCommand;
import zhaoshang.bot.commands.TeamRecordsCommand;
import zhaoshang.bot.commands.CorrectCommand;
import zhaoshang.bot.commands.DraftAnswerCommand;
import zhaoshang.bot.commands.HelpCommand;
import zhaoshang.bot.commands.FollowUpCommand;
import zhaoshang.bot.commands.HistoryCommand;
import zhaoshang.bot.commands.LeaderHelpCommand;
import zhaoshang.bot.commands.LeaveCommand;
import zhaoshang.bot.commands.MuteCommand;
import zhaoshang.bot.commands.ReminderSettingsCommand;
import zhaoshang.bot.commands.ReminderTestCommand;
import zhaoshang.bot.commands.MyRecordsCommand;
import zhaoshang.bot.commands.ExportCommand;
import zhaoshang.bot.commands.ProgressFiles;
import zhaoshang.bot.commands.WorkbookReplies;
import zhaoshang.bot.commands.ProgressCommand;
import zhaoshang.bot.commands.RankingCommand;
import zhaoshang.bot.commands.ReportCommand;
import zhaoshang.bot.commands.StageCommand;
import zhaoshang.bot.commands.DecideSubmissionCommand;
import zhaoshang.bot.commands.SubmissionRecordsCommand;
import zhaoshang.bot.commands.SubmitCommand;
import zhaoshang.bot.commands.SubmitterCommand;
import zhaoshang.bot.commands.TemplateCommand;
import zhaoshang.bot.commands.WithdrawCommand;
import zhaoshang.chat.CallbackCrypto;
import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.MentionReach;
import zhaoshang.chat.Reply;
import zhaoshang.chat.dingtalk.CustomRobot;
import zhaoshang.chat.dingtalk.DingTalkInbound;
import zhaoshang.chat.dingtalk.DingTalkMode;
import zhaoshang.chat.dingtalk.DingTalkStream;
import zhaoshang.chat.dingtalk.DingTalkPlatform;
import zhaoshang.chat.dingtalk.DingTalkSettings;
import zhaoshang.chat.local.LocalChatPlatform;
import zhaoshang.chat.wecom.WeComBotMode;
import zhaoshang.chat.wecom.WeComBotSocket;
import zhaoshang.chat.wecom.WeComInbound;
import zhaoshang.chat.wecom.WeComPlatform;
import zhaoshang.chat.wecom.WeComSettings;
import zhaoshang.config.Conversation;
import zhaoshang.chat.local.SimulatorClock;
import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigException;
import zhaoshang.config.ConfigLoader;
import zhaoshang.config.Settings;
import zhaoshang.export.ChartGuard;
import zhaoshang.export.LedgerExport;
import zhaoshang.export.SubmissionWorkbook;
import zhaoshang.export.OfficePapers;
import zhaoshang.inbox.Inbox;
import zhaoshang.ledger.Ledger;
import zhaoshang.report.ReportExtractor;
import zhaoshang.roster.ConfigWatcher;
import zhaoshang.roster.Roster;
import zhaoshang.report.ReportParser;
import zhaoshang.report.llm.OpenAiCompatibleExtractor;
import zhaoshang.outbox.Outbox;
import zhaoshang.outbox.OutboxSender;
import zhaoshang.progress.Period;
import zhaoshang.progress.ProgressCalculator;
import zhaoshang.progress.WorkingCalendar;
import zhaoshang.remind.MonthlyWorkbook;
import zhaoshang.remind.ReminderEvaluator;
import zhaoshang.remind.ReminderStore;
import zhaoshang.remind.ReminderTicker;
import zhaoshang.remind.Reminders;
import zhaoshang.store.Backup;
import zhaoshang.store.Database;
import zhaoshang.store.Dialect;
import zhaoshang.store.Migrate;
import zhaoshang.store.FileStore;
import zhaoshang.store.Claims;
import zhaoshang.store.Housekeeping;
import zhaoshang.store.InstanceLock;
import zhaoshang.store.Restore;
import zhaoshang.web.PlatformCallbacks;
import zhaoshang.web.PortInUseException;
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
    private final Bot bot;
    private final PlatformCallbacks callbacks;
    private final Ledger ledger;
    private final ReportExtractor reportExtractor;
    /** Backups and the removal of expired files, in the background. */
    private final java.util.concurrent.ScheduledExecutorService maintenance =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "maintenance");
                t.setDaemon(true);
                return t;
            });
    private final Inbox inbox;
    private final Outbox outbox;
    /** This instance's claims on shared work (several instances on one PostgreSQL database). */
    private final Claims claims;
    /** Renews this instance's claims and takes over those of instances that died. */
    private final java.util.concurrent.ScheduledExecutorService claimKeeper =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "claims");
                t.setDaemon(true);
                return t;
            });
    private final FileStore files;
    /** This process's claim on the database file (null for an in-memory database). */
    private final InstanceLock lock;
    private final ReminderEvaluator reminders;
    private final Roster roster;
    private final ConfigWatcher configWatcher;
    private final ReminderTicker ticker;
    private final ChartGuard charts;
    /** The connections the bot opens itself (DingTalk Stream, WeCom long connection), by platform. */
    private final Map<String, zhaoshang.chat.LinkStatus> links = new LinkedHashMap<>();
    private final List<AutoCloseable> connections = new ArrayList<>();
    private final List<Runnable> connectionStarts = new ArrayList<>();
    /** One line per platform: its mode and why (logged at start). */
    private final List<String> modeLines = new ArrayList<>();
    /** Groups whose reminders cannot notify the people they name (see {@link MentionReach}). */
    private final List<String> mentionProblems;
    static final List<String> PLATFORM_VARIABLES = List.of("DINGTALK_APP_KEY", "DINGTALK_APP_SECRET",
            "DINGTALK_CALLBACK_TOKEN", "DINGTALK_CALLBACK_AES_KEY", "DINGTALK_CALLBACK_OWNER_KEY",
            "DINGTALK_ROBOT_CODE", "DINGTALK_OAPI_BASE", "DINGTALK_API_BASE", "DINGTALK_AGENT_ID", "DINGTALK_MODE",
            "WECOM_TOKEN",
            "WECOM_ENCODING_AES_KEY", "WECOM_BOT_MODE", "WECOM_BOT_ID", "WECOM_BOT_SECRET", "WECOM_BOT_WS_URL",
            "WECOM_CORP_ID", "WECOM_APP_SECRET", "WECOM_AGENT_ID",
            "WECOM_RECEIVE_ID", "WECOM_API_BASE");

    /** @param chartDrawer draws progress charts; null for the real one ({@link LedgerExport#chart}) */
    private App(Settings settings, Clock baseClock, ChartGuard.Drawer chartDrawer) {
        this.settings = settings;
        this.clock = new SimulatorClock(baseClock.withZone(settings.zone()));
        BotConfig seed = new ConfigLoader(settings.configDir(), settings::get).load();
        // the optional language model (BOT_LLM_*): NONE unless configured; a wrong setting stops the start here
        this.reportExtractor = OpenAiCompatibleExtractor.fromSettings(settings, new OkHttpClient());
        this.lock = lockDatabase(settings.dbUrl());
        this.database = openDatabase(settings);
        // bot-config is the seed; the roster's changes made by chat (V14) win over it, and everything below reads the
        // current roster through this view
        this.roster = new Roster(database, seed, clock);
        this.config = roster.view();
        Path dataDir = dataDir(settings);
        this.files = new FileStore(dataDir.resolve("files"), database.jdbi(), clock, Duration.ofDays(7));
        this.claims = Claims.of(instanceName(settings, dataDir), leaseOf(settings),
                database.dialect() == Dialect.POSTGRESQL);
        this.inbox = new Inbox(database.jdbi(), claims);
        Outbox outbox = new Outbox(database.jdbi(), files, clock, claims);
        this.outbox = outbox;

        Map<String, ChatPlatform> platforms = new LinkedHashMap<>();
        platforms.put(LocalChatPlatform.NAME, new LocalChatPlatform());
        Map<String, String> env = platformEnv(settings);
        OkHttpClient http = platformClient(sendConcurrencyOf(settings));
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
        WeComBotMode wecomMode = WeComBotMode.choose(env);
        WeComPlatform.AppCredentials wecomApp = wecomApp(env);
        this.mentionProblems = MentionReach.problems(config.conversations(), dingtalk.agentId() != null,
                robots.keySet(), webhookKeys.keySet(), wecomMode.websocket(), wecomApp != null);
        if (dingtalk.hasAppCredentials() || !robots.isEmpty()) {
            platforms.put("dingtalk", new DingTalkPlatform(dingtalk, robots, clock, http));
        }
        String wecomToken = env.get("WECOM_TOKEN");
        // the sink is read when a message arrives, after the constructor has set the callbacks
        WeComBotSocket wecomSocket = !wecomMode.websocket() ? null
                : new WeComBotSocket(env.get("WECOM_BOT_WS_URL"), env.get("WECOM_BOT_ID").strip(),
                        env.get("WECOM_BOT_SECRET").strip(), this::takeInbound, clock, http,
                        zhaoshang.chat.Backoff.FIRST, Duration.ofSeconds(30));
        if (wecomToken != null || !webhookKeys.isEmpty() || wecomSocket != null || wecomApp != null) {
            WeComPlatform wecom = new WeComPlatform(WeComSettings.fromEnv(env), webhookKeys, clock, http, wecomSocket,
                    wecomApp);
            platforms.put("wecom", wecom);
            if (wecomApp != null) {
                modeLines.add("企业微信自建应用：经应用自己的接口回复和推送（AgentId " + wecomApp.agentId() + "）");
                appChats(wecom.appApi());
            }
        }
        CallbackCrypto dingtalkCrypto = dingTalkCallbackCrypto(env);
        DingTalkMode dingtalkMode = DingTalkMode.choose(env, settings.publicUrl());
        DingTalkInbound dingtalkReader = env.get("DINGTALK_APP_SECRET") == null && dingtalkCrypto == null ? null
                // no CallbackSigns: a callback's sign is recorded with its message, in the inbox's one write
                // (PlatformCallbacks, Inbox.store with the result's SignClaim)
                : new DingTalkInbound(env.get("DINGTALK_APP_SECRET"), dingtalkCrypto, dingtalk.oapiBase(), null);
        // in Stream mode there is no inbound HTTP endpoint for DingTalk at all
        DingTalkInbound dingtalkInbound = dingtalkMode.stream() ? null : dingtalkReader;
        if (dingtalkMode.stream()) {
            modeLines.add("钉钉：Stream 模式（" + dingtalkMode.reason() + "）");
        } else if (dingtalkInbound != null) {
            modeLines.add("钉钉：HTTP 回调模式，回调地址 " + (settings.publicUrl().isEmpty() ? "<BOT_PUBLIC_URL>"
                    : settings.publicUrl()) + "/dingtalk/callback（" + dingtalkMode.reason() + "）");
        } else if (platforms.containsKey("dingtalk")) {
            modeLines.add("钉钉：只发送（自定义机器人 Webhook），不接收消息");
        }
        WeComInbound wecomInbound = wecomToken == null || env.get("WECOM_ENCODING_AES_KEY") == null ? null
                : WeComInbound.of(wecomToken, env.get("WECOM_ENCODING_AES_KEY"), env.getOrDefault("WECOM_RECEIVE_ID", ""));
        if (wecomSocket != null) {
            modeLines.add("企业微信智能机器人：长连接模式（" + wecomMode.reason() + "），提醒和文件经长连接发送，无需群机器人 Webhook");
        }
        if (wecomInbound != null) {
            modeLines.add("企业微信：HTTP 回调模式，回调地址 " + (settings.publicUrl().isEmpty() ? "<BOT_PUBLIC_URL>"
                    : settings.publicUrl()) + "/wecom/callback（已设置 WECOM_TOKEN 和 WECOM_ENCODING_AES_KEY）");
        } else if (wecomSocket == null && platforms.containsKey("wecom")) {
            modeLines.add("企业微信：只发送（群机器人 Webhook），不接收消息");
        }
        this.sender = new OutboxSender(outbox, platforms, clock, settings.publicUrl(), MESSAGES_PER_MINUTE,
                sendConcurrencyOf(settings));
        // a queued message wakes the sender once it is committed (the sender sleeps until then, or until one falls due)
        OutboxSender wakeable = sender;
        Database db = database;
        outbox.whenQueued(() -> db.afterUnit(wakeable::wake));

        this.ledger = new Ledger(database.jdbi(), settings.zone());
        // names recorded in full are recognised by their short forms later ("宁德时代")
        ReportParser parser = new ReportParser(clock, settings.zone(), ledger::enterpriseNames);
        List<Command> commands = new ArrayList<>();
        commands.add(new HelpCommand(() -> commands));
        commands.add(new TemplateCommand());
        commands.add(new RosterCommand(roster, settings.zone()));
        commands.add(new RosterChangeCommand(roster));
        commands.add(new JoinCommand(roster, outbox, settings.zone()));
        commands.add(new ConnectCommand(roster));
        commands.add(new MyRecordsCommand(ledger));
        commands.add(new WithdrawCommand(ledger, config));
        commands.add(new ConfirmCommand(ledger, config));
        commands.add(new CorrectCommand(ledger, config, parser));
        commands.add(new FollowUpCommand(config, ledger, settings.zone()));
        commands.add(new StageCommand(ledger, config));
        commands.add(new HistoryCommand(ledger, config, settings.zone()));
        commands.add(new LeaderHelpCommand(ledger, config));
        ProgressCalculator progress = new ProgressCalculator(ledger, config.targets());
        LedgerExport export = new LedgerExport(ledger, config, settings.zone(), progress, maxFileBytes(settings), clock);
        this.charts = new ChartGuard(chartDrawer == null ? export::chart : chartDrawer, clock);
        commands.add(new ProgressCommand(config, progress, settings.zone(), new ProgressFiles(export, charts), ledger));
        commands.add(new ExportCommand(config, export, settings.zone()));
        OfficePapers papers = new OfficePapers(ledger, config, progress);
        commands.add(new TeamRecordsCommand(config, ledger, export, settings.zone()));
        commands.add(new MeetingPackCommand(config, papers, settings.zone()));
        commands.add(new BulletinCommand(papers, settings.zone()));
        commands.add(new InspectionPlanCommand(config, settings.zone()));
        commands.add(new RankingCommand(config, progress, settings.zone()));
        // Reminders: rules decide, our tables remember what was sent, Quartz only ticks every minute.
        ReminderStore reminderStore = new ReminderStore(database.jdbi());
        this.reminders = new ReminderEvaluator(config, ledger, progress::teams, reminderStore, outbox, sender::wake, clock,
                Reminders.rules(monthlyWorkbook(export, papers, clock), ledger, reminderStore));
        reminders.initialize();
        // several instances: one at a time evaluates a window (the sent-log keeps each reminder once regardless)
        this.ticker = new ReminderTicker(() -> {
            try {
                claims.exclusively(database.jdbi(), "reminders", reminders::tick);
            } catch (RuntimeException e) {
                LOG.error("提醒检查的认领失败，下一次检查将重试同一时间段：{}", e.toString());
            }
        }, Duration.ofMinutes(1));
        commands.add(new LeaveCommand(reminderStore, settings.zone()));
        commands.add(new MuteCommand(config, reminderStore, reminders.rules(), settings.zone()));
        commands.add(new ReminderSettingsCommand(config, reminders, settings.zone()));
        commands.add(new ReminderTestCommand(config, reminders));
        commands.add(new SubmissionRecordsCommand(config, ledger, settings.zone()));
        commands.add(new SubmitterCommand(config, ledger));
        commands.add(new SubmitCommand(config, ledger, new SubmissionWorkbook(export), settings.zone()));
        commands.add(new DecideSubmissionCommand(config, ledger, settings.zone()));
        // a report that needs one more answer waits as a draft; the answer comes before any new report is read
        Drafts drafts = new Drafts(database.jdbi());
        commands.add(new DraftAnswerCommand(parser, ledger, drafts));
        commands.add(new ReportCommand(parser, ledger, drafts, reportExtractor));
        this.bot = new Bot(config, clock, commands, new Newcomers(roster, outbox));
        this.configWatcher = new ConfigWatcher(settings.configDir(), settings::get, roster, seed,
                refusal -> tellCoordination(outbox, refusal));
        this.pipeline = new Pipeline(database, inbox, bot, outbox, sender, clock);
        this.callbacks = new PlatformCallbacks(dingtalkInbound, wecomInbound, pipeline, clock);
        if (dingtalkMode.stream()) {
            DingTalkStream stream = new DingTalkStream(dingtalk, dingtalkReader, callbacks, clock, http,
                    zhaoshang.chat.Backoff.FIRST);
            links.put("dingtalk", stream.status());
            connections.add(stream);
            connectionStarts.add(stream::start);
        }
        if (wecomSocket != null) {
            links.put("wecom", wecomSocket.status());
            connections.add(wecomSocket);
            connectionStarts.add(wecomSocket::start);
        }

        WebServer.Health health = new WebServer.Health() {
            @Override
            public boolean databaseUp() {
                return database.healthy() && database.writeProblem().isEmpty();
            }

            @Override
            public Map<String, Object> details() {
                Map<String, Object> d = new LinkedHashMap<>();
                database.writeProblem().ifPresent(f -> d.put("database", "无法写入：" + f.reason() + "（" + f.code() + "）"));
                d.put("instance", claims.instance()); // BOT_INSTANCE_NAME: which instance answered (several on PostgreSQL)
                d.put("outboxPending", outbox.pendingCount());
                d.put("calendarWarnings", calendarWarnings());
                d.put("chart", charts.problem().orElse("ok"));
                d.put("remindersEvaluatedUntil", reminders.store().lastEvaluated().map(Object::toString).orElse(""));
                d.put("remindersClockWentBack", reminders.store().clockWentBack().orElse(""));
                d.put("outboxFailed", outbox.failed(10).stream().map(e -> Map.of(
                        "id", e.id(), "platform", e.platform(), "conversation", e.conversationId(),
                        "error", e.lastError() == null ? "" : e.lastError())).toList());
                d.put("mentionRoutes", mentionProblems);
                d.put("config", configWatcher.problem().map(ConfigWatcher.Refusal::describe).orElse("ok"));
                d.put("configRestartNeeded", configWatcher.restartNeeded().orElse(""));
                d.put("rosterWarnings", roster.warnings());
                Map<String, Object> linkStates = new LinkedHashMap<>();
                links.forEach((platform, status) -> linkStates.put(platform, status.toMap()));
                d.put("connections", linkStates);
                d.put("outboxWarnings", outbox.warned(10).stream().map(e -> Map.of(
                        "id", e.id(), "platform", e.platform(), "conversation", e.conversationId(),
                        "warning", e.warning())).toList());
                return d;
            }
        };
        boolean realPlatform = platforms.size() > 1 || dingtalkInbound != null || wecomInbound != null
                || !links.isEmpty();
        this.web = new WebServer(settings, config, pipeline, inbox, outbox, files, clock, health, this::clockMoved,
                realPlatform, callbacks::routes);
    }

    /** Starts the bot on the settings' port (0 = any free port). */
    public static App start(Settings settings, Clock clock) {
        return start(settings, clock, null);
    }

    /** {@link #start(Settings, Clock)} with another chart drawer (tests: one that fails or waits). */
    static App start(Settings settings, Clock clock, ChartGuard.Drawer chartDrawer) {
        WebServer.ensurePortFree(settings.port());
        App app = new App(settings, clock, chartDrawer);
        // Messages stored but not handled before a stop (a kill -9 in the middle of a large export): taken now, before
        // callbacks can arrive, and handled in the background after the server is open, ahead of new callbacks.
        // Several instances: those of this instance's previous run (the same BOT_INSTANCE_NAME) and of instances whose
        // claims ran out, claimed for this one.
        List<Inbox.Entry> leftovers = app.inbox.claimLeftovers();
        try {
            app.web.start(settings.port());
        } catch (RuntimeException e) {
            app.close(); // a taken port (or any failure to open it) leaves no thread behind
            throw e;
        }
        app.callbacks.recover(leftovers);
        app.modeLines.forEach(LOG::info);
        app.connectionStarts.forEach(Runnable::run);
        app.sender.start();
        app.startClaims();
        app.startMaintenance(settings);
        app.ticker.start();
        Thread font = new Thread(app.charts::warmUp, "chart-font");
        font.setDaemon(true);
        font.start();
        switch (settings.localChat()) {
            case LOOPBACK -> LOG.info("本地聊天模拟器已开启（仅本机访问）：http://127.0.0.1:{}/", app.web.port());
            case PUBLIC -> LOG.warn("本地聊天模拟器已对所有来源开放（BOT_LOCAL_CHAT=public）：任何能访问端口 {} 的人都能冒充任意成员。仅在可信网络中演示使用！", app.web.port());
            case OFF -> LOG.info("本地聊天模拟器已关闭");
        }
        app.calendarWarnings().forEach(LOG::warn);
        app.mentionProblems.forEach(LOG::warn);
        LOG.info("招商助手已启动，端口 {}，数据库 {}，配置 {}", app.web.port(),
                Database.withoutSecrets(settings.dbUrl()), settings.configDir());
        return app;
    }

    /**
     * Keeps this instance's claims alive (every quarter of the lease) and, where several instances may run, takes over
     * the waiting messages of an instance that died (its claims ran out) and wakes the sender for its outbound ones.
     */
    private void startClaims() {
        long every = claims.renewEvery().toMillis();
        claimKeeper.scheduleWithFixedDelay(() -> {
            try {
                inbox.renewClaims();
                outbox.renewClaims();
                if (!claims.shared()) return;
                List<Inbox.Entry> orphans = inbox.takeOver();
                if (!orphans.isEmpty()) {
                    LOG.warn("{} message(s) of an instance that stopped answering taken over by {}", orphans.size(),
                            claims.instance());
                    callbacks.recover(orphans);
                }
                sender.wake();
            } catch (RuntimeException e) {
                LOG.error("renewing claims failed: {}", e.toString());
            }
        }, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
        LOG.info("实例名 {}（BOT_INSTANCE_NAME），认领期限 {} 秒{}", claims.instance(), claims.lease().toSeconds(),
                claims.shared() ? "，可与其他实例共用数据库" : "");
    }

    /**
     * BOT_INSTANCE_NAME, or the host and port (or, with port 0, the data directory): the same after a restart, so an
     * instance takes back its own claims at once, and different for two instances on one machine.
     */
    static String instanceName(Settings settings, Path dataDir) {
        String configured = settings.get("BOT_INSTANCE_NAME");
        if (configured != null) return configured;
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
        }
        return host + ":" + (settings.port() != 0 ? Integer.toString(settings.port())
                : dataDir.toAbsolutePath().normalize().toString());
    }

    /**
     * The HTTP client of every platform call. It keeps as many idle connections as replies are sent at once (and a
     * few for the token and upload calls): with OkHttp's default of 5, the 8 sending threads' connections to one
     * platform host were closed beyond the fifth as soon as a burst paused, and the next burst opened them again (a
     * TCP and, on the real platforms, a TLS handshake per reopened connection: FullPathBenchmark's profile showed the
     * outbox sender connecting anew while sending at its maximum).
     */
    static OkHttpClient platformClient(int sendConcurrency) {
        return new OkHttpClient.Builder()
                .connectionPool(new okhttp3.ConnectionPool(sendConcurrency + 4, 5, java.util.concurrent.TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(60)).build();
    }

    /** BOT_SEND_CONCURRENCY: at most how many replies are sent at once, each to another conversation (default 8, 1–64). */
    static int sendConcurrencyOf(Settings settings) {
        String v = settings.get("BOT_SEND_CONCURRENCY");
        if (v == null) return OutboxSender.DEFAULT_CONCURRENCY;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > 64) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(".env", "BOT_SEND_CONCURRENCY", "应为 1–64 的整数（同时发送的回复条数），默认 "
                    + OutboxSender.DEFAULT_CONCURRENCY);
        }
    }

    /** BOT_LEASE_SECONDS: how long an instance's claims last without renewal (default 60; at least 4). */
    static Duration leaseOf(Settings settings) {
        String v = settings.get("BOT_LEASE_SECONDS");
        if (v == null) return Claims.DEFAULT_LEASE;
        try {
            long n = Long.parseLong(v.strip());
            if (n < 4) throw new NumberFormatException();
            return Duration.ofSeconds(n);
        } catch (NumberFormatException e) {
            throw new ConfigException(".env", "BOT_LEASE_SECONDS", "应为不小于 4 的整数（秒），默认 60");
        }
    }

    /**
     * Every hour: expired files are deleted (first at startup), and a backup is written when the newest complete
     * one is a day old (so restarts neither skip nor repeat one; an interrupted backup never counts).
     */
    private void startMaintenance(Settings settings) {
        maintenance.scheduleWithFixedDelay(this::purgeExpiredFiles, 0, 3600, java.util.concurrent.TimeUnit.SECONDS);
        long configSeconds = configCheckSeconds(settings);
        if (configSeconds > 0) {
            maintenance.scheduleWithFixedDelay(() -> {
                try {
                    configWatcher.check();
                } catch (RuntimeException e) {
                    LOG.error("checking bot-config for edits failed: {}", e.getMessage(), e);
                }
            }, configSeconds, configSeconds, java.util.concurrent.TimeUnit.SECONDS);
        }
        if (database.dialect() == Dialect.POSTGRESQL) {
            // the inbox's and outbox's dead row versions vacuumed and changed tables analyzed (Housekeeping), so
            // that the queue reads stay cheap whether or not the server's autovacuum keeps up (or runs at all)
            Housekeeping housekeeping = new Housekeeping(database, claims);
            long every = Housekeeping.EVERY.toMillis();
            maintenance.scheduleWithFixedDelay(() -> {
                try {
                    housekeeping.pass();
                } catch (RuntimeException e) {
                    LOG.warn("vacuum/analyze of the bot's tables failed: {}", e.toString());
                }
            }, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
            LOG.info("PostgreSQL 数据库的备份由数据库服务器负责（pg_dump），机器人不写备份");
            return;
        }
        if (Database.fileOf(settings.dbUrl()).startsWith(":memory:")) return;
        Backup backup = new Backup(database, dataDir(settings).resolve("backups"), backupKeep(settings), clock);
        maintenance.scheduleWithFixedDelay(() -> {
            try {
                backup.runIfDue();
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) LOG.info("backup stopped by the shutdown; nothing left of it");
                else LOG.error("scheduled backup failed: {}", e.getMessage(), e);
            }
        }, 10, 3600, java.util.concurrent.TimeUnit.SECONDS);
    }

    private void purgeExpiredFiles() {
        try {
            int removed = files.purgeExpired();
            if (removed > 0) LOG.info("deleted {} expired file(s)", removed);
        } catch (RuntimeException e) {
            LOG.error("deleting expired files failed: {}", e.getMessage(), e);
        }
    }

    /** BOT_CONFIG_CHECK_SECONDS: how often bot-config/ is checked for edits (default 5; 0 = never). */
    private static long configCheckSeconds(Settings settings) {
        String v = settings.get("BOT_CONFIG_CHECK_SECONDS");
        if (v == null || v.isBlank()) return 5;
        try {
            long n = Long.parseLong(v.strip());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(".env", "BOT_CONFIG_CHECK_SECONDS", "应为不小于 0 的整数（秒），0 表示不自动检查");
        }
    }

    /** The simulator clock moved: what is due by the new time happens now (reminders, expired files). */
    private void clockMoved() {
        reminders.tick();
        purgeExpiredFiles();
    }

    /** BOT_DB_URL with BOT_DB_USER and BOT_DB_PASSWORD (PostgreSQL). */
    static Database openDatabase(Settings settings) {
        return Database.open(settings.dbUrl(), settings.get("BOT_DB_USER"), settings.get("BOT_DB_PASSWORD"));
    }

    /**
     * The database file's lock, or null for an in-memory database or PostgreSQL (where any number of instances
     * share the database); refuses a second bot on the same SQLite file.
     */
    private static InstanceLock lockDatabase(String dbUrl) {
        if (Dialect.of(dbUrl) != Dialect.SQLITE) return null;
        String file = Database.fileOf(dbUrl);
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) return null;
        return InstanceLock.tryAcquire(Path.of(file)).orElseThrow(() -> new ConfigException("BOT_DB_URL", file,
                "另一个招商助手正在使用这个数据库（" + InstanceLock.fileOf(Path.of(file).toAbsolutePath())
                        + " 被占用）。同一个数据库只能运行一个机器人：请先停止另一个，或换一个 BOT_DB_URL。"));
    }

    /**
     * Years around today without holiday data in the calendar the reminders use (read at start): working days fall back
     * to Monday–Friday for them. A file the config watcher has read since is said to wait for a restart.
     */
    List<String> calendarWarnings() {
        int year = java.time.LocalDate.now(clock).getYear();
        WorkingCalendar inUse = reminders.time().calendar();
        return inUse.yearsWithoutData(List.of(year, year + 1)).stream()
                .map(y -> config.holidays().year(y).isPresent()
                        ? y + " 年的节假日文件（bot-config/holidays/" + y + ".yaml）已读到，重启后生效；在此之前工作日按周一至周五计算"
                        : y + " 年没有节假日数据（bot-config/holidays/" + y + ".yaml），工作日暂按周一至周五计算")
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

    /** Inbox → bot → outbox (tests). */
    public Pipeline pipeline() {
        return pipeline;
    }

    public Ledger ledger() {
        return ledger;
    }

    public BotConfig config() {
        return config;
    }

    /** Who is in which team and which group is whose: bot-config with the changes made by chat. */
    public Roster roster() {
        return roster;
    }

    /** Picks up edits of bot-config/ (checked every BOT_CONFIG_CHECK_SECONDS; tests call {@link ConfigWatcher#check}). */
    public ConfigWatcher configWatcher() {
        return configWatcher;
    }

    /** An edit of bot-config was refused: the coordination groups are told what to fix (once per content). */
    private void tellCoordination(Outbox outbox, ConfigWatcher.Refusal refusal) {
        Reply notice = Reply.text(RosterTexts.configRefused(refusal.file(), refusal.entry(), refusal.problem()));
        database.unit(() -> {
            for (Conversation c : config.conversationsOf(null)) {
                outbox.enqueue(c.platform(), c.id(), null, List.of(notice), Map.of());
            }
            return null;
        });
        sender.wake();
    }

    /** The language-model reader for what the rules cannot read with confidence ({@link ReportExtractor#NONE} when off). */
    public ReportExtractor reportExtractor() {
        return reportExtractor;
    }

    public ReminderEvaluator reminders() {
        return reminders;
    }

    /** Every chat command, in the order the bot tries them. */
    public List<Command> commands() {
        return bot.commands();
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

    /**
     * DingTalk's encrypted callbacks (DingCallbackCrypto): DINGTALK_CALLBACK_TOKEN and DINGTALK_CALLBACK_AES_KEY, with
     * DINGTALK_CALLBACK_OWNER_KEY (default: DINGTALK_APP_KEY) as the receive id; null when not configured.
     */
    static CallbackCrypto dingTalkCallbackCrypto(Map<String, String> env) {
        String token = env.get("DINGTALK_CALLBACK_TOKEN");
        String key = env.get("DINGTALK_CALLBACK_AES_KEY");
        if (token == null && key == null) return null;
        if (token == null || key == null) {
            throw new ConfigException(".env", token == null ? "DINGTALK_CALLBACK_TOKEN" : "DINGTALK_CALLBACK_AES_KEY",
                    "钉钉回调加密需要同时设置 DINGTALK_CALLBACK_TOKEN 和 DINGTALK_CALLBACK_AES_KEY（开发者后台“事件订阅”中的 Token 和加密 aes_key）");
        }
        String owner = env.getOrDefault("DINGTALK_CALLBACK_OWNER_KEY", env.get("DINGTALK_APP_KEY"));
        if (owner == null) {
            throw new ConfigException(".env", "DINGTALK_CALLBACK_OWNER_KEY",
                    "钉钉回调加密还需要 DINGTALK_CALLBACK_OWNER_KEY（企业内部应用的事件订阅填应用的 AppKey，注册回调地址填企业 corpId）或 DINGTALK_APP_KEY");
        }
        try {
            return new CallbackCrypto(token, key, owner);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(".env", "DINGTALK_CALLBACK_AES_KEY",
                    "应为开发者后台生成的 43 位加密 aes_key（字母和数字），请重新复制");
        }
    }

    /** The month's ledgers of every team, attached to the month-end summary sent to 投资促进部. */
    /** The month-end summary's files: every team's ledgers and the 调度会材料 of the month. */
    private static MonthlyWorkbook monthlyWorkbook(LedgerExport export, OfficePapers papers, Clock clock) {
        return month -> {
            java.time.LocalDate today = java.time.LocalDate.now(clock);
            LedgerExport.Export file = export.ledgers(null, Period.month(month), LedgerExport.ALL_KINDS, today);
            List<Reply> files = new ArrayList<>(WorkbookReplies.of(file));
            LedgerExport.File pack = papers.meetingPack(month, today);
            files.add(Reply.file(pack.fileName(), pack.content()));
            return files;
        };
    }

    /**
     * WECOM_CORP_ID, WECOM_APP_SECRET, WECOM_AGENT_ID: the self-built app's own API; null when the secret is not set.
     */
    static WeComPlatform.AppCredentials wecomApp(Map<String, String> env) {
        String secret = env.get("WECOM_APP_SECRET");
        if (secret == null || secret.isBlank()) return null;
        String corp = env.getOrDefault("WECOM_CORP_ID", env.get("WECOM_RECEIVE_ID"));
        if (corp == null || corp.isBlank()) {
            throw new ConfigException(".env", "WECOM_CORP_ID", "企业微信自建应用需要企业 ID（管理后台“我的企业 → 企业信息”最下方的企业 ID）");
        }
        String agent = env.get("WECOM_AGENT_ID");
        try {
            return new WeComPlatform.AppCredentials(corp.strip(), secret.strip(), Long.parseLong(agent == null ? "" : agent.strip()));
        } catch (NumberFormatException e) {
            throw new ConfigException(".env", "WECOM_AGENT_ID", "应为数字（应用管理 → 自建应用 → AgentId）");
        }
    }

    /**
     * The app's group chats named in the config ({@code id: appchat:<chatid>} with {@code settings.members}, and
     * optionally {@code owner}): created in the background at start when they do not exist yet.
     */
    private void appChats(zhaoshang.chat.wecom.WeComAppApi api) {
        for (Conversation c : config.conversations()) {
            String members = c.settings().get("members");
            if (!c.platform().equals("wecom") || !c.id().startsWith("appchat:") || members == null) continue;
            List<String> users = java.util.Arrays.stream(members.split("[,，|\\s]+")).filter(u -> !u.isBlank()).toList();
            String chatId = c.id().substring("appchat:".length());
            connectionStarts.add(() -> {
                Thread t = new Thread(() -> {
                    try {
                        if (api.ensureChat(chatId, c.name(), c.settings().get("owner"), users)) {
                            LOG.info("企业微信应用群“{}”（{}）已创建", c.name(), chatId);
                        }
                    } catch (RuntimeException e) {
                        LOG.error("企业微信应用群“{}”（{}）创建失败：{}", c.name(), chatId, e.getMessage());
                    }
                }, "wecom-appchat");
                t.setDaemon(true);
                t.start();
            });
        }
    }

    /** A message from a connection the bot opened itself: into the inbox, then to the worker. */
    private void takeInbound(zhaoshang.chat.ChatMessage message) {
        callbacks.take(message);
    }

    /** Waits until callback messages received so far are handled (tests). */
    public void drainInbound() {
        callbacks.drain();
    }

    /** {@code backup} writes a backup now; {@code restore FILE [--upgrade]} puts one back (bot stopped). */
    static int tool(Settings settings, String[] args) {
        try {
            return switch (args[0]) {
                case "backup", "restore" -> {
                    if (Dialect.of(settings.dbUrl()) == Dialect.POSTGRESQL) {
                        System.err.println("未完成：PostgreSQL 数据库的备份与恢复由数据库服务器负责，请用 pg_dump / pg_restore"
                                + "（见 README“PostgreSQL”一节）。");
                        yield 1;
                    }
                    if (args[0].equals("restore")) yield restore(settings, args);
                    try (Database db = Database.open(settings.dbUrl())) {
                        Path file = new Backup(db, dataDir(settings).resolve("backups"), backupKeep(settings),
                                Clock.systemUTC()).run();
                        System.out.println("备份完成：" + file);
                    }
                    yield 0;
                }
                case "migrate" -> migrate(settings, args);
                default -> {
                    System.err.println("未知命令 " + args[0] + "。可用：backup、restore 文件、migrate --to jdbc:postgresql://…；"
                            + "不带参数则启动机器人。");
                    yield 2;
                }
            };
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(("restore".equals(args[0]) ? "未恢复：" : "未完成：") + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code migrate --to jdbc:postgresql://… [--user U] [--password P]}: copies the SQLite database of BOT_DB_URL
     * into an empty PostgreSQL database (bot stopped), checked table by table.
     */
    private static int migrate(Settings settings, String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) options.put(args[i], args[i + 1]);
        String to = options.get("--to");
        if (to == null || (args.length - 1) % 2 != 0) {
            System.err.println("用法：java -jar zhaoshang-bot.jar migrate --to jdbc:postgresql://主机:5432/库名"
                    + " [--user 用户] [--password 密码]（请先停止机器人；源为 BOT_DB_URL 的 SQLite 数据库）");
            return 2;
        }
        InstanceLock running = lockDatabase(settings.dbUrl());
        try (Database source = Database.open(settings.dbUrl())) {
            Migrate.Result r = Migrate.run(source, to, options.getOrDefault("--user", settings.get("BOT_DB_USER")),
                    options.getOrDefault("--password", settings.get("BOT_DB_PASSWORD")),
                    line -> System.out.println("已复制 " + line));
            for (Migrate.Table t : r.tables()) {
                System.out.println("核对 " + t.name() + "：" + t.rows() + " 行，校验和 " + t.checksum() + " 一致");
            }
            System.out.printf("迁移完成：%d 张表、%d 行，用时 %.1f 秒。把 BOT_DB_URL 改为 %s 后启动机器人。%n",
                    r.tables().size(), r.rows(), r.millis() / 1000.0, Database.withoutSecrets(to));
            return 0;
        } finally {
            if (running != null) running.close();
        }
    }

    private static int restore(Settings settings, String[] args) {
        List<String> rest = List.of(args).subList(1, args.length);
        boolean upgrade = rest.contains("--upgrade");
        List<String> files = rest.stream().filter(a -> !a.equals("--upgrade")).toList();
        if (files.size() != 1) {
            System.err.println("用法：java -jar zhaoshang-bot.jar restore data/backups/zhaoshang-YYYYMMDD-HHMMSS.db"
                    + "（请先停止机器人；备份来自较早版本时加 --upgrade）");
            return 2;
        }
        Restore.Restored r = Restore.restore(Path.of(files.get(0)), settings.dbUrl(), upgrade,
                Clock.system(settings.zone()));
        System.out.println("已恢复：" + r.database() + " ← " + files.get(0)
                + (r.upgradedFrom() == null ? "" : "（已从数据库版本 V" + r.upgradedFrom() + " 升级）"));
        System.out.println(r.savedAs() == null ? "（原来没有数据库文件）"
                : "恢复前的数据库（含尚未合并的最后写入）保存为：" + r.savedAs());
        return 0;
    }

    static int backupKeep(Settings settings) {
        String v = settings.get("BOT_BACKUP_KEEP");
        try {
            return v == null ? 14 : Math.max(1, Integer.parseInt(v));
        } catch (NumberFormatException e) {
            throw new ConfigException(".env", "BOT_BACKUP_KEEP", "应为正整数（保留的备份份数）");
        }
    }

    /** BOT_MAX_FILE_BYTES: the largest file sent into a group; larger workbooks go in parts. Default 20 MB. */
    static long maxFileBytes(Settings settings) {
        String v = settings.get("BOT_MAX_FILE_BYTES");
        try {
            long bytes = v == null || v.isBlank() ? LedgerExport.CHAT_FILE_LIMIT : Long.parseLong(v.strip());
            if (bytes < 64 * 1024 || bytes > LedgerExport.CHAT_FILE_LIMIT) throw new NumberFormatException();
            return bytes;
        } catch (NumberFormatException e) {
            throw new ConfigException(".env", "BOT_MAX_FILE_BYTES", "应为 65536 到 " + LedgerExport.CHAT_FILE_LIMIT
                    + " 之间的整数（群里单个文件的字节数上限，钉钉和企业微信均为 20 MB）");
        }
    }

    /**
     * Where files, backups and the like live: BOT_DATA_DIR, else the SQLite database's folder, else {@code data}.
     * Instances sharing a PostgreSQL database share their files through a shared BOT_DATA_DIR.
     */
    static Path dataDir(Settings settings) {
        String configured = settings.get("BOT_DATA_DIR");
        if (configured != null) return Path.of(configured);
        return dataDir(settings.dbUrl());
    }

    static Path dataDir(String dbUrl) {
        if (Dialect.of(dbUrl) != Dialect.SQLITE) return Path.of("data");
        String file = Database.fileOf(dbUrl);
        Path parent = file.isEmpty() || file.startsWith(":memory:") ? null : Path.of(file).toAbsolutePath().getParent();
        return parent == null ? Path.of("data") : parent;
    }

    @Override
    public void close() {
        ticker.close();
        for (AutoCloseable c : connections) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing a platform connection failed: {}", e.toString());
            }
        }
        web.close();
        maintenance.shutdownNow();
        claimKeeper.shutdownNow();
        callbacks.close();
        sender.close();
        try {
            // what this instance has not handled or sent yet: another instance may take it at once
            inbox.releaseClaims();
            outbox.releaseClaims();
        } catch (RuntimeException e) {
            LOG.warn("releasing claims failed: {}", e.toString());
        }
        inbox.close();
        database.close();
        if (lock != null) lock.close();
    }

    public static void main(String[] args) {
        try {
            Settings settings = Settings.fromEnvironment();
            if (args.length > 0) {
                System.exit(tool(settings, args));
                return;
            }
            App app = start(settings, Clock.system(settings.zone()));
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        } catch (ConfigException e) {
            System.err.println("配置错误，无法启动：" + e.getMessage());
            System.exit(2);
        } catch (PortInUseException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
    }
}
