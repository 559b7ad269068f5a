package zhaoshang.report;

import com.hankcs.hanlp.seg.common.Term;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A statistical reader of the people in a message, asked only where the rules left a people field empty (a visit's
 * contacts or ourPeople, an inspection's companions, a lead's or signing's owner) or gave a visit's contacts as titles
 * alone ("副总经理"). A structured averaged perceptron (trained by {@code PeopleModelTrain} in the test tree from the
 * repository's corpora and the development sets, the model committed as {@value #RESOURCE}) tags the characters of the
 * message by role — CN a contact's name, CT a contact's title, OUR one of ours, OWN the owner — each span's first character B, its others I. Each
 * character is described by hashed integer features: itself and its neighbours, surname, character types, and the
 * HanLP word it lies in as the parse itself segmented it (the pieces in {@link NameRecogniser#segmentedSoFar()}: no
 * second segmentation), that word's neighbours, parts of speech and the last verb before it. The spans go to the
 * records after the enterprise each follows. The model (int8 weights of the features kept) loads once, on the first
 * message that needs it; {@link #loadMillis()} tells how long that took.
 */
final class PeopleModel {

    static final String RESOURCE = "people-model.bin";
    static final String[] LABELS = {"CN", "CT", "OUR", "OWN"};
    /** O, then per label B (a span's first character) and I (its others). */
    static final int TAGS = 1 + LABELS.length * 2;
    private static final int MAGIC = 0x50504c31; // "PPL1"

    /** Off: the parse is the rules' alone (the training tool and comparisons). */
    static volatile boolean enabled = true;

    /** Open addressing, one slot of {@value #STRIDE} bytes per feature: its hash (0 = empty) and its int8 weight per tag. */
    private final byte[] table;
    private final int mask;
    private static final int STRIDE = 4 + TAGS;
    private static final java.lang.invoke.VarHandle INT = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private final float scale;
    private final float[] trans;  // (prev + 1) * TAGS + tag, prev -1 = start

    PeopleModel(int[] featureKeys, byte[] weights, float scale, float[] trans) {
        int cap = Integer.highestOneBit(Math.max(4, featureKeys.length * 4 / 3)) << 1;
        this.mask = cap - 1;
        this.table = new byte[cap * STRIDE];
        for (int r = 0; r < featureKeys.length; r++) {
            int k = featureKeys[r];
            int at = k & mask;
            while ((int) INT.get(table, at * STRIDE) != 0) at = (at + 1) & mask;
            INT.set(table, at * STRIDE, k);
            System.arraycopy(weights, r * TAGS, table, at * STRIDE + 4, TAGS);
        }
        this.scale = scale;
        this.trans = trans;
    }

    private static final class Holder {
        static final long[] NANOS = new long[1];
        static final PeopleModel MODEL = load();

        private static PeopleModel load() {
            long t0 = System.nanoTime();
            try (InputStream in = PeopleModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                return null;
            } finally {
                NANOS[0] = System.nanoTime() - t0;
            }
        }
    }

    /** The model in the jar, loaded on first use; null when the jar has none. */
    static PeopleModel model() { return Holder.MODEL; }

    /** How long loading the model took (it loads on the first message that needs it, or here). */
    static double loadMillis() {
        Holder.MODEL.getClass();
        return Holder.NANOS[0] / 1e6;
    }

    static PeopleModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC) throw new IOException("not a people model");
        int tags = in.readInt();
        if (tags != TAGS) throw new IOException("tags " + tags);
        float scale = in.readFloat();
        float[] trans = new float[(TAGS + 1) * TAGS];
        for (int i = 0; i < trans.length; i++) trans[i] = in.readFloat();
        int n = in.readInt();
        int[] keys = new int[n];
        int prev = 0;
        for (int i = 0; i < n; i++) { prev += readVarint(in); keys[i] = prev; }
        byte[] w = new byte[n * TAGS];
        in.readFully(w);
        return new PeopleModel(keys, w, scale, trans);
    }

    /** Writes a model: the feature keys sorted (as unsigned deltas), their int8 weights per tag, the transitions. */
    static void write(OutputStream raw, int[] sortedKeys, byte[] weights, float scale, float[] trans) throws IOException {
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(TAGS);
        out.writeFloat(scale);
        for (float t : trans) out.writeFloat(t);
        out.writeInt(sortedKeys.length);
        int prev = 0;
        for (int k : sortedKeys) { writeVarint(out, k - prev); prev = k; }
        out.write(weights);
        out.flush();
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) { out.writeByte((v & 0x7f) | 0x80); v >>>= 7; }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) return v;
        }
    }

    /** Where a feature's weights start in the table; -1 when the model does not know it. */
    private int slot(int key) {
        for (int at = key & mask; ; at = (at + 1) & mask) {
            int k = (int) INT.get(table, at * STRIDE);
            if (k == key) return at * STRIDE + 4;
            if (k == 0) return -1;
        }
    }

    // ---------------------------------------------------------------- tags and decoding

    /** The tag of a label (0–3), first character of its span or not. */
    static int tag(int label, boolean first) { return 1 + label * 2 + (first ? 0 : 1); }

    static int labelOf(int tag) { return tag == 0 ? -1 : (tag - 1) / 2; }

    static boolean inside(int tag) { return tag > 0 && (tag - 1) % 2 == 1; }

    /** Whether a tag may follow another (prev -1: the start of the text): I only after B or I of its label. */
    static boolean allowed(int prev, int tag) {
        return !inside(tag) || prev > 0 && labelOf(prev) == labelOf(tag);
    }

    private static final int[][] PREVIOUS = new int[TAGS][];

    static {
        for (int t = 0; t < TAGS; t++) {
            int[] p = new int[TAGS + 1];
            int n = 0;
            for (int q = 0; q < TAGS; q++) if (allowed(q, t)) p[n++] = q;
            PREVIOUS[t] = Arrays.copyOf(p, n);
        }
    }

    /** The best allowed tags of the characters given each one's emission scores (score[i * TAGS + tag]). */
    static int[] viterbi(float[] emit, int n, float[] trans) {
        int[] out = new int[n];
        if (n == 0) return out;
        float[] best = new float[n * TAGS];
        int[] back = new int[n * TAGS];
        for (int t = 0; t < TAGS; t++) best[t] = allowed(-1, t) ? trans[t] + emit[t] : Float.NEGATIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            int row = i * TAGS, prevRow = row - TAGS;
            for (int t = 0; t < TAGS; t++) {
                int[] ps = PREVIOUS[t];
                float max = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : ps) {
                    float sc = best[prevRow + p] + trans[(p + 1) * TAGS + t];
                    if (sc > max) { max = sc; arg = p; }
                }
                best[row + t] = max + emit[row + t];
                back[row + t] = arg;
            }
        }
        int arg = 0;
        for (int t = 1; t < TAGS; t++) if (best[(n - 1) * TAGS + t] > best[(n - 1) * TAGS + arg]) arg = t;
        for (int i = n - 1; i >= 0; i--) { out[i] = arg; arg = back[i * TAGS + arg]; }
        return out;
    }

    /** The tags the model reads in a text (its features computed and weighed character by character). */
    int[] decode(String text) {
        Described d = new Described(text);
        int n = text.length();
        float[] emit = new float[n * TAGS];
        int[] sum = new int[TAGS];
        int[] fs = new int[MAX_FEATURES];
        byte[] w = table;
        for (int i = 0; i < n; i++) {
            Arrays.fill(sum, 0);
            int count = d.at(i, fs);
            for (int j = 0; j < count; j++) {
                int base = slot(fs[j]);
                if (base < 0) continue;
                for (int t = 0; t < TAGS; t++) sum[t] += w[base + t];
            }
            for (int t = 0; t < TAGS; t++) emit[i * TAGS + t] = sum[t] * scale;
        }
        return viterbi(emit, n, trans);
    }

    // ---------------------------------------------------------------- features

    private static final int BEFORE = -1, AFTER = -2;

    private static int c(String t, int i) { return i < 0 ? BEFORE : i >= t.length() ? AFTER : t.charAt(i); }

    private static int type(int c) {
        if (c < 0) return c;
        char ch = (char) c;
        if (InputText.isCjk(ch)) return 'H';
        if (Character.isLetter(ch)) return 'L';
        if (Character.isDigit(ch)) return 'D';
        if (Character.isWhitespace(ch)) return 'S';
        return 'P';
    }

    private static int mix(int h, int v) {
        v *= 0xcc9e2d51;
        v = Integer.rotateLeft(v, 15);
        v *= 0x1b873593;
        h ^= v;
        h = Integer.rotateLeft(h, 13);
        return h * 5 + 0xe6546b64;
    }

    private static int fin(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }

    private static int f(int tmpl, int a) { return fin(mix(mix(0x2545f491, tmpl), a)); }

    private static int f(int tmpl, int a, int b) { return fin(mix(mix(mix(0x2545f491, tmpl), a), b)); }

    private static int f(int tmpl, int a, int b, int c) { return fin(mix(mix(mix(mix(0x2545f491, tmpl), a), b), c)); }

    /** The words of the text: as the parse's memoised segmentations found them, single characters elsewhere. */
    private static final class Words {
        int count;
        int[] start, end, word, nature;
        boolean[] verb, stop;

        Words(int n) {
            start = new int[n];
            end = new int[n];
            word = new int[n];
            nature = new int[n];
            verb = new boolean[n];
            stop = new boolean[n];
        }

        void add(int s, int e, int w, int nat, boolean v, boolean st) {
            start[count] = s;
            end[count] = e;
            word[count] = w;
            nature[count] = nat;
            verb[count] = v;
            stop[count] = st;
            count++;
        }
    }

    private static final int UNKNOWN_NATURE = "?".hashCode();

    private static boolean endsSentence(String w, int s, int e) {
        for (int i = s; i < e; i++) if ("。！？!?\n；;".indexOf(w.charAt(i)) >= 0) return true;
        return false;
    }

    /** The features of every character of the text (hashed, never 0). */
    static int[][] features(String text) {
        Described d = new Described(text);
        int[][] out = new int[text.length()][];
        int[] fs = new int[MAX_FEATURES];
        for (int i = 0; i < out.length; i++) out[i] = Arrays.copyOf(fs, d.at(i, fs));
        return out;
    }

    static final int MAX_FEATURES = 16;

    /** A text with the words the parse segmented in it, described character by character. */
    private static final class Described {
        final String text;
        final boolean[] covered;
        int[] wordOf;
        Words words;
        int[] lastVerb;

        Described(String text) {
            this.text = text;
            int n = text.length();
            covered = new boolean[n];
            List<Map.Entry<String, List<Term>>> pieces = NameRecogniser.segmentedSoFar();
            if (pieces.isEmpty()) return;
            // the word of the parse's segmentations each character lies in: longest pieces first, each occurrence
            // whose characters no longer piece has taken
            int[] wStart = new int[n], wEnd = new int[n], wWord = new int[n], wNat = new int[n];
            boolean[] wVerb = new boolean[n];
            pieces = new ArrayList<>(pieces);
            pieces.sort((a, b) -> a.getKey().length() != b.getKey().length() ? b.getKey().length() - a.getKey().length() : a.getKey().compareTo(b.getKey()));
            boolean any = false;
            for (Map.Entry<String, List<Term>> piece : pieces) {
                String p = piece.getKey();
                if (p.length() < 2 || p.length() > n) continue;
                for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                    boolean free = true;
                    for (int k = at; k < at + p.length() && free; k++) free = !covered[k];
                    if (!free) continue;
                    int pos = at;
                    for (Term t : piece.getValue()) {
                        int len = t.word.length();
                        if (len == 0 || pos + len > at + p.length() || !text.regionMatches(pos, t.word, 0, len)) break;
                        String nat = t.nature == null ? "?" : t.nature.toString();
                        boolean verb = nat.startsWith("v") || nat.equals("p");
                        for (int k = pos; k < pos + len; k++) {
                            covered[k] = true;
                            wStart[k] = pos;
                            wEnd[k] = pos + len;
                            wWord[k] = t.word.hashCode();
                            wNat[k] = nat.hashCode();
                            wVerb[k] = verb;
                        }
                        any = true;
                        pos += len;
                    }
                }
            }
            if (!any) return;
            words = new Words(n);
            wordOf = new int[n];
            for (int i = 0; i < n; ) {
                if (covered[i]) {
                    words.add(wStart[i], wEnd[i], wWord[i], wNat[i], wVerb[i], endsSentence(text, wStart[i], wEnd[i]));
                    for (int k = wStart[i]; k < wEnd[i]; k++) wordOf[k] = words.count - 1;
                    i = wEnd[i];
                } else {
                    words.add(i, i + 1, text.charAt(i), UNKNOWN_NATURE, false, endsSentence(text, i, i + 1));
                    wordOf[i] = words.count - 1;
                    i++;
                }
            }
            // the last verb before each word within its sentence
            lastVerb = new int[words.count];
            int verb = 0;
            for (int w = 0; w < words.count; w++) {
                lastVerb[w] = verb;
                if (words.verb[w]) verb = words.word[w];
                else if (words.stop[w]) verb = 0;
            }
        }

        /** The features of character i into fs; how many. */
        int at(int i, int[] fs) {
            int c0 = text.charAt(i), cm1 = c(text, i - 1), cp1 = c(text, i + 1), cm2 = c(text, i - 2), cp2 = c(text, i + 2);
            fs[0] = f(1, c0);
            fs[1] = f(2, cm1);
            fs[2] = f(3, cp1);
            fs[3] = f(4, cm2);
            fs[4] = f(5, cp2);
            fs[5] = f(6, cm1, c0);
            fs[6] = f(7, c0, cp1);
            fs[7] = f(8, cm2, cm1);
            fs[8] = f(9, cp1, cp2);
            fs[9] = f(10, type(cm1), type(c0), type(cp1));
            fs[10] = f(11, PersonNames.isSurname((char) c0) ? 1 : 0, type(cm1));
            if (!covered[i]) return 11;
            // the word of the parse's segmentation this character lies in, the parts of speech around, the last verb
            int w = wordOf[i];
            int len = words.end[w] - words.start[w];
            int posIn = i - words.start[w];
            int wp = len == 1 ? 'S' : posIn == 0 ? 'B' : posIn == len - 1 ? 'E' : 'M';
            int prevNat = w > 0 ? words.nature[w - 1] : BEFORE;
            int nextNat = w + 1 < words.count ? words.nature[w + 1] : AFTER;
            fs[11] = f(12, len <= 8 ? words.word[w] : 0, wp);
            fs[12] = f(13, words.nature[w], wp, Math.min(len, 5));
            fs[13] = f(14, prevNat, words.nature[w]);
            fs[14] = f(15, words.nature[w], nextNat);
            fs[15] = f(16, lastVerb[w], words.nature[w]);
            return 16;
        }
    }

    // ---------------------------------------------------------------- spans

    /** A tagged span of the text: label, [start, end). */
    record Span(String label, int start, int end, String text) { }

    /** The spans of a text's tags, each plausible as a name or title. */
    static List<Span> spans(String text, int[] tags) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < tags.length; ) {
            int t = tags[i];
            if (t == 0 || inside(t)) { i++; continue; }
            int e = i + 1;
            while (e < tags.length && inside(tags[e]) && labelOf(tags[e]) == labelOf(t)) e++;
            add(out, text, LABELS[labelOf(t)], i, e);
            i = e;
        }
        return out;
    }

    private static void add(List<Span> out, String text, String label, int s, int e) {
        Span span = new Span(label, s, e, text.substring(s, e).strip());
        if (plausible(span)) out.add(span);
    }

    /** No name: a pronoun or a word of our own side ("我自己", "他们"), or no letter at all. */
    static boolean plausible(Span s) {
        String t = s.text();
        if (t.isEmpty() || t.length() > 24) return false;
        if (s.label().equals("CT")) return true;
        for (int i = 0; i < t.length(); i++) if ("我你他她们自己咱".indexOf(t.charAt(i)) >= 0) return false;
        for (int i = 0; i < t.length(); i++) if (Character.isLetter(t.charAt(i))) return true;
        return false;
    }

    // ---------------------------------------------------------------- filling the records

    private static final Pattern TITLE = Pattern.compile(".*(总经理|经理|总监|总裁|董事|主任|部长|处长|院长|所长|会长|秘书|助理|工程师|负责人|主管|代表|"
            + "厂长|行长|书记|局长|科长|组长|专员|合伙人|创始人|CEO|CTO|CFO|COO|VP|主席|总工|顾问|教授|老板|董秘|负责|总).*");
    private static final Pattern LATIN = Pattern.compile(".*[A-Za-z].*");
    private static final Pattern LATIN_TITLE = Pattern.compile(".*(CEO|CTO|CFO|COO|VP|BD).*");

    /** A contacts entry that is a title alone ("副总经理", "投资部负责人"), no name. */
    static boolean titleOnly(String item) {
        if (item.isEmpty()) return false;
        if (LATIN.matcher(item).matches() && !LATIN_TITLE.matcher(item).matches()) return false;
        if (item.length() <= 3 && PersonNames.isSurname(item.charAt(0))) return false;
        if ((item.startsWith("小") || item.startsWith("老")) && item.length() == 2) return false;
        return TITLE.matcher(item).matches();
    }

    static boolean allTitles(String contacts) {
        for (String item : contacts.split("、")) if (item.contains("（") || !titleOnly(item.strip())) return false;
        return true;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    /** Experiment switch for a visit's empty ourPeople: 0 never asks the model, 1 only with a cue of ours, 2 always. */
    static volatile int oursTrigger = Integer.getInteger("people.ours", 1);

    /** A word saying some of ours are named: "我和…", "陪同", "…一起", "组员…", "参加：…". */
    private static final Pattern OURS_CUE = Pattern.compile("我和|和我|我们|陪同|一起|一齐|一块|组员|同行|参加|人员|带队|同事|都在|随|跟");

    static boolean oursCue(String text) { return OURS_CUE.matcher(text).find(); }

    /** Whether a record leaves a people field to the model (ours: a visit's empty ourPeople where the text has a cue). */
    static boolean wants(Report d, boolean ours) {
        if (d instanceof VisitReport v) return blank(v.contacts()) || allTitles(v.contacts()) || ours && blank(v.ourPeople());
        if (d instanceof InspectionReport r) return blank(r.companions());
        if (d instanceof LeadReport l) return blank(l.owner());
        if (d instanceof SigningReport s) return blank(s.owner());
        return false;
    }

    /**
     * The outcome with the people fields the rules left empty (or, for contacts, titles only) filled by the model where
     * it reads someone; the outcome itself when no record needs it or the model reads nobody.
     */
    static ParseOutcome fill(String text, ParseOutcome outcome) {
        if (!enabled || text == null || text.isEmpty() || text.length() > 3000) return outcome;
        List<ParsedItem> items = outcome.items();
        int trigger = oursTrigger;
        boolean ours = trigger == 2 || trigger == 1 && oursCue(text);
        boolean any = false;
        for (ParsedItem i : items) any |= i.draft() != null && wants(i.draft(), ours);
        if (!any) return outcome;
        PeopleModel model = model();
        if (model == null) return outcome;
        List<Span> spans = spans(text, model.decode(text));
        if (spans.isEmpty()) return outcome;
        List<Map<String, String>> read = perRecord(text, items, spans);
        List<ParsedItem> out = new ArrayList<>(items.size());
        boolean changed = false;
        for (int k = 0; k < items.size(); k++) {
            ParsedItem item = items.get(k);
            Report d = item.draft();
            Report filled = d == null ? null : filled(d, read.get(k));
            if (filled == null || filled.equals(d)) { out.add(item); continue; }
            changed = true;
            if (item instanceof ParsedItem.Ok ok) out.add(new ParsedItem.Ok(filled, ok.doubts()));
            else if (item instanceof ParsedItem.Invalid inv) out.add(new ParsedItem.Invalid(inv.kind(), inv.problems(), filled, inv.doubts()));
        }
        return changed ? new ParseOutcome(out) : outcome;
    }

    private static String or(String rules, String model) { return blank(rules) && model != null ? model : rules; }

    private static Report filled(Report d, Map<String, String> m) {
        if (d instanceof VisitReport v) {
            String contacts = blank(v.contacts()) ? or(v.contacts(), m.get("contacts"))
                    : allTitles(v.contacts()) ? entries(v.contacts(), m.get("contacts")) : v.contacts();
            return new VisitReport(v.date(), v.enterprise(), v.enterpriseInfo(), v.region(), v.industry(), contacts,
                    or(v.ourPeople(), m.get("ours")), v.content(), v.intent(), v.amountYuan(), v.followUp());
        }
        if (d instanceof InspectionReport r) {
            return new InspectionReport(r.enterprise(), r.date(), r.visitors(), or(r.companions(), m.get("ours")), r.itinerary(), r.area(), r.result());
        }
        if (d instanceof LeadReport l) {
            return new LeadReport(l.date(), l.enterprise(), l.project(), l.industry(), l.amountYuan(), l.area(), or(l.owner(), m.get("owner")),
                    l.source(), l.stage(), l.nextStep());
        }
        if (d instanceof SigningReport s) {
            return new SigningReport(s.project(), s.enterprise(), s.date(), s.amountYuan(), s.industry(), s.area(), s.progress(), s.issues(),
                    or(s.owner(), m.get("owner")), s.remark());
        }
        return d;
    }

    /** The rules' contacts with each title-only entry replaced by the model's contact of that title ("副总经理" → 严明（副总经理）). */
    static String entries(String rules, String model) {
        if (model == null) return rules;
        List<String> out = new ArrayList<>();
        for (String item : rules.split("、")) {
            String better = item;
            if (!item.contains("（") && titleOnly(item.strip())) {
                for (String m : model.split("、")) {
                    if (m.endsWith("（" + item.strip() + "）") && !rules.contains(m.substring(0, m.indexOf('（')))) { better = m; break; }
                }
            }
            out.add(better);
        }
        return String.join("、", out);
    }

    private static String enterprise(Report d) {
        if (d instanceof VisitReport v) return v.enterprise();
        if (d instanceof LeadReport l) return l.enterprise();
        if (d instanceof InspectionReport r) return r.enterprise();
        if (d instanceof SigningReport s) return s.enterprise();
        return null;
    }

    /**
     * The people the model reads for each record, in order (contacts, ours, owner → value or null): a span goes to the
     * record whose enterprise it follows; before every enterprise, ours go with every record and a contact with the
     * first; ours after the last record's enterprise past a line break or "。" go with every record.
     */
    static List<Map<String, String>> perRecord(String text, List<ParsedItem> items, List<Span> spans) {
        int n = items.size();
        int[] starts = new int[n];
        int from = 0;
        for (int i = 0; i < n; i++) {
            Report d = items.get(i).draft();
            String ent = d == null ? null : enterprise(d);
            int at = ent == null || ent.isEmpty() ? -1 : text.indexOf(ent, from);
            if (at < 0 && ent != null && ent.length() >= 2) at = text.indexOf(ent.substring(0, 2), from);
            starts[i] = at;
            if (at >= 0) from = at + 1;
        }
        List<List<Span>> per = new ArrayList<>();
        for (int i = 0; i < n; i++) per.add(new ArrayList<>());
        int last = -1;
        for (int i = 0; i < n; i++) if (starts[i] >= 0) last = i;
        for (Span s : spans) {
            int owner = -1;
            for (int i = 0; i < n; i++) if (starts[i] >= 0 && starts[i] <= s.start()) owner = i;
            // "…下午拜访Y公司，见了…。参加的是宋志芳和关贝贝", "1 X…\n2 Y…\n我和蒋文涛": ours in a sentence or line
            // of their own after the last record's enterprise go with every record of the message
            boolean trailing = false;
            if (owner == last && last > 0 && s.label().equals("OUR")) {
                for (int k = starts[last]; k < s.start() && !trailing; k++) trailing = text.charAt(k) == '\n' || text.charAt(k) == '。';
            }
            if (trailing) { for (int i = 0; i < n; i++) per.get(i).add(s); }
            else if (owner >= 0) per.get(owner).add(s);
            else {
                for (int i = 0; i < n; i++) {
                    per.get(i).add(s);
                    if (s.label().startsWith("C")) break;
                }
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            List<Span> mine = per.get(i);
            m.put("contacts", contacts(text, mine));
            m.put("ours", names(mine, "OUR"));
            m.put("owner", names(mine, "OWN"));
            out.add(m);
        }
        return out;
    }

    static String names(List<Span> spans, String label) {
        Set<String> out = new LinkedHashSet<>();
        for (Span s : spans) if (s.label().equals(label) && !s.text().isEmpty()) out.add(s.text());
        return out.isEmpty() ? null : String.join("、", out);
    }

    /** Contacts as the ledger writes them: 名（职务） where a title stands next to the name, lone titles after. */
    static String contacts(String text, List<Span> spans) {
        List<Span> cs = new ArrayList<>();
        for (Span s : spans) if (s.label().equals("CN") || s.label().equals("CT")) cs.add(s);
        Map<String, String> byName = new LinkedHashMap<>();
        boolean[] used = new boolean[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            Span s = cs.get(i);
            if (!s.label().equals("CN")) continue;
            String title = null;
            if (i > 0 && !used[i - 1] && cs.get(i - 1).label().equals("CT") && gap(text, cs.get(i - 1).end(), s.start()) <= 2) {
                title = cs.get(i - 1).text();
                used[i - 1] = true;
            } else if (i + 1 < cs.size() && cs.get(i + 1).label().equals("CT") && gap(text, s.end(), cs.get(i + 1).start()) <= 1) {
                title = cs.get(i + 1).text();
                used[i + 1] = true;
            }
            used[i] = true;
            String prior = byName.get(s.text());
            if (prior == null || (title != null && !prior.contains("（"))) {
                byName.put(s.text(), title == null ? s.text() : s.text() + "（" + title + "）");
            }
        }
        List<String> values = new ArrayList<>(byName.values());
        Set<String> lone = new LinkedHashSet<>();
        for (int i = 0; i < cs.size(); i++) if (!used[i]) lone.add(cs.get(i).text());
        List<String> out = new ArrayList<>(values);
        for (String t : lone) if (values.stream().noneMatch(v -> v.contains("（" + t + "）"))) out.add(t);
        return out.isEmpty() ? null : String.join("、", out);
    }

    private static int gap(String text, int from, int to) {
        if (to < from) return 99;
        int g = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '，' || c == '。' || c == '、' || c == ',') return 99;
            g++;
        }
        return g;
    }
}
