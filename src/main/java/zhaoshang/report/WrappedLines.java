package zhaoshang.report;

/**
 * Text read off a screenshot (OCR), where a chat bubble's width broke the lines mid-word: "今天上午拜访了南京中\n电熊猫液晶
 * 材料有限公\n司，对接人副总经理\n郝建军，…", "企业名称：北京华科智造机器人有\n限公司". The broken lines are joined back into
 * the sentence they were: a run of three lines or more of about the same width (the bubble's), none ending a sentence,
 * where some line starts with a pause mark ("，对接人…") or an organisation's suffix runs across the break ("有\n限公司");
 * or any two lines across which such a suffix runs. Lines typed by hand break where the member pressed return, at the
 * end of a field or a sentence, and are left as they are.
 */
final class WrappedLines {

    private WrappedLines() { }

    /** Suffixes of a registered name, the ones a break falls inside. */
    private static final String[] SUFFIXES = {"股份有限公司", "有限责任公司", "有限公司", "集团"};

    /** Least width (CJK characters count two) of a line broken by a bubble's edge. */
    private static final int MIN_WIDTH = 16;
    /** How far apart the widths of the full lines of one bubble may be (OCR reads narrow letters and digits unevenly). */
    private static final int WIDTH_SPREAD = 4;

    static String join(String text) {
        if (text == null) return null;
        int first = text.indexOf('\n');
        if (first < 0 || text.indexOf('\n', first + 1) < 0 && !suffixBreak(text.substring(0, first), text.substring(first + 1))) return text;
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        int i = 0;
        while (i < lines.length) {
            int end = runEnd(lines, i);
            if (end > i) {
                if (i > 0) out.append('\n');
                for (int k = i; k <= end; k++) out.append(k == i ? lines[k].stripTrailing() : lines[k].strip());
                changed = true;
                i = end + 1;
                continue;
            }
            if (i > 0) out.append('\n');
            out.append(lines[i]);
            i++;
        }
        return changed ? out.toString() : text;
    }

    /**
     * The last line of the wrapped run starting at line i (its last line the short one that ends the bubble's text), or
     * i when no run starts there.
     */
    private static int runEnd(String[] lines, int i) {
        if (i + 1 >= lines.length || lines[i].isBlank() || endsSentence(lines[i])) return i;
        if (suffixBreak(lines[i], lines[i + 1])) {
            // "有\n限公司" joins; the run then goes on as far as the bubble's width holds
            int j = i + 1;
            while (j + 1 < lines.length && full(lines[j], lines[i]) && !endsSentence(lines[j]) && goesOn(lines[j + 1])) j++;
            return j;
        }
        int w = width(lines[i]);
        if (w < MIN_WIDTH) return i;
        int lo = w, hi = w;
        boolean signal = false;
        // lines of a list ("12月8日 海尔智家", "星期一：蔚来汽车") open with a figure or hold spaces between their pieces
        boolean plain = plain(lines[i]);
        int full = 1;
        int j = i;
        while (j + 1 < lines.length && goesOn(lines[j + 1]) && !endsSentence(lines[j]) && !labelled(lines[j + 1])) {
            String next = lines[j + 1].strip();
            if (startsWithPause(next) || suffixBreak(lines[j], next)) signal = true;
            j++;
            int nw = width(lines[j]);
            // the line after the last full one ends the bubble's text, whatever its width
            if (nw < MIN_WIDTH || Math.max(hi, nw) - Math.min(lo, nw) > WIDTH_SPREAD || endsSentence(lines[j])) break;
            lo = Math.min(lo, nw);
            hi = Math.max(hi, nw);
            plain &= plain(lines[j]);
            full++;
        }
        // three full lines or more of one width (within a narrow letter or two), words running on with no space: a
        // bubble's edge, not where a member pressed return
        if (full >= 3 && hi - lo <= 2 && lo >= 20 && plain) signal = true;
        return signal && j - i >= 2 ? j : i;
    }

    /** Words running on: no space between them, no figure opening the line. */
    private static boolean plain(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.indexOf(' ') < 0 && !Character.isDigit(s.charAt(0));
    }

    /** The line opens with a field's name and colon ("企业名称：", "对接人："): a form's next field, not a wrapped line. */
    private static boolean labelled(String line) {
        String s = line.strip();
        if (s.indexOf('：') < 0 && s.indexOf(':') < 0) return false;
        for (ReportKind k : ReportKind.values()) if (FieldSynonyms.colonLabelAt(k, s, 0) != null) return true;
        return false;
    }

    /** The line is about as wide as the run's first (a full line of the same bubble). */
    private static boolean full(String line, String first) {
        return Math.abs(width(line) - width(first)) <= WIDTH_SPREAD && width(line) >= MIN_WIDTH;
    }

    /** Width as shown: a CJK character or full-width mark counts two, an ASCII one one. */
    private static int width(String line) {
        int from = 0, to = line.length();
        while (from < to && Character.isWhitespace(line.charAt(from))) from++;
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) to--;
        int w = 0;
        for (int k = from; k < to; k++) w += line.charAt(k) < 0x2E80 ? 1 : 2;
        return w;
    }

    private static boolean endsSentence(String line) {
        String s = line.stripTrailing();
        if (s.isEmpty()) return true;
        char c = s.charAt(s.length() - 1);
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '：' || c == ':' || c == '；' || c == ';';
    }

    /** The line can go on the sentence above: it opens with a word, a figure or a pause mark (not "—", "18:47" alone). */
    private static boolean goesOn(String line) {
        String s = line.strip();
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        return Character.isLetterOrDigit(c) && !(s.length() <= 5 && s.indexOf(':') > 0) || startsWithPause(s);
    }

    private static boolean startsWithPause(String next) {
        if (next.isEmpty()) return false;
        char c = next.charAt(0);
        return c == '，' || c == '、' || c == '。' || c == '）' || c == '；';
    }

    /** A registered name's suffix runs across the break: "…机器人有" over "限公司…", "…材料股" over "份有限公司…". */
    private static boolean suffixBreak(String line, String next) {
        String a = line.stripTrailing();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || !InputText.isCjk(a.charAt(a.length() - 1)) || !InputText.isCjk(b.charAt(0))) return false;
        for (String s : SUFFIXES) {
            for (int k = 1; k < s.length(); k++) {
                // a ends with s's first k characters, b starts with the rest (compared in place, nothing copied)
                if (a.regionMatches(a.length() - k, s, 0, k) && b.regionMatches(0, s, k, s.length() - k)) return true;
            }
        }
        return false;
    }
}
