package zhaoshang.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import zhaoshang.App;
import zhaoshang.config.Settings;

/**
 * The full path (issue 15 item 4): a signed DingTalk callback → the bot's HTTP 200 → inbox → inbound worker (parse,
 * ledger, outbox row) → outbox sender → the reply arriving at a fake DingTalk (the callback's sessionWebhook, which
 * points at a JDK HttpServer in this JVM). Latency is measured from each callback's <em>intended</em> send time
 * (open loop, no coordinated omission) to the arrival of its first reply at the fake platform; every callback
 * carries its own sessionWebhook URL ({@code …?session=N}), so each reply is matched to its report.
 *
 * <p>For each database ({@code bench.dbs}: sqlite, postgres) in one run, one after the other:
 * <ol>
 *   <li><b>bare ceiling</b>: a bare Javalin handler doing one single-row insert into the same kind of database
 *       (SQLite: one connection behind a lock, WAL, synchronous=NORMAL; PostgreSQL: a Hikari pool of 8, autocommit),
 *       open loop at each rate (latency to the 200) and a closed loop of 16 clients (its maximum);</li>
 *   <li><b>bot</b>: open loop at each rate ({@code bench.rates}, default 50,200), latency to the reply; then the
 *       maximum sustainable full-path throughput: {@code bench.window} reports outstanding at any time (a new
 *       callback is sent as soon as a reply arrives) for {@code bench.seconds}, every reply counted over the time
 *       until the last one arrives; CPU per report by thread group;</li>
 *   <li><b>idle outbox</b>: {@code bench.idleQueue} reports into one conversation at once, so that all but 20 wait
 *       behind the 20-a-minute limit; once the first 20 replies arrived, the CPU time of the bot's threads over
 *       {@code bench.idleSeconds} while that queue waits.</li>
 * </ol>
 *
 * <p>The 20 replies a minute per conversation: the reports go round {@code bench.conversations} (default 10,000)
 * DingTalk groups, all configured for 第一工作组, so that the limit never holds a reply back (except in the idle test,
 * where it is meant to): N groups take at most 20·N/60 replies a second over any minute, 3,333/s for 10,000 (2,000
 * groups, the default until 1 Dec 2026, capped the maximum runs at 667/s once a minute of them had passed it, which
 * showed as stalls of 2–6 s in some runs, see BENCHMARKS.md "Fourteenth session"). The generator counts the reports
 * it sends to a group that had already had 20 in the minute before and prints that count after each phase.
 *
 * <p>{@code bench.instances=2} (PostgreSQL only) starts two bots on one database and alternates callbacks between
 * them. Knobs: {@code bench.dbs}, {@code bench.rates}, {@code bench.seconds} (15), {@code bench.warmup} (8),
 * {@code bench.window} (256), {@code bench.conversations} (10000), {@code bench.idleQueue} (60),
 * {@code bench.idleSeconds} (40), {@code bench.connections} (64: the generator's connections per host; 4096 is the
 * method before 30 Nov 2026, a new connection for every callback that found none idle), {@code bench.pgServer} (jdbc:postgresql://127.0.0.1:5432/test?user=postgres),
 * {@code bench.platformDelayMs} (0: how long the fake platform takes to answer each call; the reply counts as arrived
 * when the call reaches it), {@code bench.maxRuns} (1: how many times the maximum is measured, one after the other;
 * the JIT compilers' share of the CPU per report falls in the later ones), {@code bench.sendConcurrency} (unset: the
 * bot's default; BOT_SEND_CONCURRENCY of every instance, e.g. 2 with a platform delay to measure two instances where
 * waiting on the platform, not the 2 shared cores, is what limits one).
 */
public final class FullPathBenchmark {

