package zhaoshang.progress;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhaoshang.progress.Period.Kind;

/**
 * Reads the period people write after a query or export command: 本月, 上个月, 本季度, 上季度, 今年, 去年,
 * 11月, 十一月, 2026年11月, 2026-11, 2026.11, 2026年, 2026年度, 2026年第三季度, 第三季度, 三季度, Q3,
 * 2026Q3, 上半年, 下半年, 11月1日-11月15日, 11月1日至15日, 11.1-11.15, 2026-11-01至2026-11-15, 11月5日 (one day).
 * Full-width digits and letters are accepted. A month, quarter, half-year or day named without a year is the latest
 * one that has begun (in January, "12月" is last December, "下半年" last year's second half); 去年/今年/2025年 may
 * precede any of them. A period named with its year (or 明年) that has not begun yet is refused with a message
 * saying so: there is nothing to count in it.
 *
 * <p>Two entry points:
 * <ul>
 * <li>{@link #parse}: the whole text is a period (or empty, meaning the period of the default kind
 *     containing today). Use it when the caller has already taken out everything else.</li>
 * <li>{@link #find}: the period may sit anywhere in the text; the result's {@code rest} is the text
 *     without it. For "进度 第二工作组 10月" the command handler strips "进度", calls
 *     {@code find("第二工作组 10月", MONTH, today)} and looks up the team in {@code rest} = "第二工作组".
 *     A handler that knows its team names may instead remove the team name first and {@link #parse}
 *     what is left; that is safer for team names that look like periods (e.g. "五月组").</li>
 * </ul>
 */
public final class PeriodParser {

    private static final String HINT =
            "可以写“本月”“上月”“本季度”“上季度”“今年”“11月”“2026年11月”“第三季度”“2026年”或“11月1日-11月15日”";

