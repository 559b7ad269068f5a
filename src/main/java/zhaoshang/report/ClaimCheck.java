package zhaoshang.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what of a language model's reading of a message is believed. Nothing is taken as the model says: names
 * must be written in the message; an amount is re-read with {@link Money} from the words the model cites, which must
 * be in the message and must not be a 注册资本/年产值/营收; a date is re-read with {@link ChineseDates} from the cited
 * words, and an event that has happened (visit, lead, inspection, signing) may not lie after today; an intent must be
 * 无/一般/较强/明确 and cite the message; free text must be mostly the message's own words; unknown kinds and
 * fields are dropped and sizes capped. A field that fails its check is left null and its label listed as doubtful,
 * so the member can be asked about it.
 */
public final class ClaimCheck {

    /** At most this many records are taken from one answer. */
    static final int MAX_REPORTS = 20;
    static final int MAX_NAME = 80;
    static final int MAX_PEOPLE = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_CITED = 60;
    /** Coverage of a free-text value by the message's own character pairs below which it is made up. */
    static final double MIN_COVERAGE = 0.75;

    /** How one field is checked. */
    private enum Rule {
        /** Enterprise or project: written in the message as given. */
        NAME,
        /** Planned visits: each enterprise written in the message. */
        NAMES,
        /** Their or our people: every name and title written in the message. */
        PEOPLE,
        /** 高新区 / 潞州区 or another place written in the message. */
        PLACE,
        /** Free text: mostly the message's own words. */
        TEXT,
        /** 无 / 一般 / 较强 / 明确, citing the message. */
        INTENT,
        /** An inspection's result: an intent level (citing the message) or free text. */
        RESULT,
        /** Integer 元 re-read from the cited words, an investment amount written in the message. */
        AMOUNT,
        /** 线索 / 洽谈 / 签约. */
        STAGE,
        /** 签约 / 注册 / 开工 / 投产, as the rules read it. */
        PROGRESS,
        /** The day of an event that has happened: re-read from the cited words, never after today. */
        DATE_HELD,
        /** A trip date: re-read from the cited words, the future allowed. */
        DATE_PLAN
    }

    private static final Map<ReportKind, Map<String, Rule>> RULES = new EnumMap<>(ReportKind.class);

    static {
        rules(ReportKind.VISIT, "date", Rule.DATE_HELD, "enterprise", Rule.NAME, "enterpriseInfo", Rule.TEXT,
                "region", Rule.TEXT, "industry", Rule.TEXT, "contacts", Rule.PEOPLE, "ourPeople", Rule.PEOPLE,
                "content", Rule.TEXT, "intent", Rule.INTENT, "amountYuan", Rule.AMOUNT, "followUp", Rule.TEXT);
        rules(ReportKind.LEAD, "date", Rule.DATE_HELD, "enterprise", Rule.NAME, "project", Rule.NAME,
                "industry", Rule.TEXT, "amountYuan", Rule.AMOUNT, "area", Rule.PLACE, "owner", Rule.PEOPLE,
                "source", Rule.TEXT, "stage", Rule.STAGE, "nextStep", Rule.TEXT);
        rules(ReportKind.INSPECTION, "enterprise", Rule.NAME, "date", Rule.DATE_HELD, "visitors", Rule.PEOPLE,
                "companions", Rule.PEOPLE, "itinerary", Rule.TEXT, "area", Rule.PLACE, "result", Rule.RESULT);
        rules(ReportKind.SIGNING, "project", Rule.NAME, "enterprise", Rule.NAME, "date", Rule.DATE_HELD,
                "amountYuan", Rule.AMOUNT, "industry", Rule.TEXT, "area", Rule.PLACE, "progress", Rule.PROGRESS,
                "issues", Rule.TEXT, "owner", Rule.PEOPLE, "remark", Rule.TEXT);
        rules(ReportKind.TRIP_PLAN, "destination", Rule.TEXT, "departDate", Rule.DATE_PLAN, "returnDate", Rule.DATE_PLAN,
                "plannedVisits", Rule.NAMES, "partners", Rule.TEXT, "division", Rule.TEXT, "route", Rule.TEXT);
        rules(ReportKind.TRIP_SUMMARY, "trip", Rule.TEXT, "departDate", Rule.DATE_PLAN, "returnDate", Rule.DATE_PLAN,
                "visits", Rule.TEXT, "projects", Rule.TEXT, "experience", Rule.TEXT, "problems", Rule.TEXT,
                "suggestions", Rule.TEXT);
    }