    static final String PG_SERVER = System.getProperty("bench.pgServer", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private FullPathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> dbs = Arrays.asList(System.getProperty("bench.dbs", "sqlite,postgres").split(","));
        int[] rates = Arrays.stream(System.getProperty("bench.rates", "50,200").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.getInteger("bench.seconds", 15);
        int warmup = Integer.getInteger("bench.warmup", 8);
        int window = Integer.getInteger("bench.window", 256);
        int conversations = Integer.getInteger("bench.conversations", 10_000);
        int idleQueue = Integer.getInteger("bench.idleQueue", 60);
        int idleSeconds = Integer.getInteger("bench.idleSeconds", 40);
        int instances = Integer.getInteger("bench.instances", 1);
        List<String> targets = Arrays.asList(System.getProperty("bench.targets", "bare,bot,idle").split(","));
        long platformDelayMs = Long.getLong("bench.platformDelayMs", 0);

        IngestBenchmark.printMachine();
        System.out.printf(Locale.ROOT, "dbs %s, rates %s reports/s, %d s each after a %d s warm-up, window %d, "
                        + "%d conversations, %d instance(s), platform answers after %d ms%n", dbs, Arrays.toString(rates),
                seconds, warmup, window, conversations, instances, platformDelayMs);
        System.out.printf(Locale.ROOT, "the 20-a-minute limit lets %d conversations take at most %d replies/s over any "
                + "minute%n", conversations, conversations * Bot.PER_MINUTE / 60);
        List<String> table = new ArrayList<>();
        BenchHttp.FakeDingTalk stub = new BenchHttp.FakeDingTalk(platformDelayMs);
        Client client = new Client();
        try {
            for (String db : dbs) {
                Path dir = Files.createTempDirectory("fullpath-bench-");
                List<String> schemas = new ArrayList<>();
                try {
                    runOne(db.trim(), dir, schemas, stub, client, rates, seconds, warmup, window, conversations,
                            idleQueue, idleSeconds, db.trim().equals("postgres") ? instances : 1, targets, table);
                } finally {
                    // bench.keepSchema=true: the PostgreSQL schemas stay for inspection (EXPLAIN, pg_stat_user_tables)
                    if (Boolean.getBoolean("bench.keepSchema")) System.out.println("schemas kept: " + schemas);
                    else for (String s : schemas) dropSchema(s);
                    IngestBenchmark.deleteTree(dir);
                }
            }
        } finally {
            client.close();
            stub.close();
        }
        System.out.println();
        System.out.println("| database | instances | target | load | sent | answered | achieved /s | p50 ms | p99 ms | max ms | CPU ms per report | load avg |");
        System.out.println("| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        table.forEach(System.out::println);
        System.exit(0);
    }

    static void runOne(String db, Path dir, List<String> schemas, BenchHttp.FakeDingTalk stub, Client client, int[] rates, int seconds,
                       int warmup, int window, int conversations, int idleQueue, int idleSeconds, int instances,
                       List<String> targets, List<String> table) throws Exception {
        System.out.println();
        System.out.println("=== " + db + ", " + instances + " instance(s); load " + loadavg());
        // ---- bare ceiling
        if (targets.contains("bare")) {
            try (BenchHttp.Bare bare = db.equals("postgres") ? BenchHttp.Bare.postgres(schemaUrl(schemas))
                    : BenchHttp.Bare.sqlite(dir.resolve("bare.db"))) {
                String url = "http://127.0.0.1:" + bare.port() + "/bare";
                client.openLoop200(url, 200, warmup); // warm-up
                for (int rate : rates) {
                    String load = loadavg();
                    Result r = client.openLoop200(url, rate, seconds);
                    System.out.println("  bare " + r.row());
                    table.add(r.markdown(db, 1, "bare", load));
                }
                String load = loadavg();
                Result r = client.closedLoop200(url, 16, seconds);
                System.out.println("  bare " + r.row());
                table.add(r.markdown(db, 1, "bare", load));
            }
        }
        if (!targets.contains("bot") && !targets.contains("idle")) return;
        // ---- the bot
        String dbUrl = db.equals("postgres") ? schemaUrl(schemas) : "jdbc:sqlite:" + dir.resolve("bot.db");
        Path config = dir.resolve("bot-config");
        zhaoshang.support.TestBot.copyConfig(config);
        StringBuilder convs = new StringBuilder();
        for (int c = 0; c < conversations; c++) {
            convs.append("  - {id: ").append(conversation(c)).append(", platform: dingtalk, name: 第一工作组钉钉群")
                    .append(c).append(", team: team1}\n");
        }
        convs.append("  - {id: cid-bench-idle, platform: dingtalk, name: 第一工作组钉钉群idle, team: team1}\n");
        Path conv = config.resolve("conversations.yaml");
        Files.writeString(conv, Files.readString(conv) + convs);
        List<App> apps = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                Map<String, String> env = BenchHttp.botEnv(dbUrl, config, stub.base());
                env.put("BOT_INSTANCE_NAME", "bench-" + (i + 1));
                env.put("BOT_DATA_DIR", dir.resolve("data").toString());
                String sendConcurrency = System.getProperty("bench.sendConcurrency");
                if (sendConcurrency != null) env.put("BOT_SEND_CONCURRENCY", sendConcurrency);
                apps.add(App.start(Settings.from(env::get), Clock.system(ZoneId.of("Asia/Shanghai"))));
            }
            List<String> urls = apps.stream().map(a -> "http://127.0.0.1:" + a.port() + "/dingtalk/callback").toList();
            Bot bot = new Bot(urls, stub, client, conversations);
            if (Boolean.getBoolean("bench.countSql")) {
                for (App a : apps) a.database().jdbi().setSqlLogger(SqlCount.LOGGER);
            }
            if (targets.contains("bot")) {
                bot.openLoop(100, warmup, false); // warm-up, not reported
                System.out.print(bot.overLimit());
                bot.okTimes();
                for (int rate : rates) {
                    String load = loadavg();
                    Map<String, Long> cpu = IngestBenchmark.ThreadCpu.snapshot();
                    SqlCount.reset();
                    Result r = bot.openLoop(rate, seconds, true);
                    System.out.println("  bot  " + r.row());
                    System.out.print(bot.overLimit());
                    System.out.println("       callback → 200: " + bot.okTimes());
                    SqlCount.print(rate * seconds);
                    System.out.println("       cpu s by thread group: " + IngestBenchmark.ThreadCpu.since(cpu));
                    table.add(r.markdown(db, instances, "bot (reply)", load));
                }
                // bench.maxRuns > 1: the maximum again, the JIT compilers done with more of the code (on a busy
                // machine C2 still compiles minutes into a run, at 2-4 ms of CPU per report in the first one)
                for (int run = 0; run < Integer.getInteger("bench.maxRuns", 1); run++) {
                    String load = loadavg();
                    Map<String, Long> cpu = IngestBenchmark.ThreadCpu.snapshot();
                    long processCpu = processCpu();
                    SqlCount.reset();
                    ServerCpu server = ServerCpu.read(db);
                    Map<String, long[]> io = ThreadIo.read();
                    Result r = bot.saturate(window, seconds);
                    ServerCpu serverAfter = ServerCpu.read(db);
                    long spent = processCpu() - processCpu;
                    int replies = bot.all.get();
                    r = r.withCpu(spent / 1e6 / Math.max(1, replies));
                    System.out.println("  bot  " + r.row());
                    System.out.print(bot.overLimit());
                    System.out.println("       callback → 200: " + bot.okTimes());
                    System.out.println("       cpu s by thread group: " + IngestBenchmark.ThreadCpu.since(cpu));
                    System.out.println("       cpu ms per report by thread group: "
                            + IngestBenchmark.ThreadCpu.perReport(cpu, spent, Math.max(1, replies)));
                    SqlCount.print(Math.max(1, replies));
                    System.out.println("       I/O per report by thread group: " + ThreadIo.since(io, Math.max(1, replies)));
                    if (server != null && serverAfter != null) {
                        long[] d = serverAfter.since(server);
                        System.out.printf(Locale.ROOT, "       PostgreSQL CPU (/proc, processes alive at both ends): "
                                        + "all postgres processes %.1f s = %.2f ms per report; this database's backends "
                                        + "%.1f s = %.2f ms per report%n", d[0] / 1e9, d[0] / 1e6 / Math.max(1, replies),
                                d[1] / 1e9, d[1] / 1e6 / Math.max(1, replies));
                    }
                    System.out.printf(Locale.ROOT, "       process CPU %.1f s for %d reports (the run and its tail; generator "
                            + "and fake platform included): %.2f ms each%n", spent / 1e9, replies, r.cpuPerReport);
                    table.add(r.markdown(db, instances, "bot (reply)", load));
                }
            }
            if (targets.contains("idle")) bot.idle(idleQueue, idleSeconds, db, instances, table);
        } finally {
            for (App a : apps) a.close();
        }
    }

