package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A last line under a filled-in template that puts one of its fields right in words: "区域写错了，是潞州区", "日期改一下，
 * 是14号来的", "返回改成1月9日", "上面写错了，意向是较强，对接人是李树森副总经理", "金额打错了，是2.5亿不是25亿". The field is
 * named by any of its kind's names (金额 for a 拟投资 line), the new value follows 是/为/改成 up to the next pause; it
 * replaces the value of the line under that field's name, and the line goes. Without such a line above, an amount
 * replaces the last amount written ("「…投资4亿」\n----\n更正：投资额是4.8亿元"). A line it cannot place is left as typed.
 */
final class FieldCorrections {

    /** What a member writes before the new value, longest first. */
    private static final String[] LEADS = {"改一下", "改一改", "写错了", "打错了", "填错了", "弄错了", "搞错了", "错了", "不对", "应该是", "应为",
            "改成", "改为", "更正为", "更正", "是", "为"};
    private static final String[] CUES = {"错", "改", "不对", "更正"};

    private FieldCorrections() { }

    static String apply(String text, LocalDate today) {
        if (text == null || text.indexOf('\n') < 0 || !Patterns.containsAny(text, CUES)) return text;
        String[] lines = text.split("\n", -1);
        int last = lines.length - 1;
        while (last > 0 && lines[last].isBlank()) last--;
        if (last < 1) return text;
        String fix = lines[last].strip();
        if (fix.length() > 60 || !Patterns.containsAny(fix, CUES)) return text;
        ReportKind kind = kind(lines, last);
        boolean placed = false;
        int i = 0;
        while (i < fix.length()) {
            char before = i == 0 ? '，' : fix.charAt(i - 1);
            FieldSynonyms.Found f = boundary(before) ? at(kind, fix, i) : null;
            if (f == null) { i++; continue; }
            int v = valueStart(fix, f.end());
            if (v < 0) { i = f.end(); continue; }
            int e = valueEnd(fix, v);
            String value = valid(f.component(), fix.substring(v, e).strip(), today);
            if (value != null && put(lines, last, kind, f.component(), value)) placed = true;
            i = Math.max(e, f.end());
        }
        if (!placed) return text;
        List<String> out = new ArrayList<>(List.of(lines).subList(0, last));
        return String.join("\n", out);
    }

    /** The kind whose field names open most lines above; null when none does. */
    private static ReportKind kind(String[] lines, int last) {
        ReportKind best = null;
        int most = 0;
        for (ReportKind k : ReportKind.values()) {
            int n = 0;
            for (int i = 0; i < last; i++) if (FieldSynonyms.colonLabelAt(k, lines[i], NumberedLine.markerEnd(lines[i])) != null) n++;
            if (n > most) { most = n; best = k; }
        }
        return best;
    }

    private static FieldSynonyms.Found at(ReportKind kind, String s, int i) {
        if (kind != null) return FieldSynonyms.at(kind, s, i);
        // no form above: only an amount can be placed, by any kind's name for it
        for (ReportKind k : ReportKind.values()) {
            FieldSynonyms.Found f = FieldSynonyms.at(k, s, i);
            if (f != null && f.component().equals("amountYuan")) return f;
        }
        return null;
    }

    private static boolean boundary(char c) {
        return c == '，' || c == ',' || c == '：' || c == ':' || c == '；' || c == '。' || c == ' ' || c == '、';
    }

    /** Where the new value starts after a field's name: after one or more of {@link #LEADS}; -1 when none stands there. */
    private static int valueStart(String s, int p) {
        boolean led = false;
        while (p < s.length()) {
            char c = s.charAt(p);
            if (c == '，' || c == ',' || c == '：' || c == ':' || c == ' ') { p++; continue; }
            String lead = null;
            for (String l : LEADS) if (s.startsWith(l, p)) { lead = l; break; }
            if (lead == null) break;
            led = true;
            p += lead.length();
        }
        return led && p < s.length() ? p : -1;
    }

    private static int valueEnd(String s, int p) {
        int e = p;
        while (e < s.length() && "，,。；;！!".indexOf(s.charAt(e)) < 0 && !s.startsWith("不是", e)) e++;
        return e;
    }

    /** The value as the field's line should hold it, or null when it is none of that field's values. */
    private static String valid(String component, String value, LocalDate today) {
        if (value.isEmpty()) return null;
        return switch (component) {
            case "area" -> ProseFields.area(value) != null && value.length() <= 8 ? value : null;
            case "date", "departDate", "returnDate" -> {
                ChineseDates.Reading r = ChineseDates.read(value, 0, today, ChineseDates.Resolution.NEAREST);
                yield r == null ? null : value.substring(0, r.end());
            }
            case "amountYuan" -> Money.read(value).ok() ? value : null;
            case "intent" -> InvestmentIntent.isLevel(value) ? value : null;
            case "contacts", "ourPeople", "companions", "owner" -> value.length() <= 16 ? value : null;
            default -> null;
        };
    }

    /** Puts the value into the line above holding the field alone; an amount with no such line replaces the last amount. */
    private static boolean put(String[] lines, int last, ReportKind kind, String component, String value) {
        for (int i = last - 1; i >= 0 && kind != null; i--) {
            String line = lines[i];
            int m = NumberedLine.markerEnd(line);
            FieldSynonyms.Found f = FieldSynonyms.colonLabelAt(kind, line, m);
            if (f == null || !f.component().equals(component)) continue;
            if (line.indexOf('：', f.end()) >= 0 || line.indexOf(':', f.end()) >= 0) return false;
            lines[i] = line.substring(0, f.end()) + value;
            return true;
        }
        if (!component.equals("amountYuan")) return false;
        for (int i = last - 1; i >= 0; i--) {
            java.util.regex.Matcher w = SpokenCorrections.AMOUNT.matcher(lines[i]);
            int s = -1, e = -1;
            while (w.find()) { s = w.start(); e = w.end(); }
            if (s < 0) continue;
            lines[i] = lines[i].substring(0, s) + value + lines[i].substring(e);
            return true;
        }
        return false;
    }
}
