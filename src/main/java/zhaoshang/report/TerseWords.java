package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a terse line (one line of short words typed apart by spaces) put in the shape its readers expect,
 * whatever the typist's habits: the marks of emphasis glued to a word are dropped ("签了!!", "重大意向!!"), a day
 * told twice is told once ("下周三 12月9日", "上月28日 周六": the weekday beside the date of that weekday), and a day
 * glued to the name after it is set apart ("今天DJI", "昨天TCL华星"). A line that is not terse is left as it is.
 */
final class TerseWords {

    private static final Pattern EMPHASIS = Patterns.compile("[!！]+(?= |$)");
    private static final Pattern WEEKDAY = Patterns.compile("^(?:本|这|上|下)?个?(?:周|星期|礼拜)[一二三四五六日天1-7]$");

    /** "补线索", "补报走访", "补登签约": the late word glued before the kind word. */
    private static final Pattern LATE_KIND = Patterns.compile("^(?:补报|补录|补登|补)(线索|走访|拜访|考察|签约)$");

    private TerseWords() { }

    /** The line with its words put in shape; the line itself when it is no terse line. */
    static String tidy(String line, LocalDate today) {
        String s = line.strip();
        if (s.indexOf(' ') < 0 || s.length() > 160) return line;
        if (s.indexOf('!') >= 0 || s.indexOf('！') >= 0) s = EMPHASIS.matcher(s).replaceAll("").strip();
        List<String> t = new ArrayList<>(List.of(TerseLine.words(s)));
        t.removeIf(String::isEmpty);
        if (t.size() < 3) return s;
        boolean changed = false;
        // "补登 15号 签约 …", "补线索 上月28日 …": the word saying the report is sent late is no part of any field
        if (TerseLine.late(t.get(0)) && t.size() > 3) {
            t.remove(0);
            changed = true;
        } else {
            java.util.regex.Matcher late = LATE_KIND.matcher(t.get(0));
            if (late.matches()) {
                t.set(0, late.group(1));
                changed = true;
            }
        }
        // "下周三 12月9日 X …", "前天 周一 X …": the same day in two words, the one with its number kept
        for (int i = 0; i + 1 < t.size() && i < 3; i++) {
            String drop = twice(t.get(i), t.get(i + 1), today);
            if (drop != null) {
                t.remove(drop.equals(t.get(i)) ? i : i + 1);
                changed = true;
                break;
            }
        }
        // "今天DJI 供应链刘经理 …": the day glued to the brand or short name after it
        String[] glued = gluedDay(t.get(0), today);
        if (glued != null) {
            t.set(0, glued[1]);
            t.add(0, glued[0]);
            changed = true;
        }
        return changed ? String.join(" ", t) : s;
    }

    /** Of two words that name the same day, the one to drop (a weekday beside a date); null when they are no such pair. */
    private static String twice(String a, String b, LocalDate today) {
        if (!dayish(a) || !dayish(b) || !TerseLine.onlyADate(a, today) || !TerseLine.onlyADate(b, today)) return null;
        boolean weekA = WEEKDAY.matcher(a).matches();
        boolean weekB = WEEKDAY.matcher(b).matches();
        if (weekA == weekB) return null;
        String week = weekA ? a : b;
        String date = weekA ? b : a;
        ChineseDates.Reading d = ChineseDates.readWhole(date, today, ChineseDates.Resolution.NEAREST);
        ChineseDates.Reading w = ChineseDates.readWhole(week, today, ChineseDates.Resolution.NEAREST);
        if (d == null || w == null || !d.exists() || !w.exists()) return null;
        // a bare weekday names the weekday only; 上周三 / 下周三 the very day
        boolean anchored = week.charAt(0) != '周' && week.charAt(0) != '星' && week.charAt(0) != '礼';
        boolean same = anchored ? d.date().equals(w.date()) : d.date().getDayOfWeek() == w.date().getDayOfWeek();
        return same ? week : null;
    }

    /** A word that may name a day: one of the characters every day word holds (a cheap test before the readers). */
    private static boolean dayish(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '0' && c <= '9' || "天日号月周期拜昨今明晚早".indexOf(c) >= 0) return true;
        }
        return false;
    }

    /** "今天DJI" → ["今天", "DJI"]; null when the word is no day glued to a name. */
    private static String[] gluedDay(String w, LocalDate today) {
        if (w.length() < 4 || !dayish(w) || TerseLine.onlyADate(w, today)) return null;
        String a = ProseDates.arabic(w);
        if (a.length() != w.length()) return null;
        ChineseDates.Reading r = ChineseDates.read(a, 0, today, ChineseDates.Resolution.NEAREST);
        if (r == null || r.end() < 2 || r.end() > w.length() - 2) return null;
        String rest = w.substring(r.end());
        if (!TerseLine.brand(rest) && !(TerseLine.shortForm(rest) && NameRecogniser.guess(rest) == NameRecogniser.Guess.ORGANISATION)) return null;
        if (ProseCues.of(rest) != null || TerseLine.late(rest)) return null;
        return new String[] {w.substring(0, r.end()), rest};
    }
}
