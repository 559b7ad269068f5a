package zhaoshang.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Dates as members type them: 2026-11-18, 2026/11/18, 2026.11.18, 2026年11月18日, 11月18日, 11月18号, 11.18,
 * 11/18, 18日, 今天, 昨天, 前天, 明天, 本周二, 上周五, 下周一, 周二, 星期二, 礼拜天, 上周末 (its Saturday), optionally followed by a time of day
 * (上午, 下午, 14:30, 3点). A date without a year (or a bare weekday) is resolved against "today" either to the
 * past (what has happened: visits, signings, leads) or to the nearest occurrence (what may be planned:
 * inspections, trips).
 */
public final class ChineseDates {

    /** How a date without a year or with only a weekday is placed. */
    public enum Resolution { PAST, NEAREST }

    /** A date read at the start of some text; {@code date} is null when the text names a day that does not exist. */
    record Reading(LocalDate date, int end, String written) {
        boolean exists() { return date != null; }
    }

    /** Two dates such as "11月24日-11月30日" or "11月24日至30日". */
    public record Range(LocalDate start, LocalDate end) { }

    private ChineseDates() { }

    /** The date if the whole text is one date (a time of day after it is allowed), else empty. */
    public static Optional<LocalDate> parse(String text, LocalDate today, Resolution resolution) {
        Reading r = readWhole(text, today, resolution);
        return r == null ? Optional.empty() : Optional.ofNullable(r.date());
    }

    /** A range "A-B" (also ~, 至, 到, —) at the start of the text; trailing words are ignored. */
    public static Optional<Range> parseRange(String text, LocalDate today, Resolution resolution) {
        if (text == null) return Optional.empty();
        RangeReading r = readRange(ProseDates.arabic(text.strip()), today, resolution);
        return r == null ? Optional.empty() : Optional.of(r.range());
    }

    /**
     * A trip's days in one labelled field as members type them: a range ("11月24日-30日", "12月5日—8日，共4天"), a
     * day and the length ("12月5日出发，3天"), or one day said to be the whole trip ("12月5日，当天往返", "12.5（一天）",
     * "12月5日 当日往返"); null otherwise (a day alone, "12月5日 长治—郑州").
     */
    static Range tripDays(String text, LocalDate today, Resolution resolution) {
        if (text == null) return null;
        String s = ProseDates.arabic(text.strip());
        RangeReading rr = readRange(s, today, resolution);
        if (rr != null) return rr.range();
        Reading first = read(s, 0, today, resolution);
        if (first == null || !first.exists()) return null;
        String rest = s.substring(skipTimeOfDay(s, first.end())).strip();
        if (rest.isEmpty()) return null;
        java.util.regex.Matcher m = TRIP_LENGTH.matcher(rest);
        if (m.matches()) {
            int n = m.group(1).length() == 1 && m.group(1).charAt(0) > '9' ? "一二三四五六七八九".indexOf(m.group(1).charAt(0)) + 1 : Integer.parseInt(m.group(1));
            return n >= 1 && n <= 31 ? new Range(first.date(), first.date().plusDays(n - 1)) : null;
        }
        return ONE_DAY.matcher(rest).matches() ? new Range(first.date(), first.date()) : null;
    }

    /** "出发，3天", "出发，共三天": the trip's length after its first day. */
    private static final java.util.regex.Pattern TRIP_LENGTH = Patterns.compile("出发[，,、 ]*(?:共|为期)?(\\d{1,2}|[一二三四五六七八九])天[。.]?");
    /** "，当天往返", "（一天）", " 当日往返", "一天": the trip is that one day. */
    private static final java.util.regex.Pattern ONE_DAY = Patterns.compile(
            "[，,、 ]*(?:[（(](?:一天|1天|当天|当日)[）)]|(?:一天|1天|当天|当日)(?:往返|返回)?)[。.]?");

    /** A range and the index just after it in the (stripped) text. */
    record RangeReading(Range range, int end) { }

