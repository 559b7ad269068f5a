package zhaoshang.report;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A statistical reader of the people in a message: HanLP's structured (averaged) perceptron over the characters of
 * the text, tagging spans by role — CN a contact's name, CT a contact's title, OUR one of ours (ourPeople of a visit,
 * companions of an inspection), OWN the owner of a lead or signing — in BMES form. Each character is described by
 * itself and its neighbours, and by the HanLP word it lies in (as the parser segments: names, places and
 * organisations recognised), that word's neighbours and the last verb before it, so a role is read from the words
 * around a name (对接的是, 陪同, 由…跟进) and a name from HanLP's and the characters' own evidence.
 */
final class PeopleTagger {

    static final String[] LABELS = {"CN", "CT", "OUR", "OWN"};

    /** A tagged span of the text: label, [start, end). */
    record Span(String label, int start, int end, String text) { }

    /** A training example: the text and, per character, its tag ("O", "B-CN", "M-CN", "E-CN", "S-CN" …). */
    record Example(String text, String[] tags) { }

    final LinearModel model;

    PeopleTagger(LinearModel model) { this.model = model; }

    static NERTagSet tagSet() {
        NERTagSet ts = new NERTagSet();
        for (String l : LABELS) {
            ts.nerLabels.add(l);
            for (String p : new String[]{"B-", "M-", "E-", "S-"}) ts.add(p + l);
        }
        return ts;
    }