    /**
     * Jdbi statements per report by thread group and SQL ({@code -Dbench.countSql=true}); JDBC calls made outside
     * Jdbi (savepoints, BEGIN/COMMIT through setAutoCommit/commit) are not counted.
     */
    static final class SqlCount {
        static final Map<String, java.util.concurrent.atomic.LongAdder> COUNTS = new ConcurrentHashMap<>();
        /** Statement time (execution to completion, the server's round trip included) by the same key, in µs. */
        static final Map<String, java.util.concurrent.atomic.LongAdder> MICROS = new ConcurrentHashMap<>();
        static final org.jdbi.v3.core.statement.SqlLogger LOGGER = new org.jdbi.v3.core.statement.SqlLogger() {
            @Override
            public void logBeforeExecution(org.jdbi.v3.core.statement.StatementContext ctx) {
                COUNTS.computeIfAbsent(key(ctx), k -> new java.util.concurrent.atomic.LongAdder()).increment();
            }

            @Override
            public void logAfterExecution(org.jdbi.v3.core.statement.StatementContext ctx) {
                if (ctx.getExecutionMoment() == null || ctx.getCompletionMoment() == null) return;
                MICROS.computeIfAbsent(key(ctx), k -> new java.util.concurrent.atomic.LongAdder())
                        .add(java.time.Duration.between(ctx.getExecutionMoment(), ctx.getCompletionMoment()).toNanos() / 1000);
            }
        };

