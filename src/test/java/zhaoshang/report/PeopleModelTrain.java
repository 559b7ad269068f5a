package zhaoshang.report;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains {@link PeopleModel} and writes the model resource the parser loads
 * ({@code src/main/resources/zhaoshang/report/people-model.bin}), reproducibly: the same corpora, passes, seed and
 * pruning give the same file. Training data: the repository's prose and template corpora and the development sets
 * (h110, h112 … h138, the even ones; never the odd check sets, which measure the model), each expected people value
 * aligned to its span(s) as {@link PeopleModelEval#align} does (a message whose people fields are unlisted or not
 * found in its text is left out). Each message is parsed first with the per-message memo held open, so the features
 * are built from the words the parse itself segmented, exactly as in the parser. HanLP's averaged structured
 * perceptron update (Viterbi keeping spans whole), shuffled with a fixed seed; then the features whose weights all stay
 * below a threshold are dropped (keeping the strongest), and the rest stored as int8. Run after
 * {@code mvn -q package -DskipTests && mvn -q test-compile}:
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/zhaoshang-bot.jar zhaoshang.report.PeopleModelTrain [passes] [-kN] [-oPATH] [-sSETS]
 * </pre>
 * passes: 10 by default; -kN keeps the N strongest features (150000 by default); -oPATH writes elsewhere; -sSETS
 * trains on these held-out sets instead of the development sets (comma-separated numbers, e.g. -s110,112,114, for
 * choosing settings on the development sets alone).
 */
public final class PeopleModelTrain {

    static final long SEED = 42;