    private static void rules(ReportKind kind, Object... pairs) {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Rule) pairs[i + 1]);
        if (!m.keySet().equals(FieldLabels.of(kind).keySet())) throw new IllegalStateException("rules for " + kind);
        RULES.put(kind, m);
    }

    /** What models write for "not given". */
    private static final Set<String> NOTHING = Set.of("无", "暂无", "没有", "未知", "未提及", "未说明", "不详", "不明",
            "null", "none", "n/a", "na", "-", "—", "/", "无。");
    /** Words right before an amount that make it something other than an investment. */
    private static final String[] NOT_INVESTMENT = {"注册资本", "注册资金", "实缴资本", "产值", "营收", "营业收入",
            "销售额", "销售收入", "年销售", "年收入", "利税", "税收", "纳税", "市值", "估值", "融资"};
    /** Units after a number that make it a count or an area, not money. */
    private static final String[] COUNT_UNITS = {"平方米", "平米", "平方", "亩", "吨", "台", "套", "辆", "千瓦", "瓦", "度",
            "人", "名", "家", "个", "项"};
    private static final String NUMBER_CHARS = "0123456789.零〇一二两三四五六七八九十百千万亿点";
    private static final String CLAUSE_BREAKS = "，。；、！？：";
    private static final Set<String> STAGES = Set.of("线索", "洽谈", "签约");

    private ClaimCheck() { }

    /** The believed part of each claimed record of a known kind (at most {@value #MAX_REPORTS}), in order. */
    public static List<ExtractedReport> check(List<ClaimedReport> claims, String message, LocalDate today) {
        MessageQuotes quotes = new MessageQuotes(message);
        List<ExtractedReport> out = new ArrayList<>();
        for (ClaimedReport claim : claims) {
            if (out.size() == MAX_REPORTS) break;
            check(claim, quotes, today).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<ExtractedReport> check(ClaimedReport claim, MessageQuotes quotes, LocalDate today) {
        ReportKind kind = kindOf(claim.kind());
        if (kind == null) return Optional.empty();
        Map<String, Object> values = new HashMap<>();
        List<String> doubtful = new ArrayList<>();
        boolean claimed = false;
        for (Map.Entry<String, Rule> e : RULES.get(kind).entrySet()) {
            String component = e.getKey();
            Rule rule = e.getValue();
            String value = given(claim.fields().get(component));
            String cited = given(claim.evidence().get(component));
            if (value == null && cited == null) continue;
            claimed = true;
            Object checked = believed(kind, component, rule, value, cited, quotes, today);
            if (checked == null) doubtful.add(FieldLabels.label(kind, component));
            else values.put(component, checked);
        }
        if (!claimed) return Optional.empty();
        return Optional.of(new ExtractedReport(build(kind, values), List.copyOf(doubtful)));
    }

    /** The checked value of one field, null when it fails its check. */
    private static Object believed(ReportKind kind, String component, Rule rule, String value, String cited,
                                   MessageQuotes quotes, LocalDate today) {
        return switch (rule) {
            case NAME -> name(kind, component, value, quotes, today);
            case NAMES -> plannedVisits(kind, component, value, quotes, today);
            case PEOPLE -> people(value, quotes);
            case PLACE -> value != null && value.length() <= MAX_NAME && quotes.contains(value) ? value : null;
            case TEXT -> text(value, quotes);
            case INTENT -> intent(value, cited, quotes);
            case RESULT -> value != null && InvestmentIntent.isLevel(value) ? intent(value, cited, quotes) : text(value, quotes);
            case AMOUNT -> amount(cited, quotes);
            case STAGE -> stage(value);
            case PROGRESS -> progress(kind, component, value, today);
            case DATE_HELD -> date(value, cited, quotes, today, true);
            case DATE_PLAN -> date(value, cited, quotes, today, false);
        };
    }

    private static String name(ReportKind kind, String component, String value, MessageQuotes quotes, LocalDate today) {
        if (value == null) return null;
        String name = new FieldReader(kind, Map.of(component, value), today).name(component);
        return name != null && name.length() <= MAX_NAME && names(name) && quotes.contains(name) ? name : null;
    }

    /** Not a description ("某新能源企业") nor a stray mark ("-", "1.", one character). */
    private static boolean names(String name) {
        return OrganisationName.junk(name) == null;
    }

    private static List<TripPlanReport.PlannedVisit> plannedVisits(ReportKind kind, String component, String value,
                                                                   MessageQuotes quotes, LocalDate today) {
        if (value == null || value.length() > MAX_TEXT) return null;
        var visits = new FieldReader(kind, Map.of(component, value), today).plannedVisits(component, null);
        for (TripPlanReport.PlannedVisit v : visits) {
            if (v.enterprise().length() > MAX_NAME || !names(v.enterprise()) || !quotes.contains(v.enterprise())) return null;
        }
        return visits.isEmpty() ? null : visits;
    }

    /** "刘总（总经理助理）、周总": every name and title is written in the message. */
    private static String people(String value, MessageQuotes quotes) {
        if (value == null || value.length() > MAX_PEOPLE) return null;
        boolean any = false;
        for (String piece : value.split("[、，,；;（）()/\\s]+|和|及|与")) {
            String p = piece.endsWith("等") ? piece.substring(0, piece.length() - 1) : piece;
            if (p.isBlank()) continue;
            if (!quotes.contains(p)) return null;
            any = true;
        }
        return any ? value.strip() : null;
    }

    private static String text(String value, MessageQuotes quotes) {
        if (value == null || value.length() > MAX_TEXT) return null;
        return quotes.coverage(value) >= MIN_COVERAGE ? value.strip() : null;
    }

    /** The level the cited words say ("意向明确" → 明确), else the model's level; the words must be in the message. */
    private static String intent(String value, String cited, MessageQuotes quotes) {
        if (cited == null || cited.length() > MAX_CITED || !quotes.contains(cited)) return null;
        if (InvestmentIntent.isLevel(cited)) return InvestmentIntent.normalise(cited);
        return value != null && InvestmentIntent.isLevel(value) ? InvestmentIntent.normalise(value) : null;
    }

    /**
     * Integer 元 of the cited words ("初步估计投资2亿元左右" → 200000000), an investment written in the message, and the
     * whole of it: not "2亿" of "2亿美元", "3000万" of "3000万平方米", "1亿" of "1.5亿" or "2亿元" of "12亿元".
     */
    private static Long amount(String cited, MessageQuotes quotes) {
        if (cited == null || cited.length() > MAX_CITED) return null;
        int at = quotes.indexOf(cited);
        if (at < 0) return null;
        String folded = MessageQuotes.fold(cited);
        String before = sameClause(quotes.before(at, 8));
        String after = clauseStart(quotes.after(at + folded.length(), 6));
        for (String word : NOT_INVESTMENT) {
            if ((before + folded).contains(word)) return null;
        }
        if (!before.isEmpty() && NUMBER_CHARS.indexOf(before.charAt(before.length() - 1)) >= 0) return null;
        if (!after.isEmpty() && NUMBER_CHARS.indexOf(after.charAt(0)) >= 0) return null;
        if (!Money.readInContext(cited, after).ok() && Money.read(cited).ok()) return null;
        for (String unit : COUNT_UNITS) {
            if (after.startsWith(unit) && !after.startsWith("人民币")) return null;
        }
        Money.Reading r = Money.read(cited);
        if (r.ok()) return r.yuan();
        int start = firstNumeral(cited);
        return start > 0 ? Money.read(cited.substring(start)).yuan() : null;
    }

    /** The start of the text up to its first clause break: "亿元，意向" → "亿元". */
    private static String clauseStart(String after) {
        for (int i = 0; i < after.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(after.charAt(i)) >= 0) return after.substring(0, i);
        }
        return after;
    }

    /** The end of the text after its last clause break: "营收12亿元，拟投资" → "拟投资". */
    private static String sameClause(String before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(before.charAt(i)) >= 0) return before.substring(i + 1);
        }
        return before;
    }

    private static int firstNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || "零〇一二两三四五六七八九十".indexOf(c) >= 0) return i;
        }
        return -1;
    }

    private static String stage(String value) {
        if (value == null) return null;
        String s = value.endsWith("阶段") ? value.substring(0, value.length() - 2) : value;
        return STAGES.contains(s) ? s : null;
    }

    private static String progress(ReportKind kind, String component, String value, LocalDate today) {
        if (value == null) return null;
        FieldReader reader = new FieldReader(kind, Map.of(component, value), today);
        String p = reader.progress(component);
        return reader.problems().isEmpty() ? p : null;
    }

    /**
     * The day the cited words name, read as the rules read dates; the model's own yyyy-MM-dd only when our reader
     * cannot read the words but they name that day of the month ("十八号"). Without cited words only today is
     * believed (what a report without a date means). With {@code held}, a day after today fails: a month and day
     * still ahead is never moved back a year, while a bare weekday ("周二") is the one just past.
     */
    private static LocalDate date(String value, String cited, MessageQuotes quotes, LocalDate today, boolean held) {
        LocalDate claimed = isoDate(value);
        if (cited == null) return today.equals(claimed) ? today : null;
        if (cited.length() > MAX_CITED || !quotes.contains(cited)) return null;
        LocalDate date = reread(cited, today, ChineseDates.Resolution.NEAREST);
        if (date == null && claimed != null && Math.abs(ChronoUnit.DAYS.between(claimed, today)) <= 366
                && namesDay(cited, claimed.getDayOfMonth())) {
            date = claimed;
        }
        if (date != null && held && date.isAfter(today)) {
            LocalDate past = reread(cited, today, ChineseDates.Resolution.PAST);
            boolean weekdayJustPast = past != null && !past.isAfter(today) && ChronoUnit.DAYS.between(past, today) < 7;
            date = weekdayJustPast ? past : null;
        }
        return date;
    }

    /** The date in the cited words: the whole words, else the first date found in them. */
    private static LocalDate reread(String cited, LocalDate today, ChineseDates.Resolution resolution) {
        String s = InputText.clean(cited).strip();
        ChineseDates.Reading whole = ChineseDates.readWhole(s, today, resolution);
        if (whole != null) return whole.date();
        for (int i = 0; i < s.length(); i++) {
            ChineseDates.Reading r = ChineseDates.read(s, i, today, resolution);
            if (r != null) return r.date();
        }
        return null;
    }

    private static LocalDate isoDate(String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The words name the day of the month, in digits or Chinese numerals ("18", "十八"). */
    private static boolean namesDay(String cited, int day) {
        String digits = Integer.toString(day);
        String[] units = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        String chinese = day < 10 ? units[day] : (day / 10 == 1 ? "" : units[day / 10]) + "十" + units[day % 10];
        return cited.contains(digits) || cited.contains(chinese);
    }

    private static String given(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() || NOTHING.contains(t.toLowerCase(Locale.ROOT)) ? null : t;
    }

    private static ReportKind kindOf(String kind) {
        if (kind == null) return null;
        String k = kind.strip();
        for (ReportKind r : ReportKind.values()) {
            if (r.name().equalsIgnoreCase(k) || r.label().equals(k)) return r;
        }
        return null;
    }

    private static Report build(ReportKind kind, Map<String, Object> v) {
        return switch (kind) {
            case VISIT -> new VisitReport(day(v, "date"), s(v, "enterprise"), s(v, "enterpriseInfo"), s(v, "region"),
                    s(v, "industry"), s(v, "contacts"), s(v, "ourPeople"), s(v, "content"), s(v, "intent"),
                    (Long) v.get("amountYuan"), s(v, "followUp"));
            case LEAD -> new LeadReport(day(v, "date"), s(v, "enterprise"), s(v, "project"), s(v, "industry"),
                    (Long) v.get("amountYuan"), s(v, "area"), s(v, "owner"), s(v, "source"), s(v, "stage"),
                    s(v, "nextStep"));
            case INSPECTION -> new InspectionReport(s(v, "enterprise"), day(v, "date"), s(v, "visitors"),
                    s(v, "companions"), s(v, "itinerary"), s(v, "area"), s(v, "result"));
            case SIGNING -> new SigningReport(s(v, "project"), s(v, "enterprise"), day(v, "date"),
                    (Long) v.get("amountYuan"), s(v, "industry"), s(v, "area"), s(v, "progress"), s(v, "issues"),
                    s(v, "owner"), s(v, "remark"));
            case TRIP_PLAN -> new TripPlanReport(s(v, "destination"), day(v, "departDate"), day(v, "returnDate"),
                    visits(v), s(v, "partners"), s(v, "division"), s(v, "route"));
            case TRIP_SUMMARY -> new TripSummaryReport(s(v, "trip"), day(v, "departDate"), day(v, "returnDate"),
                    s(v, "visits"), s(v, "projects"), s(v, "experience"), s(v, "problems"), s(v, "suggestions"));
        };
    }

    private static String s(Map<String, Object> v, String key) { return (String) v.get(key); }

    private static LocalDate day(Map<String, Object> v, String key) { return (LocalDate) v.get(key); }

    @SuppressWarnings("unchecked")
    private static List<TripPlanReport.PlannedVisit> visits(Map<String, Object> v) {
        return (List<TripPlanReport.PlannedVisit>) v.get("plannedVisits");
    }
}
