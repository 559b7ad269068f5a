package zhaoshang.report;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Runs every message of the corpus (src/test/resources/report-corpus) through the parser. */
class ReportCorpusTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TestFactory
    Stream<DynamicTest> corpus() {
        return ReportCorpus.load().stream()
                .map(c -> DynamicTest.dynamicTest(c.file() + ": " + c.name(), () -> check(c)));
    }

    @Test
    void corpusIsLargeAndCoversEveryKind() {
        List<ReportCorpus> all = ReportCorpus.load();
        assertThat(all.size()).as("corpus entries").isGreaterThanOrEqualTo(150);
        Set<String> kinds = all.stream().flatMap(c -> c.expect().stream()).map(e -> (String) e.get("kind"))
                .collect(Collectors.toSet());
        for (ReportKind k : ReportKind.values()) assertThat(kinds).contains(k.name());
        assertThat(all).anyMatch(c -> c.expect().isEmpty());
    }

    static void check(ReportCorpus c) {
        Clock clock = Clock.fixed(OffsetDateTime.parse(c.nowOrDefault()).toInstant(), SHANGHAI);
        ParseOutcome outcome = new ReportParser(clock, SHANGHAI).parse(c.text());
        List<ParsedItem> items = outcome.items();
        String seen = describe(items);
        assertThat(items).as("number of reports in %s; got %s", c.name(), seen).hasSize(c.expect().size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> exp = c.expect().get(i);
            ParsedItem item = items.get(i);
            assertThat(item.kind().name()).as("kind of report %d; got %s", i + 1, seen).isEqualTo(exp.get("kind"));
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) exp.get("problems");
            if (problems != null) {
                if (!(item instanceof ParsedItem.Invalid invalid)) {
                    fail("expected problems %s in report %d, got %s", problems, i + 1, seen);
                    return;
                }
                Set<String> fields = new TreeSet<>();
                for (Problem p : invalid.problems()) {
                    fields.add(p.field());
                    assertThat(p.message()).as("problem message").isNotBlank().contains(p.field());
                }
                assertThat(fields).as("fields with problems; got %s", seen).isEqualTo(new TreeSet<>(problems));
                String mustSay = (String) exp.get("says");
                if (mustSay != null) {
                    assertThat(invalid.problems().stream().map(Problem::message).collect(Collectors.joining(" | ")))
                            .contains(mustSay);
                }
            } else {
                if (!(item instanceof ParsedItem.Ok ok)) {
                    fail("expected report %d to be understood, got %s", i + 1, seen);
                    return;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) exp.getOrDefault("fields", Map.of());
                for (Map.Entry<String, Object> f : fields.entrySet()) {
                    Object actual = component(ok.report(), f.getKey());
                    assertThat(render(actual)).as("%s of report %d; got %s", f.getKey(), i + 1, seen)
                            .isEqualTo(render(f.getValue()));
                }
            }
        }
    }

    static Object component(Report report, String name) {
        for (RecordComponent rc : report.getClass().getRecordComponents()) {
            if (rc.getName().equals(name)) {
                try {
                    return rc.getAccessor().invoke(report);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("corpus names unknown field " + name + " of " + report.kind());
    }

    /** Values compared as text: dates ISO, amounts in 元, planned visits "企业@2026-11-25" (or just the name). */
    static String render(Object v) {
        if (v == null) return "null";
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof TripPlanReport.PlannedVisit pv) out.add(pv.date() == null ? pv.enterprise() : pv.enterprise() + "@" + pv.date());
                else out.add(String.valueOf(o));
            }
            return out.toString();
        }
        return String.valueOf(v).strip();
    }

    static String describe(List<ParsedItem> items) {
        return items.stream().map(i -> i instanceof ParsedItem.Ok ok ? ok.report().toString()
                : "Invalid" + ((ParsedItem.Invalid) i).problems()).collect(Collectors.joining("\n  ", "[\n  ", "]"));
    }
}