        static String key(org.jdbi.v3.core.statement.StatementContext ctx) {
            String t = Thread.currentThread().getName();
            String group = t.startsWith("inbound-worker") ? "worker" : t.startsWith("outbox-sender") ? "sender"
                    : t.contains("JettyServerThreadPool") || t.startsWith("qtp") || t.startsWith("http-") ? "jetty" : "other";
            String sql = ctx.getRenderedSql().replaceAll("\\s+", " ").trim();
            return group + " | " + (sql.length() > 150 ? sql.substring(0, 150) : sql);
        }

        static void reset() {
            COUNTS.clear();
            MICROS.clear();
        }

        static long micros(String key) {
            java.util.concurrent.atomic.LongAdder a = MICROS.get(key);
            return a == null ? 0 : a.sum();
        }

        static void print(int reports) {
            if (!Boolean.getBoolean("bench.countSql")) return;
            Map<String, Double> byGroup = new java.util.TreeMap<>();
            COUNTS.forEach((k, v) -> byGroup.merge(k.substring(0, k.indexOf(" |")), v.sum() / (double) reports, Double::sum));
            System.out.println("       Jdbi statements per report: " + byGroup);
            System.out.println("         per report: statements, ms (execution to completion, summed over the threads)");
            COUNTS.entrySet().stream().sorted((a, b) -> Long.compare(micros(b.getKey()), micros(a.getKey())))
                    .forEach(e -> System.out.printf(Locale.ROOT, "         %6.2f  %7.3f ms  %s%n",
                            e.getValue().sum() / (double) reports, micros(e.getKey()) / 1000.0 / reports, e.getKey()));
        }
    }

    static String conversation(int c) {
        return "cid-bench-" + c;
    }

    static String loadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /**
     * CPU time (ns) of the local PostgreSQL server's processes by pid, from /proc, and which of them are backends
     * connected to the benchmark's database. {@link #since} counts a process only if it is alive at both reads
     * (autovacuum workers that come and go between them are missed).
     */
    record ServerCpu(Map<Long, Long> byPid, java.util.Set<Long> mine) {
        static ServerCpu read(String db) {
            if (!db.equals("postgres")) return null;
            try {
                java.util.Set<Long> mine = new java.util.HashSet<>();
                try (Connection c = DriverManager.getConnection(PG_SERVER); Statement s = c.createStatement();
                     java.sql.ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity"
                             + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                    while (rs.next()) mine.add(rs.getLong(1));
                }
                long tick = 10_000_000L; // USER_HZ 100
                Map<Long, Long> byPid = new java.util.HashMap<>();
                try (var dirs = Files.list(Path.of("/proc"))) {
                    for (Path d : (Iterable<Path>) dirs::iterator) {
                        String name = d.getFileName().toString();
                        if (!name.chars().allMatch(Character::isDigit)) continue;
                        try {
                            String stat = Files.readString(d.resolve("stat"));
                            int close = stat.lastIndexOf(')');
                            if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) continue;
                            String[] f = stat.substring(close + 2).split(" ");
                            byPid.put(Long.parseLong(name), (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick);
                        } catch (IOException | RuntimeException gone) {
                            // exited meanwhile
                        }
                    }
                }
                return new ServerCpu(byPid, mine);
            } catch (IOException | SQLException | RuntimeException e) {
                return null;
            }
        }

        /** [all postgres processes, this database's backends] since {@code before}, ns. */
        long[] since(ServerCpu before) {
            long all = 0;
            long ours = 0;
            for (Map.Entry<Long, Long> e : byPid.entrySet()) {
                Long was = before.byPid.get(e.getKey());
                if (was == null) continue;
                all += e.getValue() - was;
                if (mine.contains(e.getKey())) ours += e.getValue() - was;
            }
            return new long[] {all, ours};
        }
    }

    /**
     * The bot's threads' I/O from /proc/self/task/&lt;tid&gt;/io (Linux): system calls that read and write (files and
     * sockets) and the bytes they moved, by thread group. The worker's are all SQLite's (its pages read after another
     * connection wrote, the WAL frames of its commits, the checkpoints it runs); the sender's and Jetty's also hold
     * their HTTP traffic, the same for any build. Counts, not times, but they depend on the throughput (the worker's
     * groups are larger when it falls behind, and a group's pages are written once): compare runs of about the same
     * reports/s. Since the eleventh session also the sender's "sent" writes ({@code outbox-sent}) and SQLite's WAL
     * checkpoints ({@code db-checkpoint}), each on a thread of its own (a build without them shows zeros there).
     */
    static final class ThreadIo {
        static final String[] FIELDS = {"syscr", "syscw", "rchar", "wchar"};

        static final String[] GROUPS = {"inbound-worker", "outbox-sender", "jetty", "outbox-sent", "db-checkpoint"};

