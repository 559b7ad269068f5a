package zhaoshang.report;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures a statistical reader of the people fields ({@link PeopleTagger}: HanLP's averaged perceptron over
 * characters) beside the rules, on two folds of the kept sets, honestly: the model never sees its test fold.
 * <ul>
 *   <li>fold a: train on the repo corpora (prose and template) + h110–h121, test on h122–h127;</li>
 *   <li>fold b: train on the repo corpora + h116–h127, test on h110–h115.</li>
 * </ul>
 * Training data: every expected people value (contacts with their titles, ourPeople, companions, owner) is aligned
 * to its span(s) in the message; a message whose records leave a people field of their kind unlisted, or whose
 * values are not all found in its text, is dropped. On each test fold and per field it prints the rules alone
 * (what ProseScoreCli scores), the model alone (its spans given to the records the rules found) and combinations:
 * FILL (the model fills a field the rules left empty), FILL+T (also a contacts value the rules gave as titles only),
 * FILL+E (FILL, and each title-only entry of the rules' contacts replaced by the model's contact of that title).
 * Only people fields change, so no other field can get worse. It also prints how often the model would have to run
 * (records the rules left a people field empty) and its cost per message beside the rules' parse (same run: only the
 * ratio counts on a loaded machine). Both folds take about 3–5 minutes. Run after
 * {@code mvn -q package -DskipTests && mvn -q test-compile}:
 * <pre>
 * java -Xmx3g -cp target/test-classes:target/zhaoshang-bot.jar zhaoshang.report.PeopleModelEval [iterations] [-c] [-fa|-fb] [-uall|-uours] [-m]
 * </pre>
 * -c describes the characters alone (no HanLP words: cheaper); -fa or -fb runs one fold; -uall or -uours takes
 * unlisted people fields as empty in training instead of dropping the message.
 * iterations: perceptron passes over the training set (10 by default).
 * -m prints each test field the model read otherwise than the rules, with the rules' and the expected value.
 */
public final class PeopleModelEval {

    static final List<String> PEOPLE = List.of("contacts", "ourPeople", "companions", "owner");

    /**
     * How an unlisted people field is taken in training: "" drops the message (default), "all" takes it as empty
     * (the README: "left out when nobody is named"), "ours" only for ourPeople, companions and owner.
     */
    static String unlisted = "";
    /** Only this fold ("a" or "b"); both when empty. */
    static String only = "";

