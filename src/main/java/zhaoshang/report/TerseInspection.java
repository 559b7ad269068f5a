package zhaoshang.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inspection typed as one terse line with no kind word: the enterprise (by its short form), perhaps how many come,
 * then that they come to one of our zones — "下周二 山河智能 3人 来潞州 看装备园 函已发", "伊泰 3人 本周五到高新 看化工新材料园",
 * "京东物流 熊总一行5人 到潞州看物流园 牛晓东 小周陪". The line is rewritten under the kind word 考察 with its day first
 * (today when it names none) and the zone written in full, and read as a headed inspection. Anything else is left alone.
 */
final class TerseInspection {

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[ \\u3000]+");
    /** "来潞州", "本周五到高新", "到潞州看物流园": coming to a zone of ours, a day before it, what is looked at after it. */
    private static final Pattern CAME = Pattern.compile("^(.{0,6}?)([来到])(潞州|高新|长治)(区)?((?:看|参观|考察).*)?$");
    /** "3人", "一行4人", "熊总一行5人", "一行": how many come, or the one who leads them. */
    private static final Pattern PARTY = Pattern.compile("^(?:[\\u4e00-\\u9fff]{1,2}总)?(?:一行)?(?:[0-9一二三四五六七八九十]{1,2}人)?$");

    private TerseInspection() { }

    /** The line as a headed inspection ("考察 下周二 山河智能 3人 来潞州区 看装备园 …"); null when it is no such line. */
    static String rewrite(String line, LocalDate today) {
        String s = line.strip();
        if (s.length() > 120 || s.indexOf(' ') < 0 || s.indexOf('？') >= 0 || s.indexOf('?') >= 0) return null;
        if (s.indexOf('来') < 0 && s.indexOf('到') < 0) return null;
        String[] t = TOKEN_SPLIT.split(s);
        if (t.length < 3) return null;
        int i = 0;
        String day = null;
        if (TerseLine.onlyADate(t[0], today)) { day = t[0]; i = 1; }
        if (i >= t.length) return null;
        String name = t[i].endsWith("一行") ? t[i].substring(0, t[i].length() - 2) : t[i];
        if (!TerseLine.shortForm(name) || ProseCues.of(name) != null) return null;
        int c = i + 1;
        if (c < t.length && !t[c].isEmpty() && PARTY.matcher(t[c]).matches()) c++;
        if (c >= t.length) return null;
        Matcher m = CAME.matcher(t[c]);
        if (!m.matches()) return null;
        String when = m.group(1);
        if (!when.isEmpty()) {
            if (day != null || !TerseLine.onlyADate(when, today)) return null;
            day = when;
        }
        String zone = m.group(3).equals("长治") ? "长治" : m.group(3) + "区";
        StringBuilder b = new StringBuilder("考察 ").append(day == null ? "今天" : day);
        for (int k = i; k < t.length; k++) {
            b.append(' ');
            b.append(k == c ? m.group(2) + zone + (m.group(5) == null ? "" : m.group(5)) : t[k]);
        }
        return b.toString();
    }
}