    /** An optional year in front of a month, quarter, half-year or date: 2026年, 今年, 去年. */
    private static final String YEAR_PREFIX = "(?:(?<y>(?<!\\d)\\d{4})\\s*年\\s*|(?<ry>今年|去年|前年|明年|本年))?";
    private static final String CN_NUMBER = "[一二两三四五六七八九十]";
    /** A full date with a day: 2026年11月1日, 11月1日, 11月1号, 2026-11-01, 2026.11.1, 2026/11/01. */
    private static final String DATE = "(?:(?:(?<!\\d)\\d{4}\\s*年\\s*|今年|去年|明年)?(?<!\\d)\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]"
            + "|(?<!\\d)\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}(?!\\d))";
    /** A short month.day or month/day, read only as a range end: 11.1-11.15, 11/1-11/15. */
    private static final String SHORT_DATE = "(?<!\\d)\\d{1,2}[./]\\d{1,2}(?![\\d./])";
    private static final String RANGE_SEPARATOR = "(?:-{1,2}|—{1,2}|–|~|至|到)";
    private static final Pattern CN_DATE = Pattern.compile(
            "(?:(?<y>\\d{4})\\s*年\\s*|(?<ry>今年|去年|明年))?(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*[日号]");
    private static final Pattern ISO_DATE = Pattern.compile("(?<y>\\d{4})[-./](?<m>\\d{1,2})[-./](?<d>\\d{1,2})");
    private static final Pattern SHORT = Pattern.compile("(?<m>\\d{1,2})[./](?<d>\\d{1,2})");
    private static final Pattern DAY_ONLY = Pattern.compile("(?<d>\\d{1,2})\\s*[日号]?");

    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, Outcome> read) {
        Rule(String regex, BiFunction<Matcher, LocalDate, Outcome> read) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), read);
        }
    }

    /** A period or an error message. */
    private record Outcome(Period period, String error) {
        static Outcome of(Period period) {
            return new Outcome(period, null);
        }

        static Outcome error(String error) {
            return new Outcome(null, error);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("(?<a>" + DATE + "|" + SHORT_DATE + ")\\s*" + RANGE_SEPARATOR + "\\s*(?<b>" + DATE
                    + "|" + SHORT_DATE + "|(?<!\\d)\\d{1,2}\\s*[日号]?(?![\\d月年./-]))", PeriodParser::range),
            new Rule(DATE, (m, today) -> singleDay(m.group(), today)),
            new Rule("本月份?|这个?月|当月|上一?个?月份?", PeriodParser::relativeMonth),
            new Rule("本季度?|这个?季度|当季度?|上一?个?季度?", PeriodParser::relativeQuarter),
            new Rule("本年度?|今年度?|全年|去年度?|上一?年度?|前年|明年", PeriodParser::relativeYear),
            new Rule(YEAR_PREFIX + "(?<h>上|下)半年", PeriodParser::halfYear),
            new Rule(YEAR_PREFIX + "(?<!\\d)(?<m>\\d{1,2}|" + CN_NUMBER + "{1,3})\\s*月份?", PeriodParser::month),
            new Rule("(?<!\\d)(?<y>\\d{4})\\s*[-./]\\s*(?<m>\\d{1,2})(?!\\d)", PeriodParser::month),
            new Rule("(?<![\\w./#-])(?<y>20\\d{2})\\s+(?<m>\\d{1,2})\\s*月份?", PeriodParser::month),
            new Rule(YEAR_PREFIX + "(?:第\\s*)?(?<!\\d)(?<q>\\d{1,2}|" + CN_NUMBER + "{1,2})\\s*季度?",
                    PeriodParser::quarter),
            new Rule("(?:(?<y>(?<!\\d)\\d{4})\\s*(?:年|-)?\\s*|(?<ry>今年|去年|前年|明年|本年))?(?<![A-Za-z])Q\\s*(?<q>\\d{1,2})(?!\\d)",
                    PeriodParser::quarter),
            new Rule("(?<!\\d)(?<y>\\d{4})\\s*年度?", PeriodParser::year),
            new Rule("(?<![\\w./#-])(?<y>20\\d{2})(?![\\w./-])", PeriodParser::year));

    private PeriodParser() {
    }

    /**
     * The whole text as a period; empty text means the {@code defaultKind} period containing today.
     * {@code rest} is always empty.
     */
    public static PeriodParse parse(String text, Kind defaultKind, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String original = text == null ? "" : text;
        if (original.isBlank()) {
            return PeriodParse.of(Period.containing(defaultKind, today), "");
        }
        String normalized = normalize(original);
        Match match = firstMatch(normalized, 0);
        Outcome outcome = match == null ? null : match.outcome(today);
        if (outcome != null && outcome.error != null) {
            return PeriodParse.failure(outcome.error, "");
        }
        if (match == null || !normalized.substring(0, match.start).isBlank()
                || !normalized.substring(match.end).isBlank()) {
            return PeriodParse.failure("看不懂时间范围“" + original.trim() + "”，" + HINT, "");
        }
        return PeriodParse.of(outcome.period, "");
    }

    /**
     * The first period expression anywhere in the text, and the text without it as {@code rest}
     * (whitespace trimmed and collapsed). No period expression: the {@code defaultKind} period
     * containing today and the whole text as rest. Two period expressions are an error.
     */
    public static PeriodParse find(String text, Kind defaultKind, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String original = text == null ? "" : text;
        String normalized = normalize(original);
        Match match = firstMatch(normalized, 0);
        if (match == null) {
            return PeriodParse.of(Period.containing(defaultKind, today), tidy(original));
        }
        String rest = tidy(original.substring(0, match.start) + " " + original.substring(match.end));
        Outcome outcome = match.outcome(today);
        if (outcome.error != null) {
            return PeriodParse.failure(outcome.error, rest);
        }
        Match second = firstMatch(normalized, match.end);
        if (second != null) {
            return PeriodParse.failure("一句话里只能写一个时间范围，这里有“"
                    + original.substring(match.start, match.end).trim() + "”和“"
                    + original.substring(second.start, second.end).trim() + "”", rest);
        }
        return PeriodParse.of(outcome.period, rest);
    }

    // ---- matching ----

    private record Match(Rule rule, Matcher matcher, int start, int end) {
        Outcome outcome(LocalDate today) {
            Outcome outcome;
            try {
                outcome = rule.read.apply(matcher, today);
            } catch (DateTimeException e) {
                return Outcome.error("“" + matcher.group().trim() + "”不是有效的日期，请检查月份和日子");
            }
            if (outcome.period != null && !outcome.period.begun(today)) {
                return Outcome.error(notBegun(matcher.group().trim(), outcome.period, today));
            }
            return outcome;
        }
    }

    /** The answer to a period that has not begun: what it is, that it has not begun, and the latest one that has. */
    static String notBegun(String written, Period period, LocalDate today) {
        String what = written.equals(period.label()) ? "“" + written + "”" : "“" + written + "”（" + period.label() + "）";
        return what + "还没有开始，今天是" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth()
                + "日，还没有可统计的台账。请写已经开始的时间，例如“" + latestBegun(period, today).label() + "”。";
    }

    /** The same month, quarter, half-year or days in the latest year in which they have begun. */
    static Period latestBegun(Period period, LocalDate today) {
        Period p = period;
        while (!p.begun(today)) p = yearEarlier(p);
        return p;
    }

    private static Period yearEarlier(Period p) {
        return switch (p.kind()) {
            case MONTH -> Period.month(YearMonth.from(p.start()).minusYears(1));
            case QUARTER -> Period.quarter(p.start().getYear() - 1, (p.start().getMonthValue() - 1) / 3 + 1);
            case YEAR -> Period.year(p.start().getYear() - 1);
            case CUSTOM -> {
                LocalDate start = p.start().minusYears(1);
                LocalDate end = p.endInclusive().minusYears(1);
                String half = p.label().endsWith("上半年") ? "上半年" : p.label().endsWith("下半年") ? "下半年" : null;
                yield Period.custom(start, end, half != null ? start.getYear() + "年" + half
                        : Period.defaultCustomLabel(start, end, true));
            }
        };
    }

    /** Leftmost match of any rule from {@code from} on; the longest one when several start there. */
    private static Match firstMatch(String text, int from) {
        Match best = null;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(text);
            if (m.find(from) && m.end() > m.start()) {
                if (best == null || m.start() < best.start
                        || (m.start() == best.start && m.end() > best.end)) {
                    best = new Match(rule, m, m.start(), m.end());
                }
            }
        }
        return best;
    }

    /** Full-width ASCII (２０２６，Ｑ３，－) to half-width and the ideographic space to a space; keeps indices. */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String tidy(String text) {
        return text.replaceAll("[\\s\u3000]+", " ").trim();
    }

    // ---- readers, one per rule ----

    private static Outcome relativeMonth(Matcher m, LocalDate today) {
        Period current = Period.containing(Kind.MONTH, today);
        return Outcome.of(m.group().startsWith("上") ? current.previous() : current);
    }

    private static Outcome relativeQuarter(Matcher m, LocalDate today) {
        Period current = Period.containing(Kind.QUARTER, today);
        return Outcome.of(m.group().startsWith("上") ? current.previous() : current);
    }

    private static Outcome relativeYear(Matcher m, LocalDate today) {
        String word = m.group();
        int year = today.getYear();
        if (word.startsWith("去") || word.startsWith("上")) {
            year -= 1;
        } else if (word.startsWith("前")) {
            year -= 2;
        } else if (word.startsWith("明")) {
            year += 1;
        }
        return Outcome.of(Period.year(year));
    }

    private static Outcome halfYear(Matcher m, LocalDate today) {
        Integer year = yearOf(m, today);
        if (year == null) {
            return invalidYear(m);
        }
        boolean first = m.group("h").equals("上");
        Period half = halfYear(year, first);
        return Outcome.of(yearGiven(m) ? half : latestBegun(half, today));
    }

    private static Period halfYear(int year, boolean first) {
        LocalDate start = LocalDate.of(year, first ? 1 : 7, 1);
        LocalDate end = first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        return Period.custom(start, end, year + "年" + (first ? "上半年" : "下半年"));
    }

    private static Outcome month(Matcher m, LocalDate today) {
        Integer year = yearOf(m, today);
        if (year == null) {
            return invalidYear(m);
        }
        int month = number(m.group("m"));
        if (month < 1 || month > 12) {
            return Outcome.error("“" + m.group().trim() + "”不是有效的月份，请写 1月—12月，例如“11月”或“2026年11月”");
        }
        Period period = Period.month(YearMonth.of(year, month));
        return Outcome.of(yearGiven(m) ? period : latestBegun(period, today));
    }

    private static Outcome quarter(Matcher m, LocalDate today) {
        Integer year = yearOf(m, today);
        if (year == null) {
            return invalidYear(m);
        }
        int quarter = number(m.group("q"));
        if (quarter < 1 || quarter > 4) {
            return Outcome.error("“" + m.group().trim() + "”不存在，季度只有第一至第四季度");
        }
        Period period = Period.quarter(year, quarter);
        return Outcome.of(yearGiven(m) ? period : latestBegun(period, today));
    }

    private static Outcome year(Matcher m, LocalDate today) {
        Integer year = yearOf(m, today);
        return year == null ? invalidYear(m) : Outcome.of(Period.year(year));
    }

    private static Outcome singleDay(String text, LocalDate today) {
        LocalDate day = date(text, today.getYear(), today);
        if (!hasYear(text) && day.isAfter(today)) day = date(text, today.getYear() - 1, today);
        return Outcome.of(Period.custom(day, day));
    }

    private static Outcome range(Matcher m, LocalDate today) {
        String a = m.group("a");
        String b = m.group("b");
        LocalDate start = date(a, today.getYear(), today);
        LocalDate end;
        boolean endHasYear;
        Matcher dayOnly = DAY_ONLY.matcher(b.trim());
        boolean yearWritten = hasYear(a) || (!dayOnly.matches() && hasYear(b));
        if (dayOnly.matches()) {
            end = start.withDayOfMonth(Integer.parseInt(dayOnly.group("d")));
            endHasYear = true; // same month as the start
        } else {
            end = date(b, start.getYear(), today);
            endHasYear = hasYear(b);
        }
        if (end.isBefore(start) && !hasYear(a) && !endHasYear) {
            // 12月20日-1月5日 spans the new year: keep the part that is not in the future
            if (start.isAfter(today)) {
                start = start.minusYears(1);
            } else {
                end = end.plusYears(1);
            }
        }
        if (end.isBefore(start)) {
            return Outcome.error("时间范围“" + m.group().trim() + "”的结束日期早于开始日期，请把早的日期写在前面，例如“11月1日-11月15日”");
        }
        if (!yearWritten && start.isAfter(today)) {
            // 11月1日-11月15日 asked in January: last year's, the latest that has begun
            start = date(a, start.getYear() - 1, today);
            end = end.minusYears(1);
        }
        return Outcome.of(Period.custom(start, end));
    }

    /** A date in either written form; without a year it is in {@code defaultYear}. */
    private static LocalDate date(String text, int defaultYear, LocalDate today) {
        String t = text.trim();
        Matcher iso = ISO_DATE.matcher(t);
        if (iso.matches()) {
            return LocalDate.of(checkedYear(Integer.parseInt(iso.group("y"))),
                    Integer.parseInt(iso.group("m")), Integer.parseInt(iso.group("d")));
        }
        Matcher mmdd = SHORT.matcher(t);
        if (mmdd.matches()) {
            return LocalDate.of(defaultYear, Integer.parseInt(mmdd.group("m")), Integer.parseInt(mmdd.group("d")));
        }
        Matcher cn = CN_DATE.matcher(t);
        if (!cn.matches()) {
            throw new DateTimeException("unreadable date " + t);
        }
        int year = defaultYear;
        if (cn.group("y") != null) {
            year = checkedYear(Integer.parseInt(cn.group("y")));
        } else if (cn.group("ry") != null) {
            year = relativeYear(cn.group("ry"), today);
        }
        return LocalDate.of(year, Integer.parseInt(cn.group("m")), Integer.parseInt(cn.group("d")));
    }

    private static boolean hasYear(String dateText) {
        String t = dateText.trim();
        return ISO_DATE.matcher(t).matches() || t.contains("年");
    }

    private static int checkedYear(int year) {
        if (year < 1900 || year > 2100) {
            throw new DateTimeException("year out of range " + year);
        }
        return year;
    }

    /** The year a rule's {@code y}/{@code ry} groups name, this year when absent, null when invalid. */
    private static Integer yearOf(Matcher m, LocalDate today) {
        String digits = group(m, "y");
        if (digits != null) {
            int year = Integer.parseInt(digits);
            return year < 1900 || year > 2100 ? null : year;
        }
        String relative = group(m, "ry");
        return relative != null ? relativeYear(relative, today) : today.getYear();
    }

    private static int relativeYear(String word, LocalDate today) {
        return switch (word) {
            case "去年" -> today.getYear() - 1;
            case "前年" -> today.getYear() - 2;
            case "明年" -> today.getYear() + 1;
            default -> today.getYear();
        };
    }

    /** Whether the rule's match names its year (2026年, 今年, 去年, 明年). */
    private static boolean yearGiven(Matcher m) {
        return group(m, "y") != null || group(m, "ry") != null;
    }

    private static Outcome invalidYear(Matcher m) {
        return Outcome.error("“" + m.group().trim() + "”里的年份不对，请写四位数的年份，例如“2026年”");
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** 11, 十一, 两, 十 → int; -1 for what is not a number from 1 to 99. */
    private static int number(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? digit(text.charAt(0)) : -1;
        }
        if (ten > 1 || text.length() - ten > 2 || text.indexOf('十', ten + 1) >= 0) {
            return -1;
        }
        int tens = ten == 0 ? 1 : digit(text.charAt(0));
        int ones = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static int digit(char c) {
        return "零一二三四五六七八九".indexOf(c == '两' ? '二' : c);
    }
}
