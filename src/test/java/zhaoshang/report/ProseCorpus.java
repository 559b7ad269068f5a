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
 * The prose corpus (src/test/resources/report-corpus-prose/*.yaml, format and conventions in its README.md):
 * messages as staff write them, with the fields a careful reader extracts and, per record, the field the bot
 * should ask about ({@code ask}). Any directory in the same format can be loaded (a held-out set).
 */
public record ProseCorpus(String file, String name, String now, String style, String text, List<Expected> expect) {

    public static final String DEFAULT_NOW = "2026-11-22T10:00+08:00";

    /** One record a message holds: its kind, the listed fields (value null = must be empty), the label to ask. */
    public record Expected(String kind, Map<String, Object> fields, String ask) { }

    public String nowOrDefault() { return now == null ? DEFAULT_NOW : now; }

    /** The corpus in the test resources. */
    public static List<ProseCorpus> load() {
        try {
            return load(Paths.get(ProseCorpus.class.getResource("/report-corpus-prose").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every *.yaml file of a directory, files in name order. */
    public static List<ProseCorpus> load(Path dir) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<ProseCorpus> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    List<Map<String, Object>> entries = yaml.readValue(in, new TypeReference<>() { });
                    if (entries == null) continue;
                    for (Map<String, Object> e : entries) all.add(entry(file.getFileName().toString(), e));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static ProseCorpus entry(String file, Map<String, Object> e) {
        List<Expected> expect = new ArrayList<>();
        Object listed = e.get("expect");
        if (listed instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> m = (Map<String, Object>) o;
                Map<String, Object> fields = m.get("fields") instanceof Map<?, ?> f ? (Map<String, Object>) f : Map.of();
                expect.add(new Expected(String.valueOf(m.get("kind")), fields,
                        m.get("ask") == null ? null : String.valueOf(m.get("ask"))));
            }
        }
        return new ProseCorpus(file, (String) e.get("name"), e.get("now") == null ? null : String.valueOf(e.get("now")),
                e.get("style") == null ? null : String.valueOf(e.get("style")), (String) e.get("text"), expect);
    }
}
