package zhaoshang.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import zhaoshang.report.ParseOutcome;
import zhaoshang.report.ReportParser;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Parser throughput on one thread: parses the messages of a corpus round-robin for a warm-up, then for about 10
 * seconds, and prints messages per second. The warm-up lasts at least {@value #WARM_PASSES} passes over the corpus and
 * at least {@value #WARM_SECONDS} seconds, whichever ends later: the figure is the steady state a bot running for weeks
 * sees. (A warm-up of a fixed 3 s was about one pass over the prose corpus, so the JIT was still compiling the prose
 * readers while they were timed and the figure measured compilation: half the steady-state rate.) The first message's
 * cold start and the warm-up's own rate are printed before the steady-state figures. Not a JUnit test. Run:
 * <pre>
 * mvn -q test-compile &amp;&amp; java -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath \
 *     -Dmdep.outputFile=/dev/stdout) zhaoshang.bench.ParserBenchmark [seconds] [minChars] [corpus]
 * </pre>
 * corpus is report-corpus (template messages, the default) or report-corpus-prose (prose, voice, news, lists).
 * With minChars only corpus messages at least that long are used (e.g. 80 for full multi-line reports). The cold
 * start (first parse of a prose message in a fresh JVM, HanLP's dictionaries loaded on the way) is printed first.
 * Besides messages per wall-clock second it prints messages per CPU-second of the parsing thread, the figure that
 * stays meaningful on a busy shared host.
 */
public final class ParserBenchmark {

    /** Warm-up: at least this many passes over the corpus ... */
    static final int WARM_PASSES = 5;
    /** ... and at least this many seconds. */
    static final int WARM_SECONDS = 5;

    private ParserBenchmark() { }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int minChars = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String corpus = args.length > 2 ? args[2] : "report-corpus";
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        ReportParser parser = new ReportParser(
                Clock.fixed(OffsetDateTime.parse("2026-11-22T10:00+08:00").toInstant(), zone), zone);
        long cold = System.nanoTime();
        int coldItems = parser.parse("今天上午去了欣旺达 见了方总 意向一般").items().size();
        System.out.printf("cold start: first prose message parsed in %.0f ms (HanLP loaded on the way), %d item%n",
                (System.nanoTime() - cold) / 1e6, coldItems);
        List<String> messages = corpusMessages(corpus).stream().filter(m -> m.length() >= minChars).toList();
        long sink = 0;
        long warmStart = System.nanoTime();
        long warmEnd = warmStart + WARM_SECONDS * 1_000_000_000L;
        int i = 0;
        while (i < WARM_PASSES * messages.size() || System.nanoTime() < warmEnd) {
            sink += parser.parse(messages.get(i++ % messages.size())).items().size();
        }
        double warmed = (System.nanoTime() - warmStart) / 1e9;
        System.out.printf("warm-up: %,d messages (%.1f passes over the corpus, at least %d passes and %d s) in %.1f s: %,.0f messages/s%n",
                i, (double) i / messages.size(), WARM_PASSES, WARM_SECONDS, warmed, i / warmed);
        long count = 0;
        long chars = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            for (int k = 0; k < 1000; k++) {
                String m = messages.get(i++ % messages.size());
                ParseOutcome o = parser.parse(m);
                sink += o.items().size();
                chars += m.length();
            }
            count += 1000;
            now = System.nanoTime();
        } while (now < end);
        double elapsed = (now - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("corpus %s messages: %d (mean %d chars)%n", corpus, messages.size(), chars / count);
        System.out.printf("parsed %,d messages in %.2f s on one thread: %,.0f messages/s (checksum %d)%n",
                count, elapsed, count / elapsed, sink);
        // on a shared host the wall clock counts time the thread waited for a core; CPU time does not
        System.out.printf("thread CPU time %.2f s: %,.0f messages per CPU-second%n", cpu, count / cpu);
    }

    static List<String> corpusMessages(String corpus) throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Path dir = Paths.get(ParserBenchmark.class.getResource("/" + corpus).toURI());
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    List<Map<String, Object>> entries = yaml.readValue(in, new TypeReference<>() { });
                    for (Map<String, Object> e : entries) {
                        Object text = e.get("text");
                        if (text instanceof String s && e.get("repeat") == null) out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
