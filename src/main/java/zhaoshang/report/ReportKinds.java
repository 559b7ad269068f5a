package zhaoshang.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The words members use for each kind of report (走访, 拜访, 实效线索, 来区考察, 签约项目, 出差计划, 招商总结 …). */
public final class ReportKinds {

    /** A kind word found at some position: the kind and where the word ends. */
    record Match(ReportKind kind, int end) { }

    private record Word(String text, ReportKind kind) { }

    private static final List<Word> WORDS = new ArrayList<>();
    /** First characters of all kind words: most positions in a text start none. */
    private static final String FIRST_CHARS;
    /** The words by their first character (as FIRST_CHARS orders them), longest first as in WORDS. */
    private static final Word[][] BY_FIRST;

    static {
        words(ReportKind.VISIT, "走访记录", "走访企业", "走访登记", "走访", "拜访记录", "拜访企业", "拜访", "企业走访", "登门拜访");
        words(ReportKind.LEAD, "实效线索", "有效线索", "招商线索", "项目线索", "线索");
        words(ReportKind.INSPECTION, "来区考察", "邀请考察", "来高新区考察", "来潞州区考察", "考察接待", "来访考察", "考察");
        words(ReportKind.SIGNING, "签约项目", "项目签约", "签约");
        words(ReportKind.TRIP_PLAN, "外出计划", "出差计划", "招商计划", "外出工作计划", "外出招商计划", "外出招商工作计划", "出行计划");
        words(ReportKind.TRIP_SUMMARY, "外出总结", "招商总结", "出差总结", "外出工作总结", "外出招商总结", "外出招商工作总结",
                "外出招商工作总结报告", "总结报告");
        WORDS.sort(Comparator.comparingInt((Word w) -> w.text().length()).reversed());
        StringBuilder first = new StringBuilder();
        for (Word w : WORDS) if (first.indexOf(w.text().substring(0, 1)) < 0) first.append(w.text().charAt(0));
        FIRST_CHARS = first.toString();
        BY_FIRST = new Word[FIRST_CHARS.length()][];
        for (int k = 0; k < FIRST_CHARS.length(); k++) {
            char c = FIRST_CHARS.charAt(k);
            BY_FIRST[k] = WORDS.stream().filter(w -> w.text().charAt(0) == c).toArray(Word[]::new);
        }
    }


    private static void words(ReportKind kind, String... texts) {
        for (String t : texts) WORDS.add(new Word(t, kind));
    }

    private ReportKinds() { }

    /** The kind a member names, e.g. for "模板 走访": "走访", "拜访", "线索", "外出计划", "V", "签约台账"…; empty if none. */
    public static Optional<ReportKind> fromName(String name) {
        if (name == null) return Optional.empty();
        String s = InputText.clean(name).strip();
        if (s.startsWith("【") && s.endsWith("】") && s.length() > 2) s = s.substring(1, s.length() - 1).strip();
        if (s.endsWith("台账")) s = s.substring(0, s.length() - 2);
        if (s.endsWith("模板")) s = s.substring(0, s.length() - 2);
        if (s.isEmpty()) return Optional.empty();
        for (ReportKind k : ReportKind.values()) {
            if (k.label().equals(s) || k.prefix().equalsIgnoreCase(s) || k.name().equalsIgnoreCase(s)) return Optional.of(k);
        }
        Match m = at(s, 0);
        return m != null && m.end() == s.length() ? Optional.of(m.kind()) : Optional.empty();
    }

    /** The first kind word anywhere in a text ("外出计划的模板发我一下" → TRIP_PLAN); empty if none. */
    public static Optional<ReportKind> firstIn(String text) {
        if (text == null) return Optional.empty();
        for (int i = 0; i < text.length(); i++) {
            Match m = at(text, i);
            if (m != null) return Optional.of(m.kind());
        }
        return Optional.empty();
    }

    /** The longest kind word starting at {@code from}, or null. */
    static Match at(String s, int from) {
        int k = from >= s.length() ? -1 : FIRST_CHARS.indexOf(s.charAt(from));
        if (k < 0) return null;
        for (Word w : BY_FIRST[k]) {
            if (s.startsWith(w.text(), from)) return new Match(w.kind(), from + w.text().length());
        }
        return null;
    }
}
