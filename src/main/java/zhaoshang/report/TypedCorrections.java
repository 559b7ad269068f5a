package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "更正：…" line typed under a dictation, putting one thing of it right: "更正：是刘总，不是牛总", "更正：不是昨儿，是前儿个"
 * (the wrong words named: they give way to the right ones), "更正：是2.8个亿" (an amount: the last one said gives way),
 * "更正：意向较强，人家最后说了想来看" (the intent said gives way). The line goes once it is applied; a 更正 it cannot
 * place is left as typed. A line pasted again right under itself is said once. The 更正 command ("更正 #V-0042 …") is
 * no such line.
 */
final class TypedCorrections {

    private static final Pattern LINE = Patterns.compile("^\\s*更正\\s*[：:]\\s*(?!#)(.+?)\\s*$");
    /** "是A，不是B", "不是B，是A": the right words and the wrong ones, each up to a pause. */
    private static final Pattern RIGHT_NOT_WRONG = Patterns.compile("^(?:应该)?是([^，,。；\\s]{1,12})[，,\\s]*(?:而)?不是([^，,。；\\s]{1,12})[，,。；\\s]*$");
    private static final Pattern NOT_WRONG_RIGHT = Patterns.compile("^不是([^，,。；\\s]{1,12})[，,\\s]*(?:应该)?是([^，,。；\\s]{1,12})[，,。；\\s]*$");
    private static final Pattern AMOUNT = SpokenCorrections.AMOUNT;
    private static final Pattern AMOUNT_ONLY = Patterns.compile("^(?:应该)?(?:是)?(" + AMOUNT.pattern() + ")[，,。；\\s]*(?:左右)?[，,。；\\s]*$");
    private static final Pattern INTENT = Patterns.compile("意向(?:是|为)?[\\u4e00-\\u9fff]{1,4}?(?=$|[，,。；\\s]|的)");
    private static final Pattern INTENT_FIRST = Patterns.compile("^(?:是)?(意向(?:是|为)?[\\u4e00-\\u9fff]{1,4}?)(?=$|[，,。；\\s]|的)");

    private TypedCorrections() { }

    static String apply(String text) {
        if (text == null || text.indexOf('\n') < 0) return text;
        String[] raw = text.split("\n", -1);
        List<String> lines = new ArrayList<>();
        boolean changed = false;
        for (String l : raw) {
            // a dictation pasted twice: the copy right under it goes
            if (!lines.isEmpty() && !l.isBlank() && l.strip().length() >= 12 && l.strip().equals(lastNonBlank(lines))) { changed = true; continue; }
            lines.add(l);
        }
        boolean hasLine = text.contains("更正");
        for (int i = 1; hasLine && i < lines.size(); i++) {
            Matcher m = LINE.matcher(lines.get(i));
            if (!m.matches()) continue;
            String prior = String.join("\n", lines.subList(0, i));
            String put = corrected(prior, m.group(1));
            if (put == null) continue;
            List<String> next = new ArrayList<>(List.of(put.split("\n", -1)));
            next.addAll(lines.subList(i + 1, lines.size()));
            lines = next;
            changed = true;
            i--;
        }
        return changed ? String.join("\n", lines) : text;
    }

    private static String lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).isBlank()) return lines.get(i).strip();
        return "";
    }

    /** The text before the line with the correction made in it; null when the correction finds no place. */
    private static String corrected(String prior, String body) {
        String right = null, wrong = null;
        Matcher m = RIGHT_NOT_WRONG.matcher(body);
        if (m.matches()) { right = m.group(1); wrong = m.group(2); }
        else if ((m = NOT_WRONG_RIGHT.matcher(body)).matches()) { wrong = m.group(1); right = m.group(2); }
        if (wrong != null) {
            int at = prior.lastIndexOf(wrong);
            return at < 0 ? null : prior.substring(0, at) + right + prior.substring(at + wrong.length());
        }
        if ((m = AMOUNT_ONLY.matcher(body)).matches()) return replaceLast(prior, AMOUNT, m.group(1));
        if ((m = INTENT_FIRST.matcher(body)).find() && ProseFields.intent(m.group(1)) != null) return replaceLast(prior, INTENT, m.group(1));
        return null;
    }

    private static String replaceLast(String prior, Pattern sort, String right) {
        Matcher w = sort.matcher(prior);
        int s = -1, e = -1;
        while (w.find()) { s = w.start(); e = w.end(); }
        return s < 0 ? null : prior.substring(0, s) + right + prior.substring(e);
    }
}