        /** By tid: {group (an index into {@link #GROUPS}), syscr, syscw, rchar, wchar}. */
        static Map<String, long[]> read() {
            Map<String, long[]> out = new java.util.HashMap<>();
            try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path t : (Iterable<Path>) tasks::iterator) {
                    try {
                        String comm = Files.readString(t.resolve("comm")).trim();
                        int g = comm.startsWith("inbound-worker") ? 0 : comm.startsWith("outbox-sender") ? 1
                                : comm.startsWith("http-") || comm.startsWith("qtp") ? 2
                                : comm.startsWith("outbox-sent") ? 3 : comm.startsWith("db-checkpoint") ? 4 : -1;
                        if (g < 0) continue;
                        long[] v = new long[5];
                        v[0] = g;
                        for (String line : Files.readAllLines(t.resolve("io"))) {
                            String[] kv = line.split(":\\s*");
                            for (int i = 0; i < FIELDS.length; i++) {
                                if (kv[0].equals(FIELDS[i])) v[i + 1] = Long.parseLong(kv[1].trim());
                            }
                        }
                        out.put(t.getFileName().toString(), v);
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended
                    }
                }
            } catch (IOException | RuntimeException notLinux) {
                // no /proc
            }
            return out;
        }

        /** Per report since {@code before}: read and write calls, KB read and written, by group (threads that ended are missed). */
        static String since(Map<String, long[]> before, int reports) {
            long[][] sum = new long[GROUPS.length][4];
            read().forEach((tid, v) -> {
                long[] was = before.getOrDefault(tid, new long[5]);
                for (int i = 0; i < 4; i++) sum[(int) v[0]][i] += v[i + 1] - was[i + 1];
            });
            StringBuilder sb = new StringBuilder();
            for (int g = 0; g < GROUPS.length; g++) {
                sb.append(String.format(Locale.ROOT, "%s%s %.1f reads %.1f writes %.1f KB read %.1f KB written",
                        g == 0 ? "" : "; ", GROUPS[g], sum[g][0] / (double) reports, sum[g][1] / (double) reports,
                        sum[g][2] / 1024.0 / reports, sum[g][3] / 1024.0 / reports));
            }
            return sb.toString();
        }
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String schemaUrl(List<String> schemas) throws SQLException {
        String schema = "fullpath_" + Long.toString(System.currentTimeMillis(), 36) + "_" + schemas.size();
        try (Connection c = DriverManager.getConnection(PG_SERVER); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        schemas.add(schema);
        return PG_SERVER + (PG_SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(PG_SERVER); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.out.println("(schema " + schema + " left behind: " + e.getMessage() + ")");
        }
    }

    // ---------------------------------------------------------------- figures

    record Result(String label, long sent, long answered, double achieved, double p50, double p99, double max,
                  double cpuPerReport) {
        Result withCpu(double ms) {
            return new Result(label, sent, answered, achieved, p50, p99, max, ms);
        }

        String row() {
            return String.format(Locale.ROOT, "%-24s sent %6d answered %6d achieved %7.1f/s p50 %8.2f p99 %8.2f max %8.1f ms",
                    label, sent, answered, achieved, p50, p99, max);
        }

        String markdown(String db, int instances, String target, String load) {
            return String.format(Locale.ROOT, "| %s | %d | %s | %s | %d | %d | %.0f | %.2f | %.2f | %.1f | %s | %s |",
                    db, instances, target, label, sent, answered, achieved, p50, p99, max,
                    Double.isNaN(cpuPerReport) ? "–" : String.format(Locale.ROOT, "%.2f", cpuPerReport), load);
        }

        static Result of(String label, long sent, long[] latencies, double seconds) {
            long[] ok = Arrays.stream(latencies).filter(v -> v >= 0).sorted().toArray();
            return new Result(label, sent, ok.length, ok.length / seconds, pct(ok, 0.50), pct(ok, 0.99),
                    ok.length == 0 ? Double.NaN : ok[ok.length - 1] / 1e6, Double.NaN);
        }

        static double pct(long[] sorted, double p) {
            if (sorted.length == 0) return Double.NaN;
            int i = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
        }
    }

    // ---------------------------------------------------------------- the generator

    /**
     * OkHttp, async, HTTP/1.1; sends signed DingTalk callbacks over at most {@code bench.connections} (64) kept-alive
     * connections per host (the two bots of a two-instance run share them), as a platform's callback sender keeps a pool of them: a callback finding them all busy
     * waits for one (its wait counts in the latency, which runs from the callback's intended send time). Until 30 Nov
     * 2026 every callback finding no idle connection opened a new one (up to 4,096 at once) and the pool closed those
     * beyond 256 idle: a fifth of the generator's CPU went to connecting, on the same 2 cores as the bot, and the
     * bot's web server accepted and tore down each of those connections.
     */
    static final class Client implements AutoCloseable {
        final OkHttpClient http = BenchHttp.client(4096, Integer.getInteger("bench.connections", 64));
        final BenchHttp.Callbacks callbacks = new BenchHttp.Callbacks();

        /** Report number {@code n} into {@code conversationId}; its sessionWebhook says {@code session=n}. */
        Request callback(okhttp3.HttpUrl url, String stubBase, String conversationId, long n) {
            return callbacks.request(url, conversationId, "fp" + RUN + "-" + n, n, n / 7,
                    stubBase + "/robot/sendBySession?session=" + n);
        }

        Request plain(String url, long n) {
            return new Request.Builder().url(url)
                    .post(RequestBody.create("{\"n\":" + n + ",\"text\":" + callbacks.text(n) + "}", BenchHttp.JSON_TYPE))
                    .build();
        }

        /** Open loop to a 200 (the bare ceiling). */
        Result openLoop200(String url, int rate, int seconds) throws InterruptedException {
            int total = rate * seconds;
            long[] latency = new long[total];
            Arrays.fill(latency, -1);
            CountDownLatch done = new CountDownLatch(total);
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime() + 10_000_000L;
            for (int i = 0; i < total; i++) {
                long intended = start + i * interval;
                long wait;
                while ((wait = intended - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
                int index = i;
                http.newCall(plain(url, i)).enqueue(new Callback() {
                    @Override
                    public void onResponse(Call call, Response response) {
                        try (response) {
                            response.body().bytes();
                            if (response.code() == 200) latency[index] = System.nanoTime() - intended;
                        } catch (IOException ignored) {
                            // counted as unanswered
                        } finally {
                            done.countDown();
                        }
                    }

                    @Override
                    public void onFailure(Call call, IOException e) {
                        done.countDown();
                    }
                });
            }
            done.await(60, TimeUnit.SECONDS);
            return Result.of("open " + rate + "/s → 200", total, latency, seconds);
        }

        /** N clients each sending the next request when the last is answered (the bare maximum). */
        Result closedLoop200(String url, int clients, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            List<long[]> all = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = new ArrayList<>();
            AtomicLong seq = new AtomicLong();
            for (int c = 0; c < clients; c++) {
                Thread th = new Thread(() -> {
                    long[] mine = new long[1 << 18];
                    int n = 0;
                    while (System.nanoTime() < deadline && n < mine.length) {
                        long t0 = System.nanoTime();
                        try (Response r = http.newCall(plain(url, seq.incrementAndGet())).execute()) {
                            r.body().bytes();
                            if (r.code() == 200) mine[n++] = System.nanoTime() - t0;
                        } catch (IOException ignored) {
                            // unanswered
                        }
                    }
                    all.add(Arrays.copyOf(mine, n));
                }, "bench-client-" + c);
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) th.join();
            long[] ok = all.stream().flatMapToLong(Arrays::stream).toArray();
            return Result.of("closed " + clients + " clients → 200", ok.length, ok, seconds);
        }

        @Override
        public void close() {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    /** Drives the bot(s): callbacks round the conversations, replies matched at the stub. */
    static final class Bot {
        final List<okhttp3.HttpUrl> urls;
        final BenchHttp.FakeDingTalk stub;
        final Client client;
        final int conversations;
        /** Report numbers, unique over the whole run (the fake platform remembers the ones it has seen). */
        static final AtomicLong next = new AtomicLong();
        /** Replies of the last saturation run, those after its end included (for the CPU per report). */
        final AtomicInteger all = new AtomicInteger();

        /** The bot's limit per conversation: at most this many replies in any minute ({@code App.MESSAGES_PER_MINUTE}). */
        static final int PER_MINUTE = 20;
        /** Per conversation, when its last {@link #PER_MINUTE} reports were sent (nanoTime, a ring; 0: not yet). */
        final long[][] recentSends;
        /** Per conversation, how many reports were sent to it (the ring's next slot). */
        final int[] sendsTo;
        /** Reports sent to a conversation that had had {@link #PER_MINUTE} in the minute before, since {@link #overLimit}. */
        int overLimit;

        Bot(List<String> urls, BenchHttp.FakeDingTalk stub, Client client, int conversations) {
            this.urls = urls.stream().map(okhttp3.HttpUrl::get).toList(); // parsed once, not for every callback
            this.stub = stub;
            this.client = client;
            this.conversations = conversations;
            this.recentSends = new long[conversations][PER_MINUTE];
            this.sendsTo = new int[conversations];
        }

        /**
         * The conversation report {@code n} goes to (round the conversations), counting it when that conversation had
         * already been sent {@link #PER_MINUTE} reports in the minute before: its reply then waits for the bot's limit
         * (up to a minute), which is the limit at work, not the bot's speed. The generating thread only.
         */
        String roundTheConversations(long n) {
            int c = (int) (n % conversations);
            long now = System.nanoTime();
            int slot = sendsTo[c]++ % PER_MINUTE;
            long twentiethBefore = recentSends[c][slot];
            if (twentiethBefore != 0 && now - twentiethBefore < 60_000_000_000L) overLimit++;
            recentSends[c][slot] = now;
            return conversation(c);
        }

        /** A line saying how many reports since the last call went over the 20-a-minute limit; empty when none. */
        String overLimit() {
            int n = overLimit;
            overLimit = 0;
            return n == 0 ? "" : String.format(Locale.ROOT, "       %d report(s) sent to a conversation that had had %d in "
                    + "the minute before: the bot's %d-a-minute limit held their replies (up to a minute); more "
                    + "bench.conversations to measure the bot instead%n", n, PER_MINUTE, PER_MINUTE);
        }

        /** How long each callback waited for its HTTP 200 (ns), since the last {@link #okTimes}. */
        final java.util.concurrent.ConcurrentLinkedQueue<Long> okWaits = new java.util.concurrent.ConcurrentLinkedQueue<>();

        private long connectsBefore = BenchHttp.CONNECTS.get();

        /**
         * p50 / p99 / max of the callbacks' waits for their 200 since the last call, in ms, and how many connections
         * the generator opened meanwhile.
         */
        String okTimes() {
            long[] w = okWaits.stream().mapToLong(Long::longValue).sorted().toArray();
            okWaits.clear();
            long connects = BenchHttp.CONNECTS.get();
            String opened = ", " + (connects - connectsBefore) + " connection(s) opened";
            connectsBefore = connects;
            if (w.length == 0) return "none" + opened;
            return String.format(Locale.ROOT, "%d callbacks: p50 %.1f, p99 %.1f, max %.1f ms", w.length,
                    w[(int) (w.length * 0.50)] / 1e6, w[Math.min(w.length - 1, (int) (w.length * 0.99))] / 1e6,
                    w[w.length - 1] / 1e6) + opened;
        }

        private void send(long n, String conversationId, Runnable failed) {
            okhttp3.HttpUrl url = urls.get((int) (n % urls.size()));
            long sentAt = System.nanoTime();
            client.http.newCall(client.callback(url, stub.base(), conversationId, n)).enqueue(new Callback() {
                @Override
                public void onResponse(Call call, Response response) {
                    try (response) {
                        response.body().bytes();
                        okWaits.add(System.nanoTime() - sentAt);
                        if (response.code() != 200) failed.run();
                    } catch (IOException e) {
                        failed.run();
                    }
                }

                @Override
                public void onFailure(Call call, IOException e) {
                    failed.run();
                }
            });
        }

        /** Open loop at {@code rate}: latency from the intended send time to the first reply. */
        Result openLoop(int rate, int seconds, boolean report) throws InterruptedException {
            int total = rate * seconds;
            long first = next.get() + 1;
            next.addAndGet(total);
            long[] intended = new long[total];
            long[] latency = new long[total];
            Arrays.fill(latency, -1);
            CountDownLatch done = new CountDownLatch(total);
            AtomicInteger failed = new AtomicInteger();
            stub.listener = (n, t) -> {
                long i = n - first;
                if (i >= 0 && i < total) {
                    latency[(int) i] = t - intended[(int) i];
                    done.countDown();
                }
            };
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime() + 10_000_000L;
            for (int i = 0; i < total; i++) {
                intended[i] = start + i * interval;
                long wait;
                while ((wait = intended[i] - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
                long n = first + i;
                send(n, roundTheConversations(n), () -> {
                    failed.incrementAndGet();
                    done.countDown();
                });
            }
            boolean all = done.await(120, TimeUnit.SECONDS);
            long end = System.nanoTime();
            stub.listener = (n, t) -> { };
            if (!all) System.out.println("       (not every report answered within 120 s)");
            if (failed.get() > 0) System.out.println("       " + failed.get() + " callback(s) not answered 200");
            Result r = Result.of("open " + rate + "/s → reply", total, latency, seconds);
            if (!report) System.out.printf(Locale.ROOT, "  warm-up: %d of %d answered, last after %.1f s%n",
                    r.answered, total, (end - start) / 1e9);
            return r;
        }

        /** {@code window} reports outstanding at any time for {@code seconds}: the full path's maximum. */
        Result saturate(int window, int seconds) throws InterruptedException {
            settle();
            Semaphore permits = new Semaphore(window);
            Map<Long, Long> sentAt = new ConcurrentHashMap<>();
            long[] latency = new long[4_000_000];
            Arrays.fill(latency, -1);
            AtomicInteger answered = new AtomicInteger();
            AtomicLong lastReply = new AtomicLong();
            all.set(0);
            long start = System.nanoTime();
            long deadline = start + seconds * 1_000_000_000L;
            stub.listener = (n, t) -> {
                Long s = sentAt.remove(n);
                if (s == null) return;
                permits.release();
                all.incrementAndGet();
                lastReply.accumulateAndGet(t, Math::max);
                latency[answered.getAndIncrement()] = t - s;
            };
            long sent = 0;
            while (System.nanoTime() < deadline) {
                if (!permits.tryAcquire(10, TimeUnit.MILLISECONDS)) continue;
                long n = next.incrementAndGet();
                sentAt.put(n, System.nanoTime());
                sent++;
                send(n, roundTheConversations(n), () -> {
                    if (sentAt.remove(n) != null) permits.release();
                });
            }
            // the outstanding ones arrive too: the sustained rate is every reply over the time until the last one (a
            // run of a few seconds would otherwise say little when the replies take seconds)
            long waitUntil = System.nanoTime() + 120_000_000_000L;
            while (!sentAt.isEmpty() && System.nanoTime() < waitUntil) Thread.sleep(50);
            stub.listener = (n, t) -> { };
            int count = answered.get();
            double elapsed = Math.max(seconds, (lastReply.get() - start) / 1e9);
            Result r = Result.of("max, " + window + " outstanding", sent, Arrays.copyOf(latency, count), elapsed);
            if (!sentAt.isEmpty()) System.out.println("       (" + sentAt.size() + " report(s) never answered)");
            return r;
        }

        /** Waits (3 minutes at most) until no reply has arrived for 3 s: the backlog of a level the bot could not keep up with. */
        void settle() throws InterruptedException {
            long t0 = System.nanoTime();
            long last = -1;
            long quietSince = System.nanoTime();
            while (System.nanoTime() - t0 < 180_000_000_000L) {
                long now = stub.sessionReplies.get();
                if (now != last) {
                    last = now;
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince > 3_000_000_000L) {
                    break;
                }
                Thread.sleep(100);
            }
            System.out.printf(Locale.ROOT, "       (settled after %.1f s)%n", (System.nanoTime() - t0) / 1e9);
        }

        /** A queue waiting behind one conversation's 20-a-minute limit: what the idle bot spends meanwhile. */
        void idle(int queue, int seconds, String db, int instances, List<String> table) throws InterruptedException {
            settle();
            AtomicInteger replies = new AtomicInteger();
            long first = next.get() + 1;
            next.addAndGet(queue);
            stub.listener = (n, t) -> {
                if (n >= first && n < first + queue) replies.incrementAndGet();
            };
            for (int i = 0; i < queue; i++) {
                send(first + i, "cid-bench-idle", () -> { });
                Thread.sleep(5);
            }
            long t0 = System.nanoTime();
            while (replies.get() < Math.min(queue, 20) && System.nanoTime() - t0 < 60_000_000_000L) Thread.sleep(50);
            Thread.sleep(2000); // the inbound worker finishes the queue
            int before = replies.get();
            String load = loadavg();
            Map<String, Long> cpu = IngestBenchmark.ThreadCpu.snapshot();
            long processCpu = processCpu();
            Thread.sleep(seconds * 1000L);
            long spent = processCpu() - processCpu;
            String groups = IngestBenchmark.ThreadCpu.since(cpu);
            long sender = senderCpu(cpu);
            int after = replies.get();
            stub.listener = (n, t) -> { };
            System.out.printf(Locale.ROOT, "  idle: %d reports into one conversation, %d answered before and %d during "
                            + "the %d s; outbox-sender CPU %.1f ms, process CPU %.1f ms (%s)%n", queue, before,
                    after - before, seconds, sender / 1e6, spent / 1e6, groups);
            table.add(String.format(Locale.ROOT, "| %s | %d | idle outbox | %d replies waiting behind 20/min, %d s | – | – "
                            + "| – | – | – | – | outbox-sender %.1f ms CPU, whole process %.1f ms CPU | %s |", db, instances,
                    queue - before, seconds, sender / 1e6, spent / 1e6, load));
        }

        private static long senderCpu(Map<String, Long> before) {
            long sum = 0;
            java.lang.management.ThreadMXBean mx = IngestBenchmark.ThreadCpu.MX;
            for (long id : mx.getAllThreadIds()) {
                java.lang.management.ThreadInfo info = mx.getThreadInfo(id);
                if (info == null || !info.getThreadName().startsWith("outbox-sender")) continue;
                sum += mx.getThreadCpuTime(id) - before.getOrDefault(Long.toString(id), 0L);
            }
            return sum;
        }
    }
}