    static RangeReading readRange(String s, LocalDate today, Resolution resolution) {
        Reading first = read(s, 0, today, resolution);
        if (first == null || !first.exists()) return null;
        int p = skipTimeOfDay(s, first.end());
        p = InputText.skipSpaces(s, p);
        int sep = rangeSeparator(s, p);
        if (sep < 0) return null;
        p = InputText.skipSpaces(s, sep);
        // "30日" after "11月24日": same month, or the next one when the day is smaller
        int[] dayOnly = readDayOnly(s, p);
        if (dayOnly != null) {
            LocalDate start = first.date();
            try {
                LocalDate end = start.withDayOfMonth(dayOnly[0]);
                if (end.isBefore(start)) end = start.plusMonths(1).withDayOfMonth(dayOnly[0]);
                return new RangeReading(new Range(start, end), skipTimeOfDay(s, dayOnlyEnd(s, p)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        Reading second = read(s, p, today, resolution);
        if (second == null || !second.exists()) return null;
        LocalDate end = second.date();
        // "下周三到周五", "本周一至周四": a bare weekday after the first date is the first such day from it on
        int wd = weekWord(s, p);
        if (wd > 0 && wd < s.length() && weekdayNumber(s.charAt(wd)) > 0) {
            int dow = weekdayNumber(s.charAt(wd));
            end = first.date().plusDays(Math.floorMod(dow - first.date().getDayOfWeek().getValue(), 7));
            return new RangeReading(new Range(first.date(), end), skipTimeOfDay(s, second.end()));
        }
        // a range written without years crosses the year end: 12月28日-1月3日
        if (end.isBefore(first.date()) && !hasYear(s, p)) {
            try {
                end = end.withYear(first.date().getYear());
                if (end.isBefore(first.date())) end = end.plusYears(1);
            } catch (DateTimeException e) {
                return null;
            }
        }
        return new RangeReading(new Range(first.date(), end), skipTimeOfDay(s, second.end()));
    }

    /** Whole-text reading; null when the text is not a date. */
    static Reading readWhole(String text, LocalDate today, Resolution resolution) {
        if (text == null) return null;
        // "十二月二十八日", "二十八号" in a labelled field: the numerals as digits
        String s = ProseDates.arabic(text.strip());
        if (s.isEmpty() || s.length() > 40) return null;
        Reading r = read(s, 0, today, resolution);
        if (r == null) return null;
        int p = skipTimeOfDay(s, r.end());
        // "本周一（1月11日）", "下周二（1月26日）上午": the day named twice, the second in brackets
        if (p < s.length() && (s.charAt(p) == '(' || s.charAt(p) == '（')) {
            int close = s.indexOf(s.charAt(p) == '(' ? ')' : '）', p);
            if (close < 0) return null;
            Reading inner = read(s, p + 1, today, resolution);
            if (inner == null || skipTimeOfDay(s, inner.end()) != close) return null;
            p = skipTimeOfDay(s, close + 1);
        }
        return p == s.length() ? r : null;
    }

    /** Reads one date starting at {@code from}; null when there is none there. */
    static Reading read(String s, int from, LocalDate today, Resolution res) {
        if (from >= s.length()) return null;
        Reading r = readRelativeDay(s, from, today);
        if (r != null) return r;
        r = readRelativeMonth(s, from, today);
        if (r != null) return r;
        r = readWeekday(s, from, today, res);
        if (r != null) return r;
        return readNumeric(s, from, today, res);
    }

    private static final String[][] RELATIVE_MONTHS = {{"本月", "0"}, {"这个月", "0"}, {"这月", "0"}, {"上个月", "-1"}, {"上月", "-1"},
            {"下个月", "1"}, {"下月", "1"}};

    /** "本月16日", "上月28号", "上个月3日": a day of this, the last or the next month. */
    static Reading readRelativeMonth(String s, int from, LocalDate today) {
        char c = s.charAt(from);
        if (c != '本' && c != '这' && c != '上' && c != '下') return null;
        for (String[] m : RELATIVE_MONTHS) {
            if (!s.startsWith(m[0], from)) continue;
            int p = from + m[0].length();
            int dEnd = digitsEnd(s, p, 2);
            if (dEnd == p || dEnd >= s.length() || s.charAt(dEnd) != '日' && s.charAt(dEnd) != '号') return null;
            LocalDate month = today.withDayOfMonth(1).plusMonths(Integer.parseInt(m[1]));
            int day = Integer.parseInt(s, p, dEnd, 10);
            LocalDate date = day >= 1 && day <= month.lengthOfMonth() ? month.withDayOfMonth(day) : null;
            return new Reading(date, dEnd + 1, s.substring(from, dEnd + 1));
        }
        return null;
    }

    private static final String[][] RELATIVE = {
            {"大前天", "-3"}, {"前天", "-2"}, {"前日", "-2"}, {"前晚", "-2"}, {"昨天", "-1"}, {"昨日", "-1"}, {"昨晚", "-1"},
            {"昨夜", "-1"}, {"昨儿个", "-1"}, {"昨儿", "-1"}, {"前儿个", "-2"}, {"前儿", "-2"}, {"今儿个", "0"}, {"今儿", "0"}, {"今天", "0"}, {"今日", "0"}, {"今早", "0"}, {"今晨", "0"}, {"今晚", "0"}, {"当天", "0"}, {"当日", "0"}, {"同日", "0"}, {"同一天", "0"},
            {"明天", "1"}, {"明日", "1"}, {"大后天", "3"}, {"后天", "2"}};

    /** The first characters of the RELATIVE words (keep it so when adding one). */
    private static final String RELATIVE_FIRST = "大前昨今当同明后";

    private static Reading readRelativeDay(String s, int from, LocalDate today) {
        if (from < 0 || from >= s.length()) return null;
        char c = s.charAt(from);
        if (RELATIVE_FIRST.indexOf(c) < 0) return null;
        for (String[] rel : RELATIVE) {
            if (rel[0].charAt(0) == c && s.startsWith(rel[0], from)) {
                int end = from + rel[0].length();
                return new Reading(today.plusDays(Integer.parseInt(rel[1])), end, s.substring(from, end));
            }
        }
        return null;
    }

    private static Reading readWeekday(String s, int from, LocalDate today, Resolution res) {
        int p = from;
        int weekShift = 0;
        boolean anchored = false;
        char c = s.charAt(p);
        // "补一下周二的考察", "说一下周五的情况": 一下 is the verb's measure, the weekday stands alone
        if (c == '下' && from > 0 && s.charAt(from - 1) == '一') return null;
        if (c == '本' || c == '这' || c == '上' || c == '下') {
            weekShift = c == '上' ? -1 : c == '下' ? 1 : 0;
            anchored = true;
            p++;
            // "下下周二", "下下个礼拜一": the week after next
            if (c == '下' && p < s.length() && s.charAt(p) == '下') { weekShift = 2; p++; }
            // "上上周五", "上上个礼拜三": the week before last
            else if (c == '上' && p < s.length() && s.charAt(p) == '上') { weekShift = -2; p++; }
            if (p < s.length() && s.charAt(p) == '个') p++;
        }
        int afterWord = weekWord(s, p);
        if (afterWord < 0) return null;
        p = afterWord;
        if (p >= s.length()) return null;
        int dow = weekdayNumber(s.charAt(p));
        // "上周末", "这周末", "周末": the weekend, dated by its Saturday
        if (dow < 0 && s.charAt(p) == '末' && s.charAt(p - 1) == '周') dow = 6;
        if (dow < 0) return null;
        p++;
        LocalDate date;
        if (anchored) {
            LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
            date = monday.plusWeeks(weekShift).plusDays(dow - 1L);
        } else {
            int diff = dow - today.getDayOfWeek().getValue();
            if (res == Resolution.PAST) {
                date = today.plusDays(diff > 0 ? diff - 7L : diff);
            } else {
                if (diff > 3) diff -= 7;
                if (diff < -3) diff += 7;
                date = today.plusDays(diff);
            }
        }
        return new Reading(date, p, s.substring(from, p));
    }

    private static int weekWord(String s, int p) {
        if (s.startsWith("星期", p) || s.startsWith("礼拜", p)) return p + 2;
        if (s.startsWith("周", p)) return p + 1;
        return -1;
    }

    private static int weekdayNumber(char c) {
        return switch (c) {
            case '一', '1' -> 1;
            case '二', '2' -> 2;
            case '三', '3' -> 3;
            case '四', '4' -> 4;
            case '五', '5' -> 5;
            case '六', '6' -> 6;
            case '日', '天', '7' -> 7;
            default -> -1;
        };
    }

    private static Reading readNumeric(String s, int from, LocalDate today, Resolution res) {
        int p = from;
        int aEnd = digitsEnd(s, p, 4);
        if (aEnd == p) return null;
        int aLen = aEnd - p;
        int a = Integer.parseInt(s, p, aEnd, 10);
        p = aEnd;
        if (aLen == 4) {
            if (p >= s.length()) return null;
            char sep = s.charAt(p);
            if (sep != '-' && sep != '/' && sep != '.' && sep != '年') return null;
            p++;
            int mEnd = digitsEnd(s, p, 2);
            if (mEnd == p) return null;
            int month = Integer.parseInt(s, p, mEnd, 10);
            p = mEnd;
            if (p >= s.length()) return null;
            char sep2 = s.charAt(p);
            boolean chinese = sep == '年';
            if (chinese ? sep2 != '月' : sep2 != sep) return null;
            p++;
            int dEnd = digitsEnd(s, p, 2);
            if (dEnd == p) return null;
            int day = Integer.parseInt(s, p, dEnd, 10);
            p = dEnd;
            if (p < s.length() && (s.charAt(p) == '日' || s.charAt(p) == '号')) p++;
            else if (!chinese && p < s.length() && Character.isDigit(s.charAt(p))) return null;
            return new Reading(exact(a, month, day), p, s.substring(from, p));
        }
        if (aLen > 2) return null;
        if (p >= s.length()) return null;
        char sep = s.charAt(p);
        if (sep == '月' || sep == '.' || sep == '/') {
            int q = p + 1;
            int dEnd = digitsEnd(s, q, 2);
            if (dEnd == q) return null;
            if (dEnd < s.length() && Character.isDigit(s.charAt(dEnd))) return null;
            int day = Integer.parseInt(s, q, dEnd, 10);
            p = dEnd;
            if (p < s.length() && (s.charAt(p) == '日' || s.charAt(p) == '号')) p++;
            else if (sep != '月' && p < s.length() && (s.charAt(p) == '亿' || s.charAt(p) == '万'
                    || s.charAt(p) == '%' || s.charAt(p) == '.' || s.charAt(p) == '/')) return null;
            return new Reading(monthDay(a, day, today, res), p, s.substring(from, p));
        }
        if (sep == '日' || sep == '号') {
            p++;
            return new Reading(dayOnly(a, today, res), p, s.substring(from, p));
        }
        return null;
    }

    private static int[] readDayOnly(String s, int p) {
        int dEnd = digitsEnd(s, p, 2);
        if (dEnd == p || dEnd >= s.length()) return null;
        char c = s.charAt(dEnd);
        if (c != '日' && c != '号') return null;
        return new int[]{Integer.parseInt(s, p, dEnd, 10)};
    }

    private static int dayOnlyEnd(String s, int p) {
        return digitsEnd(s, p, 2) + 1;
    }

    private static boolean hasYear(String s, int p) {
        return digitsEnd(s, p, 4) - p == 4;
    }

    private static LocalDate exact(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate monthDay(int month, int day, LocalDate today, Resolution res) {
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        int y = today.getYear();
        if (res == Resolution.PAST) {
            for (int year = y; year > y - 8; year--) {
                LocalDate d = exact(year, month, day);
                if (d != null && !d.isAfter(today)) return d;
                if (d == null && !(month == 2 && day == 29)) return null;
            }
            return null;
        }
        LocalDate best = null;
        for (int year = y - 1; year <= y + 1; year++) {
            LocalDate d = exact(year, month, day);
            if (d != null && (best == null || distance(d, today) < distance(best, today))) best = d;
        }
        return best;
    }

    private static LocalDate dayOnly(int day, LocalDate today, Resolution res) {
        if (day < 1 || day > 31) return null;
        if (res == Resolution.PAST) {
            // the latest such day on or before today: "31号" written on 1 March is 31 January (February has none)
            for (int shift = 0; shift >= -2; shift--) {
                LocalDate month = today.withDayOfMonth(1).plusMonths(shift);
                if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isAfter(today)) return month.withDayOfMonth(day);
            }
            return null;
        }
        LocalDate best = null;
        for (int shift = -1; shift <= 1; shift++) {
            LocalDate month = today.withDayOfMonth(1).plusMonths(shift);
            if (day > month.lengthOfMonth()) continue;
            LocalDate d = month.withDayOfMonth(day);
            if (best == null || distance(d, today) < distance(best, today)) best = d;
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static int digitsEnd(String s, int p, int max) {
        int e = p;
        while (e < s.length() && e - p < max + 1 && s.charAt(e) >= '0' && s.charAt(e) <= '9') e++;
        return e - p > max ? p : e;
    }

    private static int rangeSeparator(String s, int p) {
        if (p >= s.length()) return -1;
        char c = s.charAt(p);
        if (c == '-' || c == '~' || c == '～' || c == '至' || c == '到' || c == '—' || c == '–' || c == '─') {
            int q = p + 1;
            while (q < s.length() && (s.charAt(q) == '—' || s.charAt(q) == '-' || s.charAt(q) == '─')) q++;
            return q;
        }
        return -1;
    }

    private static final String[] TIME_OF_DAY = {"上午", "下午", "中午", "晚上", "早上", "早晨", "傍晚", "凌晨", "夜间", "全天", "白天"};

    /** Skips "下午", "14:30", "3点半", "(周二)" after a date. */
    static int skipTimeOfDay(String s, int p) {
        int q = InputText.skipSpaces(s, p);
        // "周六" written after a date
        int wd = weekWord(s, q);
        if (wd > 0 && wd < s.length() && weekdayNumber(s.charAt(wd)) > 0) q = InputText.skipSpaces(s, wd + 1);
        // "(周二)" / "（星期二）" written after a date
        if (q < s.length() && (s.charAt(q) == '(' || s.charAt(q) == '（')) {
            int close = q + 1;
            while (close < s.length() && close - q < 6 && s.charAt(close) != ')' && s.charAt(close) != '）') close++;
            if (close < s.length() && close - q < 6 && weekWord(s, q + 1) > 0) q = InputText.skipSpaces(s, close + 1);
        }
        boolean moved = true;
        while (moved && q < s.length()) {
            moved = false;
            for (String w : TIME_OF_DAY) {
                if (s.startsWith(w, q)) { q = InputText.skipSpaces(s, q + w.length()); moved = true; }
            }
            int d = digitsEnd(s, q, 2);
            if (d > q && d < s.length()) {
                char c = s.charAt(d);
                if (c == ':' || c == '：') {
                    int m = digitsEnd(s, d + 1, 2);
                    if (m > d + 1) { q = InputText.skipSpaces(s, m); moved = true; }
                } else if (c == '点' || c == '时') {
                    int e = d + 1;
                    if (s.startsWith("半", e)) e++;
                    else {
                        int m = digitsEnd(s, e, 2);
                        if (m > e && m < s.length() && s.charAt(m) == '分') e = m + 1;
                    }
                    q = InputText.skipSpaces(s, e);
                    moved = true;
                }
            }
        }
        return q;
    }
}
