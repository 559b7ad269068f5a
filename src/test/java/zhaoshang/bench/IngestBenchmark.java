package zhaoshang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import zhaoshang.App;
import zhaoshang.config.Settings;

/**
 * Ingest benchmark (issue 7 item 1): signed DingTalk callbacks → 200, against the real bot and against a bare
 * Javalin endpoint that does exactly one SQLite insert per request (the stack's ceiling). A plain {@code main},
 * not a unit test; see BENCHMARKS.md for the command and the figures.
 *
 * <p>Everything runs in this one JVM on 127.0.0.1: a JDK HttpServer stands in for DingTalk (it answers the
 * sessionWebhook and every other platform call with {@code {"errcode":0}}), the bot is started with
 * {@link App#start} on a temp SQLite file and a temp copy of bot-config with a dingtalk conversation, and the bare
 * endpoint is a second Javalin server on its own temp SQLite file. Both targets are measured by the same
 * generator under the same conditions (same JVM, same cores), bare first so the bot's background work (inbound
 * worker, outbox sender) cannot slow the ceiling down.
 *
 * <p>Open loop: requests are issued at fixed intended times (rate r: one every 1/r s) with OkHttp's async API,
 * whatever the server does; latency is measured from the <em>intended</em> send time to the response, so a
 * stalled server shows up in the percentiles instead of silently slowing the generator (no coordinated
 * omission). Then a closed-loop run: N clients each send the next request as soon as the previous one is
 * answered, for the maximum sustained throughput.
 *
 * <p>Knobs (system properties): {@code bench.rates} (default 100,500,1000), {@code bench.seconds} per level
 * (15), {@code bench.warmup} seconds (8), {@code bench.clients} for the closed loop (16), {@code bench.targets} (bare,bot),
 * {@code bench.maxInFlight} (2000: beyond it a request counts as an error instead of piling up),
 * {@code bench.drainSeconds} (60: at most how long to wait for the bot's inbound worker between levels).
 * Bounded: about (warm-up + levels × seconds + closed loop) × 2 targets, ~2.5 minutes with the defaults.
 */
public final class IngestBenchmark {