    private PeopleModelTrain() { }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int passes = 10;
        int keep = 150_000;
        Path target = Paths.get("src/main/resources/zhaoshang/report/" + PeopleModel.RESOURCE);
        List<Integer> sets = new ArrayList<>();
        for (int h = 110; h <= 138; h += 2) sets.add(h);
        for (String a : args) {
            if (a.startsWith("-k")) keep = Integer.parseInt(a.substring(2));
            else if (a.startsWith("-o")) target = Paths.get(a.substring(2));
            else if (a.startsWith("-s")) {
                sets.clear();
                for (String s : a.substring(2).split(",")) sets.add(Integer.parseInt(s.strip()));
            } else passes = Integer.parseInt(a);
        }
        for (int h : sets) if (h % 2 != 0) throw new IllegalArgumentException("h" + h + " is a check set: never trained on");
        PeopleModel.enabled = false;
        Path heldout = Paths.get(PeopleModelTrain.class.getResource("/report-corpus-heldout").toURI());
        List<ProseCorpus> corpus = new ArrayList<>(ProseCorpus.load());
        for (ReportCorpus r : ReportCorpus.load()) corpus.add(PeopleModelEval.fromTemplate(r));
        for (int h : sets) corpus.addAll(ProseCorpus.load(heldout.resolve("h" + h)));
        PeopleModelEval.Alignment al = PeopleModelEval.align(corpus);
        Map<String, ProseCorpus> byText = new HashMap<>();
        for (ProseCorpus c : corpus) byText.putIfAbsent(c.text(), c);
        long t0 = System.nanoTime();
        // features as the parser builds them: after the parse, from its memoised segmentations
        Map<Integer, Integer> rowOf = new HashMap<>();
        List<int[][]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (PeopleTagger.Example e : al.examples) {
            ProseCorpus c = byText.get(e.text());
            int[][] f;
            try (MessageMemo m = MessageMemo.open()) {
                ProseScore.parse(c);
                f = PeopleModel.features(e.text());
            }
            int[][] rows = new int[f.length][];
            for (int i = 0; i < f.length; i++) {
                rows[i] = new int[f[i].length];
                for (int j = 0; j < f[i].length; j++) {
                    Integer r = rowOf.get(f[i][j]);
                    if (r == null) { r = rowOf.size(); rowOf.put(f[i][j], r); }
                    rows[i][j] = r;
                }
            }
            xs.add(rows);
            ys.add(tags(e.tags()));
        }
        long featureMs = (System.nanoTime() - t0) / 1_000_000;
        int T = PeopleModel.TAGS;
        int transLen = (T + 1) * T;
        int features = rowOf.size();
        Perceptron p = new Perceptron(transLen + features * T);
        Integer[] order = new Integer[xs.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random random = new Random(SEED);
        t0 = System.nanoTime();
        for (int it = 0; it < passes; it++) {
            Collections.shuffle(Arrays.asList(order), random);
            int wrong = 0;
            for (int k : order) {
                int[][] x = xs.get(k);
                int[] gold = ys.get(k);
                int n = x.length;
                float[] emit = new float[n * T];
                for (int i = 0; i < n; i++) {
                    for (int r : x[i]) {
                        int base = transLen + r * T;
                        for (int t = 0; t < T; t++) emit[i * T + t] += p.w[base + t];
                    }
                }
                float[] trans = Arrays.copyOf(p.w, transLen);
                int[] guess = PeopleModel.viterbi(emit, n, trans);
                p.tick();
                for (int i = 0; i < n; i++) {
                    int g = gold[i], q = guess[i];
                    int gp = i == 0 ? -1 : gold[i - 1], qp = i == 0 ? -1 : guess[i - 1];
                    if (g != q) {
                        wrong++;
                        for (int r : x[i]) {
                            p.add(transLen + r * T + g, 1);
                            p.add(transLen + r * T + q, -1);
                        }
                    }
                    if (g != q || gp != qp) {
                        p.add((gp + 1) * T + g, 1);
                        p.add((qp + 1) * T + q, -1);
                    }
                }
            }
            out.printf("pass %d: %d characters mistagged%n", it + 1, wrong);
        }
        float[] w = p.averaged();
        long trainMs = (System.nanoTime() - t0) / 1_000_000;
        // keep the strongest features (largest weight over the tags), int8 with one scale
        float[] strength = new float[features];
        for (int r = 0; r < features; r++) {
            float m = 0;
            for (int t = 0; t < T; t++) m = Math.max(m, Math.abs(w[transLen + r * T + t]));
            strength[r] = m;
        }
        float[] sorted = strength.clone();
        Arrays.sort(sorted);
        float threshold = keep >= features ? 0 : sorted[features - keep];
        float max = sorted[features - 1];
        float scale = max / 127f;
        int[] keyOf = new int[features];
        for (Map.Entry<Integer, Integer> e : rowOf.entrySet()) keyOf[e.getValue()] = e.getKey();
        List<int[]> kept = new ArrayList<>(); // {key, row}
        for (int r = 0; r < features; r++) {
            if (strength[r] == 0 || strength[r] < threshold) continue;
            boolean nonzero = false;
            for (int t = 0; t < T; t++) nonzero |= Math.round(w[transLen + r * T + t] / scale) != 0;
            if (nonzero) kept.add(new int[]{keyOf[r], r});
        }
        kept.sort((a, b) -> Integer.compareUnsigned(a[0], b[0]));
        int[] keys = new int[kept.size()];
        byte[] bytes = new byte[kept.size() * T];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = kept.get(i)[0];
            int r = kept.get(i)[1];
            for (int t = 0; t < T; t++) bytes[i * T + t] = (byte) Math.max(-127, Math.min(127, Math.round(w[transLen + r * T + t] / scale)));
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(target)) {
            PeopleModel.write(o, keys, bytes, scale, Arrays.copyOf(w, transLen));
        }
        out.printf("trained on repo corpora + h%s: %d messages, %d aligned (dropped %s); features %d ms, %d passes %d ms%n",
                sets, corpus.size(), al.examples.size(), al.dropped, featureMs, passes, trainMs);
        out.printf("%d features, %d kept (strength >= %.4f, max %.3f); wrote %s, %d bytes%n", features, keys.length, threshold, max,
                target, Files.size(target));
    }

    private static int[] tags(String[] tags) {
        int[] out = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
            String t = tags[i];
            if (t.equals("O")) continue;
            int label = Arrays.asList(PeopleModel.LABELS).indexOf(t.substring(2));
            out[i] = PeopleModel.tag(label, t.charAt(0) == 'B' || t.charAt(0) == 'S');
        }
        return out;
    }

    /** HanLP's averaged perceptron update, parameters averaged lazily by time stamps. */
    static final class Perceptron {
        final float[] w;
        final double[] total;
        final int[] stamp;
        int now;

        Perceptron(int size) {
            w = new float[size];
            total = new double[size];
            stamp = new int[size];
        }

        void tick() { now++; }

        void add(int i, float v) {
            total[i] += (double) (now - stamp[i]) * w[i];
            stamp[i] = now;
            w[i] += v;
        }

        float[] averaged() {
            float[] out = new float[w.length];
            for (int i = 0; i < w.length; i++) {
                double t = total[i] + (double) (now - stamp[i]) * w[i];
                out[i] = (float) (t / now);
            }
            return out;
        }
    }
}
