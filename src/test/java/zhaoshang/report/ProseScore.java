package zhaoshang.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the parser on prose corpus messages: per kind and per field how many expected values were read exactly
 * (a record not found counts all its fields wrong), the recognition rate (messages whose records were all found
 * with the right kinds, and non-reports left alone) and whether the bot would ask when it should (and only then).
 * Expected records are matched to parsed items of the same kind, preferring the same enterprise, in order.
 */
public final class ProseScore {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** right / total of something. */
    public static final class Tally {
        int right;
        int total;

        void add(boolean ok) { total++; if (ok) right++; }

        public double rate() { return total == 0 ? 1 : (double) right / total; }

        @Override public String toString() { return String.format("%d/%d = %.1f%%", right, total, 100 * rate()); }
    }

    public final Tally fields = new Tally();
    public final Tally recognised = new Tally();
    public final Tally notReports = new Tally();
    public final Tally records = new Tally();
    public final Tally asks = new Tally();
    /** Messages holding a report that get a record or a question, not the generic "没看懂" pointer (nothing read). */
    public final Tally answered = new Tally();
    public final Map<String, Tally> byKind = new TreeMap<>();
    public final Map<String, Tally> recordsByKind = new TreeMap<>();
    public final Map<String, Tally> byField = new TreeMap<>();
    public final Map<String, Tally> byStyle = new TreeMap<>();
    /** One line per wrong field or missed record, for reading what still misreads. */
    public final List<String> misses = new ArrayList<>();

    public static ProseScore of(List<ProseCorpus> corpus) {
        ProseScore s = new ProseScore();
        for (ProseCorpus c : corpus) s.score(c);
        return s;
    }

    public static ParseOutcome parse(ProseCorpus c) {
        Clock clock = Clock.fixed(OffsetDateTime.parse(c.nowOrDefault()).toInstant(), SHANGHAI);
        return new ReportParser(clock, SHANGHAI).parse(c.text());
    }

    void score(ProseCorpus c) {
        List<ParsedItem> items = new ArrayList<>(parse(c).items());
        String where = c.file() + ": " + c.name();
        if (c.expect().isEmpty()) {
            notReports.add(items.isEmpty());
            if (!items.isEmpty()) misses.add(where + " — not a report, read as " + kinds(items));
            return;
        }
        List<String> expectedKinds = c.expect().stream().map(ProseCorpus.Expected::kind).toList();
        boolean allFound = expectedKinds.equals(kinds(items));
        answered.add(!items.isEmpty());
        if (items.isEmpty()) misses.add(where + " — a report read as nothing: the member gets the generic 没看懂");
        recognised.add(allFound);
        if (!allFound) misses.add(where + " — records " + expectedKinds + ", read " + kinds(items));
        Tally style = byStyle.computeIfAbsent(String.valueOf(c.style()), k -> new Tally());
        List<ParsedItem> unused = new ArrayList<>(items);
        for (ProseCorpus.Expected e : c.expect()) {
            ParsedItem item = match(e, unused);
            if (item != null) unused.remove(item);
            records.add(item != null);
            recordsByKind.computeIfAbsent(e.kind(), k -> new Tally()).add(item != null);
            Report draft = item == null ? null : item.draft();
            for (Map.Entry<String, Object> f : e.fields().entrySet()) {
                String want = ReportCorpusTest.render(f.getValue());
                Object gotValue = draft == null ? null : value(draft, f.getKey());
                String got = draft == null ? "(no record)" : ReportCorpusTest.render(gotValue);
                // a list (plannedVisits) may also be written as one string joined by "、", as the people fields are
                if (gotValue instanceof List<?> list && f.getValue() instanceof String) got = joined(list);
                boolean ok = want.equals(got);
                fields.add(ok);
                style.add(ok);
                byKind.computeIfAbsent(e.kind(), k -> new Tally()).add(ok);
                byField.computeIfAbsent(f.getKey(), k -> new Tally()).add(ok);
                if (!ok && draft != null) misses.add(where + " — " + e.kind() + "." + f.getKey() + ": want " + want + ", got " + got);
            }
            if (item != null) {
                boolean asked = !item.sure();
                boolean right = e.ask() == null ? !asked
                        : item.doubts().stream().anyMatch(d -> d.field().equals(e.ask()));
                asks.add(right);
                if (!right) misses.add(where + " — ask " + e.ask() + ", doubts " + item.doubts());
            }
        }
    }

    private static String joined(List<?> list) {
        List<String> parts = new ArrayList<>();
        String rendered = ReportCorpusTest.render(list);
        for (String p : rendered.substring(1, rendered.length() - 1).split(", ")) if (!p.isEmpty()) parts.add(p);
        return String.join("、", parts);
    }

    private static Object value(Report draft, String component) {
        try {
            return ReportCorpusTest.component(draft, component);
        } catch (IllegalArgumentException wrongKind) {
            return "(no field " + component + " in " + draft.kind() + ")";
        }
    }

    /** The record read that an expected one is scored against: the same kind and enterprise, else the first of its kind. */
    static ParsedItem match(ProseCorpus.Expected e, List<ParsedItem> items) {
        Object enterprise = e.fields().get("enterprise");
        ParsedItem sameKind = null;
        for (ParsedItem i : items) {
            if (!i.kind().name().equals(e.kind())) continue;
            if (sameKind == null) sameKind = i;
            if (enterprise != null && i.draft() != null && hasEnterprise(i.draft())
                    && enterprise.equals(ReportCorpusTest.component(i.draft(), "enterprise"))) return i;
        }
        return sameKind;
    }

    private static boolean hasEnterprise(Report r) {
        return !(r instanceof TripPlanReport) && !(r instanceof TripSummaryReport);
    }

    private static List<String> kinds(List<ParsedItem> items) {
        return items.stream().map(i -> i.kind().name()).toList();
    }

    /** The accuracy table as Markdown. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append("| measure | result |\n| --- | --- |\n");
        b.append("| fields right (all) | ").append(fields).append(" |\n");
        b.append("| messages recognised (records and kinds as expected) | ").append(recognised).append(" |\n");
        b.append("| non-reports left alone | ").append(notReports).append(" |\n");
        b.append("| records found | ").append(records).append(" |\n");
        b.append("| reports answered with a record or a question (not the generic 没看懂) | ").append(answered).append(" |\n");
        b.append("| asks as expected (doubt on the expected field, none otherwise) | ").append(asks).append(" |\n");
        b.append("\n| kind | records found | fields right |\n| --- | --- | --- |\n");
        for (String k : recordsByKind.keySet()) {
            b.append("| ").append(k).append(" | ").append(recordsByKind.get(k)).append(" | ")
                    .append(byKind.getOrDefault(k, new Tally())).append(" |\n");
        }
        b.append("\n| field | right |\n| --- | --- |\n");
        byField.forEach((f, t) -> b.append("| ").append(f).append(" | ").append(t).append(" |\n"));
        b.append("\n| style | fields right |\n| --- | --- |\n");
        byStyle.forEach((f, t) -> b.append("| ").append(f).append(" | ").append(t).append(" |\n"));
        return b.toString();
    }
}
