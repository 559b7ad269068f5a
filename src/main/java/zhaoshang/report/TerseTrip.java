package zhaoshang.report;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A trip plan typed as one terse line with no kind word: its days, where it goes and whom it visits —
 * "12.14-12.18 上海 中芯国际 华虹宏力 积塔半导体", "下周 西安 12.14-12.18 隆基 奕斯伟 法士特(12.17)". The line is
 * rewritten as "计划：days place names…", which {@link KindHeader} reads as a trip plan when the days are still to
 * come and a place follows them; anything else is left alone.
 */
final class TerseTrip {

    /** "下周", "本周": the week the days fall in, said before them. */
    private static final Pattern WEEK = Patterns.compile("^(?:下周|本周|下礼拜|下星期|这周)$");

    private TerseTrip() { }

    /**
     * The line as "计划：12.14-12.18 西安 隆基 …"; null when it is no such line
     * (the caller has seen that it is one line of words apart, no question, of 120 characters at most).
     */
    static String rewrite(String line, LocalDate today) {
        String s = line.strip();
        char c0 = s.charAt(0);
        if (!Character.isDigit(c0) && c0 != '下' && c0 != '本' && c0 != '这' && !InputText.isCjk(c0)) return null;
        String[] t = TerseLine.words(s);
        if (t.length < 3) return null;
        int i = WEEK.matcher(t[0]).matches() ? 1 : 0;
        // "西安 12.14-12.18 …": the place may come before the days
        if (i + 1 < t.length && !Character.isDigit(t[i].charAt(0)) && Character.isDigit(t[i + 1].charAt(0)) && whole(t[i + 1], today)) {
            String place = t[i];
            t[i] = t[i + 1];
            t[i + 1] = place;
        }
        if (i + 2 >= t.length || !whole(t[i], today)) return null;
        String rest = String.join(" ", java.util.Arrays.copyOfRange(t, i, t.length));
        String plan = "计划：" + rest;
        KindHeader h = KindHeader.read(plan, today);
        return h != null && h.kind() == ReportKind.TRIP_PLAN ? plan : null;
    }

    /** "12.14-12.18", "1.4-1.7": a token that is only a range of days. */
    private static boolean whole(String token, LocalDate today) {
        if (token.indexOf('-') < 0 && token.indexOf('至') < 0 && token.indexOf('到') < 0 && token.indexOf('~') < 0 && token.indexOf('～') < 0) return false;
        ChineseDates.RangeReading r = ChineseDates.readRange(token, today, ChineseDates.Resolution.NEAREST);
        return r != null && r.end() == token.length();
    }
}
