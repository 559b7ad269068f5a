package zhaoshang.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import zhaoshang.report.ReportParser;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints the full ParseOutcome of every message of the template and prose corpora (every yaml entry with a text,
 * repeats included), one block per message, so that two builds' outputs can be diffed: a speed change must leave
 * it byte-identical. Not a JUnit test. Run:
 * <pre>
 * java -cp target/test-classes:target/zhaoshang-bot.jar zhaoshang.bench.ParseDump [corpus...] &gt; dump.txt
 * </pre>
 * A corpus is a test resource directory (report-corpus, report-corpus-heldout/h110) or a directory of this machine
 * (e.g. one TripFormSample wrote). The clock is fixed as in ParserBenchmark.
 */
public final class ParseDump {

    private ParseDump() { }

    public static void main(String[] args) throws Exception {
        List<String> corpora = args.length > 0 ? List.of(args) : List.of("report-corpus", "report-corpus-prose");
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        ReportParser parser = new ReportParser(
                Clock.fixed(OffsetDateTime.parse("2026-11-22T10:00+08:00").toInstant(), zone), zone);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String corpus : corpora) {
            // a directory of this machine (a generated set: TripFormSample) or one of the test resources
            Path dir = Files.isDirectory(Path.of(corpus)) ? Path.of(corpus) : Paths.get(ParseDump.class.getResource("/" + corpus).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(f)) {
                        List<Map<String, Object>> entries = yaml.readValue(in, new TypeReference<>() { });
                        int n = 0;
                        for (Map<String, Object> e : entries) {
                            n++;
                            if (!(e.get("text") instanceof String s)) continue;
                            out.println("== " + corpus + "/" + f.getFileName() + " #" + n);
                            out.println(s);
                            out.println("-> " + parser.parse(s));
                        }
                    }
                }
            }
        }
        out.flush();
    }
}