    private PeopleModelEval() { }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int iterations = 10;
        boolean misses = false;
        for (String a : args) {
            if (a.equals("-m")) misses = true;
            else if (a.startsWith("-u")) unlisted = a.substring(2);
            else if (a.startsWith("-f")) only = a.substring(2);
            else if (a.equals("-c")) PeopleTagger.withWords = false;
            else iterations = Integer.parseInt(a);
        }
        Path heldout = Paths.get(PeopleModelEval.class.getResource("/report-corpus-heldout").toURI());
        List<ProseCorpus> repo = new ArrayList<>(ProseCorpus.load());
        for (ReportCorpus r : ReportCorpus.load()) repo.add(fromTemplate(r));
        Map<Integer, List<ProseCorpus>> sets = new TreeMap<>();
        for (int h = 110; h <= 127; h++) sets.put(h, ProseCorpus.load(heldout.resolve("h" + h)));
        if (!only.equals("b")) fold(out, "a", repo, sets, 110, 121, 122, 127, iterations, misses);
        if (!only.equals("a")) fold(out, "b", repo, sets, 116, 127, 110, 115, iterations, misses);
    }

    private static void fold(PrintStream out, String name, List<ProseCorpus> repo, Map<Integer, List<ProseCorpus>> sets,
                             int trainFrom, int trainTo, int testFrom, int testTo, int iterations, boolean misses) {
        List<ProseCorpus> train = new ArrayList<>(repo);
        for (int h = trainFrom; h <= trainTo; h++) train.addAll(sets.get(h));
        List<ProseCorpus> test = new ArrayList<>();
        for (int h = testFrom; h <= testTo; h++) test.addAll(sets.get(h));
        Alignment al = align(train);
        long t0 = System.nanoTime();
        PeopleTagger tagger = PeopleTagger.train(al.examples, iterations, 42);
        long trainMs = (System.nanoTime() - t0) / 1_000_000;
        out.printf("fold %s: train repo + h%d–h%d (%d msgs: %d aligned, dropped %s), %d features, %d ms; test h%d–h%d (%d msgs)%n",
                name + (unlisted.isEmpty() ? "" : " (unlisted taken empty: " + unlisted + ")"), trainFrom, trainTo, train.size(), al.examples.size(), al.dropped, tagger.model.featureMap.size(), trainMs,
                testFrom, testTo, test.size());
        Score score = new Score();
        for (ProseCorpus c : test) score.message(c, tagger, misses ? out : null);
        out.println(score.table());
    }

    /** A template-corpus message in the prose shape (its expectations list kinds and fields alike). */
    @SuppressWarnings("unchecked")
    static ProseCorpus fromTemplate(ReportCorpus r) {
        List<ProseCorpus.Expected> expect = new ArrayList<>();
        for (Map<String, Object> m : r.expect()) {
            Map<String, Object> fields = m.get("fields") instanceof Map<?, ?> f ? (Map<String, Object>) f : Map.of();
            expect.add(new ProseCorpus.Expected(String.valueOf(m.get("kind")), fields, null));
        }
        return new ProseCorpus("template:" + r.file(), r.name(), r.now(), "template", r.text(), expect);
    }

    // ---------------------------------------------------------------- alignment

    static final class Alignment {
        final List<PeopleTagger.Example> examples = new ArrayList<>();
        final Map<String, Integer> dropped = new TreeMap<>();

        void drop(String why) { dropped.merge(why, 1, Integer::sum); }
    }

    /** The field of a kind that holds people, with the label its names take; null when the kind holds none. */
    static List<String[]> peopleFields(String kind) {
        return switch (kind) {
            case "VISIT" -> List.of(new String[]{"contacts", "CN"}, new String[]{"ourPeople", "OUR"});
            case "INSPECTION" -> List.<String[]>of(new String[]{"companions", "OUR"});
            case "LEAD", "SIGNING" -> List.<String[]>of(new String[]{"owner", "OWN"});
            default -> null;
        };
    }

    /** A contacts entry that is a title alone: the parser's own test (PeopleModel). */
    static boolean titleOnly(String item) {
        return PeopleModel.titleOnly(item);
    }

    static Alignment align(List<ProseCorpus> corpus) {
        Alignment al = new Alignment();
        for (ProseCorpus c : corpus) {
            String text = c.text() == null ? "" : c.text();
            if (text.isBlank() || text.length() > 3000) { al.drop("empty/long"); continue; }
            String[] tags = new String[text.length()];
            Arrays.fill(tags, "O");
            String why = null;
            for (ProseCorpus.Expected e : c.expect()) {
                List<String[]> fields = peopleFields(e.kind());
                if (fields == null) { why = "kind " + e.kind(); break; }
                for (String[] f : fields) {
                    if (!e.fields().containsKey(f[0])) {
                        boolean empty = unlisted.equals("all") || unlisted.equals("ours") && !f[1].equals("CN");
                        if (empty) continue;
                        why = "unlisted";
                        break;
                    }
                    Object v = e.fields().get(f[0]);
                    if (v == null) continue;
                    for (String item : String.valueOf(v).split("、")) {
                        item = item.strip();
                        if (item.isEmpty()) continue;
                        why = f[1].equals("CN") ? markContact(text, tags, item) : markName(text, tags, item, f[1]);
                        if (why != null) break;
                    }
                    if (why != null) break;
                }
                if (why != null) break;
            }
            if (why != null) { al.drop(why); continue; }
            al.examples.add(new PeopleTagger.Example(text, tags));
        }
        return al;
    }

    private static String markContact(String text, String[] tags, String item) {
        int open = item.indexOf('（');
        if (open > 0 && item.endsWith("）")) {
            String name = item.substring(0, open).strip();
            String title = item.substring(open + 1, item.length() - 1).strip();
            String why = markName(text, tags, name, "CN");
            if (why != null) return why;
            // the title's occurrence nearest the name's first occurrence
            int n = text.indexOf(name);
            int best = -1;
            for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
                if (best < 0 || Math.abs(at - n) < Math.abs(best - n)) best = at;
            }
            if (best < 0) return "title not found";
            return mark(tags, best, best + title.length(), "CT");
        }
        if (titleOnly(item)) {
            int at = text.indexOf(item);
            while (at >= 0 && !free(tags, at, at + item.length())) at = text.indexOf(item, at + 1);
            if (at < 0) return "title not found";
            return mark(tags, at, at + item.length(), "CT");
        }
        return markName(text, tags, item, "CN");
    }

    private static boolean free(String[] tags, int s, int e) {
        for (int i = s; i < e; i++) if (!tags[i].equals("O")) return false;
        return true;
    }

    private static String markName(String text, String[] tags, String name, String label) {
        int found = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            String why = mark(tags, at, at + name.length(), label);
            if (why != null) return why;
            found++;
        }
        return found == 0 ? "name not found" : null;
    }

    private static String mark(String[] tags, int s, int e, String label) {
        for (int i = s; i < e; i++) {
            if (!tags[i].equals("O")) {
                return tags[i].substring(2).equals(label) ? null : "role conflict";
            }
        }
        if (e - s == 1) tags[s] = "S-" + label;
        else {
            tags[s] = "B-" + label;
            for (int i = s + 1; i < e - 1; i++) tags[i] = "M-" + label;
            tags[e - 1] = "E-" + label;
        }
        return null;
    }

    // ---------------------------------------------------------------- model output per record

    /**
     * The people fields the model reads for each of the parsed items, in their order (field → value or null): the
     * spans shared out among the records as the parser does it (PeopleModel.perRecord), ours serving both ourPeople
     * and companions.
     */
    static List<Map<String, String>> modelFields(String text, List<ParsedItem> items, List<PeopleTagger.Span> spans) {
        List<PeopleModel.Span> same = new ArrayList<>(spans.size());
        for (PeopleTagger.Span s : spans) same.add(new PeopleModel.Span(s.label(), s.start(), s.end(), s.text()));
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> read : PeopleModel.perRecord(text, items, same)) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("contacts", read.get("contacts"));
            m.put("ourPeople", read.get("ours"));
            m.put("companions", read.get("ours"));
            m.put("owner", read.get("owner"));
            out.add(m);
        }
        return out;
    }

    // ---------------------------------------------------------------- scoring

    static final String[] WAYS = {"rules", "model", "FILL", "FILL+T", "FILL+E"};

    /** The rules' contacts with each title-only entry replaced by the model's contact of that title (PeopleModel's). */
    static String entries(String rules, String model) {
        return PeopleModel.entries(rules, model);
    }

    static final class Score {
        /** field → way → [right, total] */
        final Map<String, Map<String, int[]>> t = new TreeMap<>();
        long nanos;
        long parseNanos;
        int messages, gatedAll, gatedNoOurs;

        /** Whether a record the rules read leaves a people field empty (contacts: or titles only), so the model would run. */
        static boolean gate(List<ParsedItem> items, boolean ours) {
            for (ParsedItem i : items) {
                Report d = i.draft();
                if (d instanceof VisitReport v && (blank(v.contacts()) || allTitles(v.contacts()) || ours && blank(v.ourPeople()))) return true;
                if (d instanceof InspectionReport r && blank(r.companions())) return true;
                if (d instanceof LeadReport l && blank(l.owner())) return true;
                if (d instanceof SigningReport s && blank(s.owner())) return true;
            }
            return false;
        }

        private static boolean blank(String s) { return s == null || s.isBlank(); }
        int tagged;

        void message(ProseCorpus c, PeopleTagger tagger, PrintStream misses) {
            long p0 = System.nanoTime();
            List<ParsedItem> items = new ArrayList<>(ProseScore.parse(c).items());
            parseNanos += System.nanoTime() - p0;
            messages++;
            if (gate(items, true)) gatedAll++;
            if (gate(items, false)) gatedNoOurs++;
            if (c.expect().isEmpty()) return;
            boolean wanted = false;
            for (ProseCorpus.Expected e : c.expect()) for (String f : PEOPLE) wanted |= e.fields().containsKey(f);
            if (!wanted) return;
            long t0 = System.nanoTime();
            List<PeopleTagger.Span> spans = tagger.spans(c.text());
            nanos += System.nanoTime() - t0;
            tagged++;
            List<Map<String, String>> model = modelFields(c.text(), items, spans);
            List<ParsedItem> unused = new ArrayList<>(items);
            for (ProseCorpus.Expected e : c.expect()) {
                ParsedItem item = ProseScore.match(e, unused);
                if (item != null) unused.remove(item);
                Map<String, String> mine = item == null ? null : model.get(items.indexOf(item));
                for (String f : PEOPLE) {
                    if (!e.fields().containsKey(f)) continue;
                    Object w = e.fields().get(f);
                    String want = w == null ? null : String.valueOf(w).strip();
                    String rules = null, byModel = null;
                    boolean none = item == null || item.draft() == null;
                    if (!none) {
                        Object r = ReportCorpusTest.component(item.draft(), f);
                        rules = r == null ? null : String.valueOf(r).strip();
                        byModel = mine.get(f);
                    }
                    String fill = rules == null || rules.isEmpty() ? byModel : rules;
                    String fillT = fill;
                    if (f.equals("contacts") && rules != null && byModel != null && allTitles(rules)) fillT = byModel;
                    String fillE = f.equals("contacts") && rules != null && !rules.isEmpty() ? entries(rules, byModel) : fill;
                    String[] got = {rules, byModel, fill, fillT, fillE};
                    Map<String, int[]> ways = t.computeIfAbsent(f, k -> new LinkedHashMap<>());
                    for (int i = 0; i < WAYS.length; i++) {
                        int[] rt = ways.computeIfAbsent(WAYS[i], k -> new int[2]);
                        rt[1]++;
                        if (!none && java.util.Objects.equals(want, got[i])) rt[0]++;
                    }
                    if (misses != null && !none && !java.util.Objects.equals(rules, byModel)) {
                        String mark = java.util.Objects.equals(want, fillT) ? "+" : java.util.Objects.equals(want, rules) ? "-" : " ";
                        misses.printf("%s %s / %s — %s: want %s, rules %s, model %s, FILL+T %s%n", mark, c.file(), c.name(), f, want, rules, byModel, fillT);
                    }
                }
            }
        }

        String table() {
            StringBuilder b = new StringBuilder("| field | " + String.join(" | ", WAYS) + " |\n|---|---|---|---|---|\n");
            int[][] sum = new int[WAYS.length][2];
            for (Map.Entry<String, Map<String, int[]>> e : t.entrySet()) {
                b.append("| ").append(e.getKey());
                for (int i = 0; i < WAYS.length; i++) {
                    int[] rt = e.getValue().get(WAYS[i]);
                    b.append(" | ").append(rt[0]).append('/').append(rt[1]);
                    sum[i][0] += rt[0];
                    sum[i][1] += rt[1];
                }
                b.append(" |\n");
            }
            b.append("| all people");
            for (int[] s : sum) b.append(" | ").append(s[0]).append('/').append(s[1]);
            b.append(" |\n");
            return b.append(String.format("the model would run on %d of %d messages (any empty people field), %d leaving ourPeople aside%n", gatedAll, messages, gatedNoOurs)).append(String.format("model: %d messages tagged, %.3f ms each (segmentation included); the rules' parse %.3f ms each%n", tagged, nanos / 1e6 / Math.max(1, tagged), parseNanos / 1e6 / Math.max(1, tagged))).toString();
        }
    }

    static boolean allTitles(String contacts) {
        return PeopleModel.allTitles(contacts);
    }
}