    static final String CONVERSATION = "cid-bench-team1";

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] rates = Arrays.stream(System.getProperty("bench.rates", "100,500,1000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.getInteger("bench.seconds", 15);
        int warmup = Integer.getInteger("bench.warmup", 8);
        int clients = Integer.getInteger("bench.clients", 16);
        int maxInFlight = Integer.getInteger("bench.maxInFlight", 2000);
        int drainSeconds = Integer.getInteger("bench.drainSeconds", 60);

        Path dir = Files.createTempDirectory("ingest-bench-");
        BenchHttp.FakeDingTalk stub = new BenchHttp.FakeDingTalk(0);
        String stubBase = stub.base();
        App app = null;
        BenchHttp.Bare bare = null;
        Generator gen = new Generator(maxInFlight, stubBase);
        try {
            Path config = dir.resolve("bot-config");
            zhaoshang.support.TestBot.copyConfig(config);
            Path conv = config.resolve("conversations.yaml");
            Files.writeString(conv, Files.readString(conv)
                    + "  - {id: " + CONVERSATION + ", platform: dingtalk, name: 第一工作组钉钉群, team: team1}\n");
            Map<String, String> env = BenchHttp.botEnv("jdbc:sqlite:" + dir.resolve("bot.db"), config, stubBase);
            app = App.start(Settings.from(env::get), Clock.system(java.time.ZoneId.of("Asia/Shanghai")));
            bare = BenchHttp.Bare.sqlite(dir.resolve("bare.db"));

            Target bareTarget = new Target("bare", "http://127.0.0.1:" + bare.port() + "/bare", null);
            App botApp = app;
            Target botTarget = new Target("bot", "http://127.0.0.1:" + app.port() + "/dingtalk/callback", () -> {
                long t0 = System.nanoTime();
                while (true) {
                    try {
                        botApp.drainInbound(); // waits up to 30 s for the inbound worker's queue
                        break;
                    } catch (RuntimeException e) {
                        if (System.nanoTime() - t0 > drainSeconds * 1_000_000_000L) {
                            System.out.println("  (inbound worker still busy after " + drainSeconds + " s)");
                            break;
                        }
                    }
                }
                return (System.nanoTime() - t0) / 1_000_000;
            });

            printMachine();
            System.out.printf(Locale.ROOT, "levels %s msg/s, %d s each after a %d s warm-up; closed loop %d clients %d s%n",
                    Arrays.toString(rates), seconds, warmup, clients, seconds);
            Map<String, List<Result>> all = new HashMap<>();
            List<String> only = Arrays.asList(System.getProperty("bench.targets", "bare,bot").split(","));
            for (Target t : List.of(bareTarget, botTarget)) {
                if (!only.contains(t.name)) continue;
                List<Result> results = new ArrayList<>();
                System.out.println("== " + t.name + " (" + t.url + ")");
                gen.openLoop(t, 200, warmup); // warm-up, not reported
                t.settle();
                for (int rate : rates) {
                    Map<String, Long> cpu = ThreadCpu.snapshot();
                    Result r = gen.openLoop(t, rate, seconds);
                    long lag = t.settle();
                    r = r.withDrain(lag);
                    System.out.println("  " + r.row());
                    System.out.println("    cpu s by thread group: " + ThreadCpu.since(cpu));
                    results.add(r);
                }
                Map<String, Long> cpu = ThreadCpu.snapshot();
                Result max = gen.closedLoop(t, clients, seconds);
                long lag = t.settle();
                max = max.withDrain(lag);
                System.out.println("  " + max.row());
                System.out.println("    cpu s by thread group: " + ThreadCpu.since(cpu));
                results.add(max);
                all.put(t.name, results);
            }

            System.out.println();
            System.out.println("| target | load | sent | errors | achieved msg/s | p50 ms | p90 ms | p99 ms | max ms | inbound drain after ms |");
            System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (String name : List.of("bot", "bare")) {
                for (Result r : all.getOrDefault(name, List.of())) System.out.println("| " + name + " " + r.markdown());
            }
            if (all.size() == 2) {
                Result botMax = all.get("bot").get(all.get("bot").size() - 1);
                Result bareMax = all.get("bare").get(all.get("bare").size() - 1);
                double ratio = botMax.achieved / bareMax.achieved;
                System.out.println();
                System.out.printf(Locale.ROOT, "throughput ratio bot/bare = %.0f / %.0f = %.2f (goal >= 0.25): %s%n",
                        botMax.achieved, bareMax.achieved, ratio, ratio >= 0.25 ? "MET" : "NOT MET");
                all.get("bot").stream().filter(r -> r.rate == 500).findFirst().ifPresent(r -> System.out.printf(Locale.ROOT,
                        "bot p99 at 500 msg/s = %.2f ms (goal <= 25 ms): %s%n", r.p99, r.p99 <= 25 ? "MET" : "NOT MET"));
            }
            System.out.println("platform stub received " + stub.requests.get() + " request(s) (replies are rate-limited to 20/min per robot)");
        } finally {
            gen.close();
            if (app != null) app.close();
            if (bare != null) bare.close();
            stub.close();
            deleteTree(dir);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- targets

    /** Where requests go; {@code settle} waits for background work after a level (the bot's inbound worker). */
    record Target(String name, String url, java.util.function.LongSupplier drain) {
        long settle() {
            return drain == null ? 0 : drain.getAsLong();
        }
    }

    // ---------------------------------------------------------------- generator

    /** One level's figures. rate = 0 for the closed loop. */
    record Result(String label, int rate, long sent, long errors, double achieved, double p50, double p90,
                  double p99, double max, long drainMillis) {
        Result withDrain(long ms) {
            return new Result(label, rate, sent, errors, achieved, p50, p90, p99, max, ms);
        }

        String row() {
            return String.format(Locale.ROOT, "%-22s sent %6d errors %5d achieved %7.1f/s p50 %7.2f p90 %7.2f p99 %7.2f max %8.2f ms drain %d ms",
                    label, sent, errors, achieved, p50, p90, p99, max, drainMillis);
        }

        String markdown() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %d |",
                    label, sent, errors, achieved, p50, p90, p99, max, drainMillis);
        }
    }

    static final class Generator implements AutoCloseable {
        private final OkHttpClient http;
        private final int maxInFlight;
        private final String stubBase;
        private final String runId = Long.toString(System.currentTimeMillis(), 36);
        private final AtomicLong seq = new AtomicLong();
        private final BenchHttp.Callbacks callbacks = new BenchHttp.Callbacks();

        Generator(int maxInFlight, String stubBase) {
            this.maxInFlight = maxInFlight;
            this.stubBase = stubBase;
            this.http = BenchHttp.client(maxInFlight + 16);
        }

        /** A signed DingTalk callback with a fresh msgId (all into one conversation). */
        Request request(Target t) {
            long n = seq.incrementAndGet();
            return callbacks.request(t.url, CONVERSATION, "msg" + runId + "-" + n, n, n,
                    stubBase + "/robot/sendBySession?session=bench");
        }

        /** Fixed-rate open loop; latency from each request's intended send time. */
        Result openLoop(Target t, int rate, int seconds) throws InterruptedException {
            int total = rate * seconds;
            long[] latency = new long[total];
            Arrays.fill(latency, -1);
            AtomicInteger inFlight = new AtomicInteger();
            AtomicLong errors = new AtomicLong();
            CountDownLatch done = new CountDownLatch(total);
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime() + 10_000_000L;
            for (int i = 0; i < total; i++) {
                long intended = start + i * interval;
                long wait;
                while ((wait = intended - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
                if (inFlight.get() >= maxInFlight) { // the server is not keeping up: count, don't pile up
                    errors.incrementAndGet();
                    done.countDown();
                    continue;
                }
                inFlight.incrementAndGet();
                int index = i;
                http.newCall(request(t)).enqueue(new Callback() {
                    @Override
                    public void onResponse(Call call, Response response) {
                        try (response) {
                            response.body().bytes();
                            if (response.code() == 200) latency[index] = System.nanoTime() - intended;
                            else errors.incrementAndGet();
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } finally {
                            inFlight.decrementAndGet();
                            done.countDown();
                        }
                    }

                    @Override
                    public void onFailure(Call call, IOException e) {
                        errors.incrementAndGet();
                        inFlight.decrementAndGet();
                        done.countDown();
                    }
                });
            }
            done.await(60, TimeUnit.SECONDS);
            long end = System.nanoTime();
            long[] ok = Arrays.stream(latency).filter(v -> v >= 0).toArray();
            return result("open " + rate + " msg/s", rate, total, errors.get(), ok, end - start);
        }

        /** N clients, each sends the next request when the previous one is answered. */
        Result closedLoop(Target t, int clients, int seconds) throws InterruptedException {
            ConcurrentLinkedQueue<long[]> chunks = new ConcurrentLinkedQueue<>();
            AtomicLong errors = new AtomicLong();
            long start = System.nanoTime();
            long deadline = start + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread th = new Thread(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try (Response r = http.newCall(request(t)).execute()) {
                            r.body().bytes();
                            if (r.code() == 200) {
                                if (n == mine.length) {
                                    chunks.add(Arrays.copyOf(mine, n));
                                    n = 0;
                                }
                                mine[n++] = System.nanoTime() - t0;
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                    chunks.add(Arrays.copyOf(mine, n));
                    ThreadCpu.EXITED_CLIENTS.addAndGet(ThreadCpu.MX.getCurrentThreadCpuTime());
                }, "bench-client-" + c);
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) th.join();
            long end = System.nanoTime();
            long[] ok = chunks.stream().flatMapToLong(Arrays::stream).toArray();
            return result("closed " + clients + " clients", 0, ok.length + errors.get(), errors.get(), ok, end - start);
        }

        private static Result result(String label, int rate, long sent, long errors, long[] ok, long elapsedNanos) {
            Arrays.sort(ok);
            return new Result(label, rate, sent, errors, ok.length / (elapsedNanos / 1e9),
                    pct(ok, 0.50), pct(ok, 0.90), pct(ok, 0.99), ok.length == 0 ? Double.NaN : ok[ok.length - 1] / 1e6, 0);
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) return Double.NaN;
            int i = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
        }

        @Override
        public void close() {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * CPU time per thread group during a level (level + drain), to see where the two cores went: Jetty request
     * threads (both servers' pools), the bot's inbound worker and outbox sender, the generator (OkHttp, clients).
     */
    static final class ThreadCpu {
        static final java.lang.management.ThreadMXBean MX = java.lang.management.ManagementFactory.getThreadMXBean();
        /** CPU of closed-loop client threads, added as they end (a dead thread's CPU time can't be read). */
        static final AtomicLong EXITED_CLIENTS = new AtomicLong();

        static Map<String, Long> snapshot() {
            Map<String, Long> out = new HashMap<>();
            out.put("exited", EXITED_CLIENTS.get());
            for (long id : MX.getAllThreadIds()) {
                long cpu = MX.getThreadCpuTime(id);
                if (cpu > 0) out.put(Long.toString(id), cpu);
            }
            out.putAll(jvmThreads());
            return out;
        }

        /**
         * CPU ns of the JVM's own threads, which the ThreadMXBean does not list (GC, JIT compilers, the VM thread), by
         * kernel task: "jvm:&lt;group&gt;:&lt;tid&gt;" (Linux /proc, clock ticks of 10 ms; empty elsewhere).
         */
        static Map<String, Long> jvmThreads() {
            Map<String, Long> out = new HashMap<>();
            try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path t : (Iterable<Path>) tasks::iterator) {
                    try {
                        String comm = Files.readString(t.resolve("comm")).trim();
                        String group = comm.startsWith("GC Thread") || comm.startsWith("G1 ") ? "gc"
                                : comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? "jit"
                                : comm.equals("VM Thread") || comm.equals("VM Periodic Tas") ? "vm" : null;
                        if (group == null) continue;
                        String stat = Files.readString(t.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                        out.put("jvm:" + group + ":" + t.getFileName(), ticks * 10_000_000L);
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended
                    }
                }
            } catch (IOException | RuntimeException notLinux) {
                // no /proc
            }
            return out;
        }

        static String since(Map<String, Long> before) {
            StringBuilder sb = new StringBuilder();
            Map<String, Long> g = groups(before);
            jvmThreads().forEach((k, v) -> g.merge("jvm-" + k.split(":")[1], v - before.getOrDefault(k, 0L), Long::sum));
            g.forEach((k, v) -> {
                if (v >= 10_000_000L) sb.append(String.format(Locale.ROOT, "%s %.1f, ", k, v / 1e9));
            });
            return sb.length() == 0 ? "-" : sb.substring(0, sb.length() - 2);
        }

        /** CPU ns by thread group since {@code before} (threads that ended meanwhile are not counted). */
        static Map<String, Long> groups(Map<String, Long> before) {
            Map<String, Long> groups = new java.util.TreeMap<>();
            groups.put("generator", EXITED_CLIENTS.get() - before.get("exited"));
            for (long id : MX.getAllThreadIds()) {
                java.lang.management.ThreadInfo info = MX.getThreadInfo(id);
                long cpu = MX.getThreadCpuTime(id);
                if (info == null || cpu <= 0) continue;
                long delta = cpu - before.getOrDefault(Long.toString(id), 0L);
                groups.merge(group(info.getThreadName()), delta, Long::sum);
            }
            return groups;
        }

        /**
         * CPU ms per report by thread group since {@code before}, and what the process spent besides its Java threads
         * ({@code processNs}: the process CPU over the same time; the rest is GC and JIT compilation, which run on
         * threads the ThreadMXBean does not list).
         */
        static String perReport(Map<String, Long> before, long processNs, int reports) {
            Map<String, Long> g = groups(before);
            jvmThreads().forEach((k, v) -> g.merge("jvm-" + k.split(":")[1], v - before.getOrDefault(k, 0L), Long::sum));
            long threads = g.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder sb = new StringBuilder();
            g.forEach((k, v) -> {
                if (v >= 1_000_000L) sb.append(String.format(Locale.ROOT, "%s %.3f, ", k, v / 1e6 / reports));
            });
            sb.append(String.format(Locale.ROOT, "rest (process minus threads) %.3f", (processNs - threads) / 1e6 / reports));
            return sb.toString();
        }

        private static String group(String name) {
            if (name.startsWith("inbound-worker")) return "inbound-worker";
            if (name.startsWith("outbox-sender")) return "outbox-sender";
            if (name.startsWith("outbox-sent")) return "outbox-sent"; // the sender's "sent" writes
            if (name.startsWith("db-checkpoint")) return "db-checkpoint"; // SQLite's WAL checkpoints
            if (name.startsWith("bench-client")) return "generator";
            if (name.startsWith("OkHttp") || name.startsWith("main")) return "generator";
            // the bot's Jetty pool is named "http" (web.HttpLimits); the bare ceiling's is Jetty's default
            if (name.contains("Jetty") || name.startsWith("qtp") || name.startsWith("http-")) return "jetty";
            if (name.startsWith("stub-platform") || name.startsWith("HTTP-Dispatcher")) return "fake-platform";
            if (name.startsWith("reminders")) return "reminders";
            if (name.startsWith("C1 ") || name.startsWith("C2 ") || name.startsWith("GC ") || name.startsWith("G1 ")) return "jvm";
            return "other";
        }
    }

    static void printMachine() {
        System.out.printf(Locale.ROOT, "machine: %d cpu(s), java %s (%s), max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
        try { // other work on a shared machine skews the figures: say how busy it was
            System.out.println("load average at start: " + Files.readString(Path.of("/proc/loadavg")).trim());
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp dir; best effort
        }
    }
}