    /** One message as characters with their features; tags null when decoding. */
    static final class CharInstance extends Instance {
        CharInstance(String text, List<String[]> words, String[] tags, FeatureMap fm) {
            int n = text.length();
            featureMatrix = new int[n][];
            tagArray = new int[n];
            if (tags != null) for (int i = 0; i < n; i++) tagArray[i] = fm.tagSet.idOf(tags[i]);
            // word index and position of every character
            int[] wordOf = new int[n];
            int[] wordStart = new int[words.size()];
            int at = 0;
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w)[0];
                int found = text.indexOf(word, at);
                if (found < 0) found = at;
                wordStart[w] = found;
                for (int k = at; k < Math.min(n, found + word.length()); k++) wordOf[k] = w;
                at = Math.min(n, found + word.length());
            }
            for (int k = at; k < n; k++) wordOf[k] = Math.max(0, words.size() - 1);
            List<Integer> f = new ArrayList<>(32);
            StringBuilder sb = new StringBuilder();
            String lastVerb = "_";
            int lastVerbWord = -1;
            for (int i = 0; i < n; i++) {
                f.clear();
                char c0 = text.charAt(i);
                add(sb.append("U0").append(c0), f, fm);
                add(sb.append("U-1").append(ch(text, i - 1)), f, fm);
                add(sb.append("U1").append(ch(text, i + 1)), f, fm);
                add(sb.append("U-2").append(ch(text, i - 2)), f, fm);
                add(sb.append("U2").append(ch(text, i + 2)), f, fm);
                add(sb.append("B-1").append(ch(text, i - 1)).append(c0), f, fm);
                add(sb.append("B0").append(c0).append(ch(text, i + 1)), f, fm);
                add(sb.append("B-2").append(ch(text, i - 2)).append(ch(text, i - 1)), f, fm);
                add(sb.append("B1").append(ch(text, i + 1)).append(ch(text, i + 2)), f, fm);
                add(sb.append("T").append(type(ch(text, i - 1))).append(type(c0)).append(type(ch(text, i + 1))), f, fm);
                add(sb.append("S").append(PersonNames.isSurname(c0) ? '1' : '0').append(type(ch(text, i - 1))), f, fm);
                if (!words.isEmpty()) {
                    int w = wordOf[i];
                    String[] word = words.get(w);
                    int len = word[0].length();
                    int pos = i - wordStart[w];
                    char wp = len == 1 ? 'S' : pos == 0 ? 'B' : pos == len - 1 ? 'E' : 'M';
                    if (len <= 8) add(sb.append("W").append(word[0]), f, fm);
                    add(sb.append("N").append(word[1]).append(wp), f, fm);
                    add(sb.append("L").append(len > 4 ? 5 : len).append(wp), f, fm);
                    String prev = w > 0 ? words.get(w - 1)[0] : "^";
                    String next = w + 1 < words.size() ? words.get(w + 1)[0] : "$";
                    add(sb.append("WL").append(prev), f, fm);
                    add(sb.append("WR").append(next), f, fm);
                    add(sb.append("WL2").append(w > 1 ? words.get(w - 2)[0] : "^"), f, fm);
                    add(sb.append("WR2").append(w + 2 < words.size() ? words.get(w + 2)[0] : "$"), f, fm);
                    add(sb.append("NL").append(w > 0 ? words.get(w - 1)[1] : "^").append(word[1]), f, fm);
                    add(sb.append("NR").append(word[1]).append(w + 1 < words.size() ? words.get(w + 1)[1] : "$"), f, fm);
                    // the last verb before this word within the sentence (对接, 陪同, 见了, 负责)
                    if (pos == 0) {
                        for (int k = Math.max(lastVerbWord + 1, 0); k < w; k++) {
                            String[] pw = words.get(k);
                            if (pw[1].startsWith("v") || pw[1].equals("p")) { lastVerb = pw[0]; lastVerbWord = k; }
                            else if (endsSentence(pw[0])) { lastVerb = "_"; lastVerbWord = k; }
                        }
                    }
                    add(sb.append("V").append(lastVerb), f, fm);
                    add(sb.append("VN").append(lastVerb).append(word[1].charAt(0)), f, fm);
                }
                featureMatrix[i] = toFeatureArray(f);
            }
        }

        private static void add(StringBuilder sb, List<Integer> f, FeatureMap fm) {
            addFeatureThenClear(sb, f, fm);
        }
    }

    private static boolean endsSentence(String w) {
        for (int i = 0; i < w.length(); i++) if ("。！？!?\n；;".indexOf(w.charAt(i)) >= 0) return true;
        return false;
    }

    private static char ch(String t, int i) { return i < 0 ? '^' : i >= t.length() ? '$' : t.charAt(i); }

    private static char type(char c) {
        if (c == '^' || c == '$') return c;
        if (InputText.isCjk(c)) return 'H';
        if (Character.isLetter(c)) return 'L';
        if (Character.isDigit(c)) return 'D';
        if (Character.isWhitespace(c)) return 'S';
        return 'P';
    }

    /** Whether the characters are described by HanLP's words too (false: the characters alone, no segmentation). */
    static boolean withWords = true;

    static List<String[]> words(String text) {
        if (!withWords) return List.of();
        return NameRecogniser.tagged(text);
    }

    /** Trains on examples with HanLP's averaged perceptron (the same update as its PerceptronTrainer). */
    static PeopleTagger train(List<Example> examples, int iterations, long seed) {
        NERTagSet ts = tagSet();
        MutableFeatureMap fm = new MutableFeatureMap(ts);
        List<Instance> instances = new ArrayList<>();
        for (Example e : examples) instances.add(new CharInstance(e.text(), words(e.text()), e.tags(), fm));
        ts.lock();
        AveragedPerceptron model = new AveragedPerceptron(fm);
        double[] total = new double[model.parameter.length];
        int[] timestamp = new int[model.parameter.length];
        int current = 0;
        int tags = ts.size();
        Random random = new Random(seed);
        for (int it = 0; it < iterations; it++) {
            Collections.shuffle(instances, random);
            for (Instance instance : instances) {
                current++;
                int[] guess = new int[instance.length()];
                model.viterbiDecode(instance, guess);
                for (int i = 0; i < instance.length(); i++) {
                    int[] fv = instance.getFeatureAt(i);
                    int[] gold = new int[fv.length];
                    int[] pred = new int[fv.length];
                    for (int j = 0; j < fv.length - 1; j++) {
                        gold[j] = fv[j] * tags + instance.tagArray[i];
                        pred[j] = fv[j] * tags + guess[i];
                    }
                    gold[fv.length - 1] = (i == 0 ? ts.bosId() : instance.tagArray[i - 1]) * tags + instance.tagArray[i];
                    pred[fv.length - 1] = (i == 0 ? ts.bosId() : guess[i - 1]) * tags + guess[i];
                    model.update(gold, pred, total, timestamp, current);
                }
            }
        }
        model.average(total, timestamp, current);
        LinearModel immutable = new LinearModel(new ImmutableFeatureMap(new java.util.HashMap<>(fm.featureIdMap), ts), model.parameter);
        return new PeopleTagger(immutable);
    }

    /** The spans the model reads in a text. */
    List<Span> spans(String text) {
        if (text.isEmpty()) return List.of();
        CharInstance inst = new CharInstance(text, words(text), null, model.featureMap);
        int[] guess = decode(inst);
        List<Span> out = new ArrayList<>();
        int start = -1;
        String label = null;
        for (int i = 0; i < guess.length; i++) {
            String t = model.featureMap.tagSet.stringOf(guess[i]);
            if (t.equals("O")) { start = -1; continue; }
            char p = t.charAt(0);
            String l = t.substring(2);
            if (p == 'S') { add(out, span(text, l, i, i + 1)); start = -1; }
            else if (p == 'B') { start = i; label = l; }
            else if (p == 'E' && start >= 0 && l.equals(label)) { add(out, span(text, l, start, i + 1)); start = -1; }
            else if (p == 'M' && (start < 0 || !l.equals(label))) start = -1;
        }
        return out;
    }

    /**
     * The best tags of an instance: HanLP's model and scores, each character's feature score per tag computed once
     * (LinearModel.viterbiDecode sums every feature again for each pair of tags).
     */
    int[] decode(Instance inst) {
        int n = inst.length();
        int tags = model.featureMap.tagSet.size();
        int bos = model.featureMap.tagSet.bosId();
        float[] w = model.parameter;
        double[][] best = new double[n][tags];
        int[][] back = new int[n][tags];
        double[] emit = new double[tags];
        for (int i = 0; i < n; i++) {
            int[] fv = inst.getFeatureAt(i);
            java.util.Arrays.fill(emit, 0);
            for (int j = 0; j < fv.length - 1; j++) {
                int f = fv[j];
                if (f < 0) continue;
                int base = f * tags;
                for (int t = 0; t < tags; t++) emit[t] += w[base + t];
            }
            for (int t = 0; t < tags; t++) {
                if (i == 0) { best[0][t] = emit[t] + w[bos * tags + t]; continue; }
                double max = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < tags; p++) {
                    double sc = best[i - 1][p] + w[p * tags + t];
                    if (sc > max) { max = sc; arg = p; }
                }
                best[i][t] = max + emit[t];
                back[i][t] = arg;
            }
        }
        int[] out = new int[n];
        if (n == 0) return out;
        int arg = 0;
        for (int t = 1; t < tags; t++) if (best[n - 1][t] > best[n - 1][arg]) arg = t;
        for (int i = n - 1; i >= 0; i--) { out[i] = arg; arg = back[i][arg]; }
        return out;
    }

    private static Span span(String text, String label, int s, int e) {
        return new Span(label, s, e, text.substring(s, e).strip());
    }

    private static void add(List<Span> out, Span s) {
        if (plausible(s)) out.add(s);
    }

    /** No name (a pronoun, a word of our own side, no letter at all): the landed model's test (PeopleModel.plausible). */
    static boolean plausible(Span s) {
        return PeopleModel.plausible(new PeopleModel.Span(s.label(), s.start(), s.end(), s.text()));
    }
}
