package zhaoshang.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Parser throughput of two builds side by side in one JVM, for a speed change on a busy shared host: each build's
 * jar is loaded by its own class loader, and the two parse the same corpus in alternating slices of half a second,
 * so that both see the same load. Prints each build's messages per CPU-second of the parsing thread and the ratio.
 * Not a JUnit test. Run:
 * <pre>
 * java -cp target/test-classes:target/zhaoshang-bot.jar zhaoshang.bench.ParserAB old.jar new.jar [seconds] [corpus]
 * </pre>
 * seconds is each build's total measured time (default 20); corpus as for {@link ParserBenchmark}. Each build is first
 * warmed up as ParserBenchmark does: at least {@value ParserBenchmark#WARM_PASSES} passes over the corpus and
 * {@value ParserBenchmark#WARM_SECONDS} seconds.
 */
public final class ParserAB {

    private ParserAB() { }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        String corpus = args.length > 3 ? args[3] : "report-corpus";
        List<String> messages = ParserBenchmark.corpusMessages(corpus);
        Build[] builds = {new Build(args[0]), new Build(args[1])};
        // each build warmed up as ParserBenchmark does (at least 5 passes over the corpus and 5 s): a fixed 3 s was about
        // one pass over the prose corpus on a quiet host, less on a busy one, and the ratio then compared JIT compilation
        for (Build b : builds) {
            long warmEnd = System.nanoTime() + ParserBenchmark.WARM_SECONDS * 1_000_000_000L;
            while (b.next < ParserBenchmark.WARM_PASSES * messages.size() || System.nanoTime() < warmEnd) b.run(messages, 0.5e9);
        }
        for (Build b : builds) { b.count = 0; b.cpu = 0; }
        int slices = (int) Math.ceil(seconds / 0.5);
        for (int s = 0; s < slices; s++) {
            for (Build b : (s % 2 == 0 ? builds : new Build[] {builds[1], builds[0]})) b.run(messages, 0.5e9);
        }
        for (Build b : builds) {
            System.out.printf("%s: %,d messages, %.2f CPU-s: %,.0f messages per CPU-second%n", b.name, b.count, b.cpu / 1e9, b.count / (b.cpu / 1e9));
        }
        System.out.printf("corpus %s: second / first = %.3f%n", corpus,
                ((double) builds[1].count / builds[1].cpu) / ((double) builds[0].count / builds[0].cpu));
    }

    private static final class Build {
        final String name;
        final Object parser;
        final Method parse;
        final Method items;
        long count;
        long cpu;
        int next;
        long sink;

        Build(String jar) throws Exception {
            name = jar;
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> type = Class.forName("zhaoshang.report.ReportParser", true, loader);
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            parser = type.getConstructor(Clock.class, ZoneId.class)
                    .newInstance(Clock.fixed(OffsetDateTime.parse("2026-11-22T10:00+08:00").toInstant(), zone), zone);
            parse = type.getMethod("parse", String.class);
            items = parse.getReturnType().getMethod("items");
        }

        void run(List<String> messages, double nanos) throws Exception {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long end = System.nanoTime() + (long) nanos;
            long n = 0;
            do {
                for (int k = 0; k < 50; k++) {
                    sink += ((List<?>) items.invoke(parse.invoke(parser, messages.get(next++ % messages.size())))).size();
                }
                n += 50;
            } while (System.nanoTime() < end);
            cpu += threads.getCurrentThreadCpuTime() - cpuStart;
            count += n;
        }
    }
}
