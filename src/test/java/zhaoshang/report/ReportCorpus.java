package zhaoshang.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The test corpus in src/test/resources/report-corpus/*.yaml: chat messages with what the parser must make of them.
 * <pre>
 * - name: short description
 *   now: 2026-11-22T10:00+08:00      # optional, this is the default
 *   text: |
 *     走访 …
 *   expect:                          # one entry per report; an empty list means "not a report"
 *     - kind: VISIT
 *       fields: {enterprise: …, date: 2026-11-20, amountYuan: 200000000, intent: ~}
 *     - kind: SIGNING
 *       problems: [企业名称, 投资额]   # exactly these field labels have problems
 *       says: 还没到                 # optional: some problem message contains this
 *   repeat: {text: 项目, times: 900}  # optional: appended to text, for very long messages
 * </pre>
 */
public record ReportCorpus(String file, String name, String now, String text, List<Map<String, Object>> expect) {

    public static final String DEFAULT_NOW = "2026-11-22T10:00+08:00";

    public String nowOrDefault() { return now == null ? DEFAULT_NOW : now; }

    public static List<ReportCorpus> load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<ReportCorpus> all = new ArrayList<>();
        try {
            Path dir = Paths.get(ReportCorpus.class.getResource("/report-corpus").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        List<Map<String, Object>> entries = yaml.readValue(in, new TypeReference<>() { });
                        for (Map<String, Object> e : entries) {
                            @SuppressWarnings("unchecked")
                            List<Map<String, Object>> expect = (List<Map<String, Object>>) e.get("expect");
                            String text = (String) e.get("text");
                            @SuppressWarnings("unchecked")
                            Map<String, Object> repeat = (Map<String, Object>) e.get("repeat");
                            if (repeat != null) {
                                text = text + String.valueOf(repeat.get("text")).repeat((Integer) repeat.get("times"));
                            }
                            all.add(new ReportCorpus(file.getFileName().toString(), (String) e.get("name"),
                                    e.get("now") == null ? null : String.valueOf(e.get("now")), text,
                                    expect == null ? List.of() : expect));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }
}
