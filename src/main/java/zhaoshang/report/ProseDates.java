package zhaoshang.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of the event a prose report tells: the first date written (今天, 上周五, 11月18日, 十一月十八日, 11.23,
 * 十八号, 本月16日, 上月27日), skipping a later plan's ("明年3月开工", "希望下月来") and a bracket explaining the date
 * before it ("本周四（26号）"). Month-day dates resolve to the nearest such day (a visit three days ahead is then
 * asked about, never moved back a year); a bare day of the month (18号) and a bare weekday to the latest one.
 */
final class ProseDates {

    /** A date found: the day and the words it was written with. */
    record Found(LocalDate date, String written, int at) { }

    private static final Pattern MONTH_DAY_NUMERALS = Patterns.compile("([零〇一二两三四五六七八九十]{1,3})(月)([零〇一二三四五六七八九十]{1,3})(日|号)?");
    private static final Pattern SPACED_DATE = Patterns.compile("(?<!\\d)((?:\\d{4}\\s*年\\s*)?)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号](?!\\d)");
    private static final Pattern FIRST_MONTH = Patterns.compile("元月(?=[0-9一二三四五六七八九十])");
    private static final Pattern DAY_NUMERALS = Patterns.compile("([一二三四五六七八九十]{1,3})(日|号)");
    /** "11.18"; not "2.11月25日" (an item's number before a month). */
    private static final Pattern DOTTED = Patterns.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})(?![\\d.]|\\s*(?:亿|万|元|%|个|倍|平|米|吨)|月|日|号)");
    private static final String[] PLAN_WORDS = {"明年", "下月", "下个月", "希望", "计划", "预计", "争取", "约定", "将于", "年底", "年后", "月底", "之前",
            "开工", "投产", "再派", "再来", "再议", "回来"};

    private ProseDates() { }

    /** The event's date in the text, or null. */
    static Found find(String text, LocalDate today, boolean pastOnlyForDays) {
        return MessageMemo.get(MessageMemo.Table.DATES, new Asked(text, today, pastOnlyForDays), a -> event(a.text(), a.today(), a.pastOnlyForDays()));
    }

    /** The key of {@link #find}'s answers in the message's memo. */
    private record Asked(String text, LocalDate today, boolean pastOnlyForDays) { }

    private static Found event(String text, LocalDate today, boolean pastOnlyForDays) {
        String s = arabic(text);
        int from = 0;
        Found sameDay = null;
        Found since = null;
        while (from < s.length()) {
            Found f = at(s, from, today, pastOnlyForDays);
            if (f != null) {
                if (!planned(s, f.at()) && !departure(s, f.at() + f.written().length()) && !notTheEvent(s, f)
                        && !aside(s, f.at() + f.written().length()) && !followUp(s, f, today)
                        && !(f.date().isAfter(today) && goingOn(s, f.at() + f.written().length()))) {
                    // "11月18日…，双方当日签订投资协议": 当日/当天 is the day told before it, today only when no other is
                    // ("1月5日起在惠州驻点…另补充一家：1月7日下午，走访X": a day a stay began from, when another follows)
                    if (!sameDay(f) && !since(s, f)) return f;
                    if (since(s, f)) { if (since == null) since = f; }
                    else if (sameDay == null) sameDay = f;
                }
                from = f.at() + Math.max(1, f.written().length());
                continue;
            }
            from++;
        }
        return sameDay != null ? sameDay : since;
    }

    /** "1月5日起在惠州驻点": the day a stretch of days begins (起, not 起草/起步), read only when no other day is told. */
    private static boolean since(String s, Found f) {
        int end = f.at() + f.written().length();
        return end < s.length() && s.charAt(end) == '起' && !s.startsWith("起草", end) && !s.startsWith("起步", end) && !s.startsWith("起来", end);
    }

    /**
     * "上周五太忙没来得及报，补一条，在无锡走访了X": the day a report was late, the event's own when the message tells no
     * other (null when it tells none such).
     */
    static Found lateDay(String text, LocalDate today) {
        if (!Patterns.containsAny(text, LATE_WORDS)) return null;
        String s = arabic(text);
        for (int from = 0; from < s.length(); from++) {
            Found f = at(s, from, today, true);
            if (f != null && reportLate(s, f) && !f.date().isAfter(today)) return f;
        }
        return null;
    }

    /** REPORT_LATE's words, each of them (keep in step with it). */
    private static final String[] LATE_WORDS = {"没顾上", "没来得及", "忘了", "忘记", "没空", "没时间"};

    /** 当天 / 当日 / 同日: the day already told (today only when the message tells no other). */
    static boolean sameDay(Found f) {
        return f != null && (f.written().startsWith("当天") || f.written().startsWith("当日") || f.written().startsWith("同日") || f.written().startsWith("同一天"));
    }

    /** The first date written, a plan's included ("将于11月27日来…考察"), or null. */
    static Found findPlanned(String text, LocalDate today) {
        String s = arabic(text);
        for (int from = 0; from < s.length(); from++) {
            Found f = at(s, from, today, false);
            if (f != null) return f;
        }
        return null;
    }

    private static Found at(String s, int i, LocalDate today, boolean pastOnlyForDays) {
        char c = s.charAt(i);
        if (i > 0 && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(c)) return null;
        // two matchers at every character were most of the prose reader's time: only where they can start
        ChineseDates.Reading rel = ChineseDates.readRelativeMonth(s, i, today);
        if (rel != null && rel.date() != null) return new Found(rel.date(), rel.written(), i);
        Matcher m = c < '0' || c > '9' ? null : DOTTED.matcher(s).region(i, Math.min(s.length(), i + 6));
        if (m != null && m.lookingAt() && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            ChineseDates.Reading r = ChineseDates.read(month + "月" + day + "日", 0, today, ChineseDates.Resolution.NEAREST);
            if (r != null && r.exists() && month >= 1 && month <= 12) return new Found(r.date(), m.group(), i);
            return null;
        }
        if (c == '元' && s.startsWith("元旦", i)) return newYear(s, i, today);
        if (!(Character.isDigit(c) || "今昨前明后大当本这上下周星礼".indexOf(c) >= 0)) return null;
        boolean dayOnly = isDayOnly(s, i);
        ChineseDates.Resolution res = dayOnly && pastOnlyForDays || isWeekday(s, i) ? ChineseDates.Resolution.PAST
                : ChineseDates.Resolution.NEAREST;
        ChineseDates.Reading r = ChineseDates.read(s, i, today, res);
        if (r == null || !r.exists()) return null;
        int end = r.end();
        // ("3亿", "20万": a figure, no day; "今天亿纬锂能…", "今天万华化学…": a day word before a name is the day)
        if (end < s.length() && "亿万元个人家吨%年期倍".indexOf(s.charAt(end)) >= 0 && !dayWordBefore(s, end)) return null;
        // "总投资 1.5 亿元": a figure with a space before its unit
        if (end + 1 < s.length() && s.charAt(end) == ' ' && "亿万元".indexOf(s.charAt(end + 1)) >= 0 && Character.isDigit(s.charAt(end - 1))) return null;
        if (s.startsWith("月", end) || s.startsWith("号线", end)) return null;
        // "周四(12月24日)要签": a weekday explained by its date in brackets is that date
        if (end < s.length() && (s.charAt(end) == '(' || s.charAt(end) == '（') && isWeekday(s, i)) {
            Matcher explained = EXPLAINED.matcher(s).region(end, Math.min(s.length(), end + 12));
            if (explained.lookingAt()) {
                ChineseDates.Reading d = ChineseDates.read(explained.group(1), 0, today, ChineseDates.Resolution.NEAREST);
                if (d != null && d.exists()) return new Found(d.date(), s.substring(i, explained.end()), i);
            }
        }
        // ("3号楼", "5号和6号车间": a number, no day; "1月5号和X签": a month written before it makes it a day)
        if (s.charAt(end - 1) == '号' && end < s.length() && "厂楼线院门机地车、和栋库园仓馆".indexOf(s.charAt(end)) >= 0
                && !(s.charAt(end) == '和' && s.substring(i, end).indexOf('月') >= 0)) return null;
        return new Found(r.date(), s.substring(i, end), i);
    }

    private static final Pattern EXPLAINED = Patterns.compile("[（(]\\s*(\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])\\s*[)）]");

    /** "今天", "昨天", "明天": a day said in a word ends right before {@code end} ("今天亿纬锂能", "昨天万华化学"). */
    private static boolean dayWordBefore(String s, int end) {
        return end >= 2 && s.charAt(end - 1) == '天' && "今昨明前后".indexOf(s.charAt(end - 2)) >= 0;
    }

    /** "元旦前一天", "元旦当天", "元旦第二天": a day counted from New Year's Day; 元旦前/元旦后 alone name no day. */
    private static final Pattern NEW_YEAR = Patterns.compile("元旦(?:(当天|那天|当日)|(前|后)(一|两|二|三)天|第(二|三)天)");

    private static Found newYear(String s, int i, LocalDate today) {
        Matcher m = NEW_YEAR.matcher(s).region(i, Math.min(s.length(), i + 8));
        if (!m.lookingAt()) return null;
        int shift = m.group(1) != null ? 0
                : m.group(2) != null ? ("前".equals(m.group(2)) ? -1 : 1) * numeral(m.group(3))
                : numeral(m.group(4)) - 1;
        // the New Year's Day nearest today
        LocalDate day = LocalDate.of(today.getMonthValue() >= 7 ? today.getYear() + 1 : today.getYear(), 1, 1).plusDays(shift);
        return new Found(day, m.group(), i);
    }

    private static boolean isDayOnly(String s, int i) {
        int p = i;
        while (p < s.length() && Character.isDigit(s.charAt(p))) p++;
        return p > i && p < s.length() && (s.charAt(p) == '号' || s.charAt(p) == '日');
    }

    private static boolean isWeekday(String s, int i) {
        return s.startsWith("周", i) || s.startsWith("星期", i) || s.startsWith("礼拜", i);
    }

    /** "昨天忙没顾上报", "前天忘了报": the day the report was late, not the event's. */
    private static final Pattern REPORT_LATE = Patterns.compile("^[^，。；]{0,4}?(?:没顾上|没来得及|忘了|忘记|没空|没时间)(?:报|上报|发|汇报|登记|补)");

    /**
     * A date that is none of the event told: the day a report was late ("昨天忙没顾上报"), a meeting before it the
     * event follows ("这是继11月2日我区领导赴深圳走访后"), a deadline ("下周五前报签约"), a nickname before 一起 ("和小周一起" holds no 周一).
     */
    private static boolean notTheEvent(String s, Found f) {
        int end = f.at() + f.written().length();
        if (f.at() > 0 && s.charAt(f.at() - 1) == '继') return true;
        // "区里公众号今天的稿子", "昨天的新闻": the day of what was written about the event, not the event's
        if (s.startsWith("的", end) && WRITING.matcher(s).region(end + 1, Math.min(s.length(), end + 5)).lookingAt()) return true;
        // "上周走访汇总（周一例会用）": the day of a meeting the list is for
        if (f.written().startsWith("周") && (s.startsWith("例会", end) || s.startsWith("开会", end))) return true;
        if (idle(s, end)) return true;
        // "下周五前报签约", "月底之前": a deadline
        if (s.startsWith("前", end) && !s.startsWith("前天", end) && !s.startsWith("前期", end) || s.startsWith("之前", end) || s.startsWith("以前", end)) return true;
        if (f.written().startsWith("周") && (f.at() > 0 && "小老阿".indexOf(s.charAt(f.at() - 1)) >= 0
                || end < s.length() && "起同块道".indexOf(s.charAt(end)) >= 0)) return true;
        return reportLate(s, f);
    }

    private static final Pattern IDLE = Patterns.compile("[，,\\s]*(?:[（(]?(?:周|星期)[一二三四五六日天][）)]?[，,\\s]*)?(?:(?:元旦|春节|国庆|周末|假期|放假)[，,\\s]*)?"
            // "明天元旦没有事 1月5号同X签…" (听日元旦冇嘢): a day off, nothing on it
            + "(?:(?:没有事|没事|没啥事|放假)(?=[，。；;\\n\\s]|$)|(?:无|休息|空|没有|无安排|未外出)(?=[，。；;\\n]|$))");
    /** What was written or sent about the event ("今天的稿子", "昨天的新闻"). */
    private static final Pattern WRITING = Patterns.compile("稿|新闻|消息|文章|推送|简报|报道|通稿|公众号|信息");

    /** "- 11.29 周日 无", "周六 休息": a day listed with nothing done on it. */
    private static boolean idle(String s, int end) {
        return end < s.length() && IDLE.matcher(s).region(end, Math.min(s.length(), end + 12)).lookingAt();
    }

    private static boolean reportLate(String s, Found f) {
        int end = f.at() + f.written().length();
        return end < s.length() && REPORT_LATE.matcher(s).region(end, Math.min(s.length(), end + 12)).lookingAt();
    }

    private static final Pattern DEPARTURE = Patterns.compile("(?:上午|下午|晚上|早上|中午)?(?:[0-9]{1,2}点)?(?:出发|启程|动身|返程|返回|回来|回长治|飞|坐高铁)");

    /** "周三出发去天津", "周五返回": the day of a trip still to come, not of the event told. */
    private static boolean departure(String s, int end) {
        return end < s.length() && DEPARTURE.matcher(s).region(end, Math.min(s.length(), end + 10)).lookingAt();
    }

    private static final Pattern GOING_ON = Patterns.compile("(?:上午|下午|晚上|早上|中午)?\\s*(?:我们|我|我组|再|继续|还要|要|将|计划)?\\s*(?:去|赴|前往|转场)(?!了|的)"
            // "明天上午去拜访X": going to the visit is the visit, its day asked about
            + "(?!拜访|走访|回访|约见|见|对接|考察|调研|洽谈|座谈|参观)");

    /**
     * "…意向一般 明天去佛山美的", "明天赴南京": where the team goes next, not the day of what it reports ("明天上午拜访X",
     * "11月25日拜访了X" are the visit's own day, asked about).
     */
    private static boolean goingOn(String s, int end) {
        return end < s.length() && GOING_ON.matcher(s).region(end, Math.min(s.length(), end + 12)).lookingAt();
    }

    private static final Pattern ASIDE = Patterns.compile("(?:上午|下午|晚上|早上|中午)?[^，。；！!\\n]{0,4}?再(?:说|聊|约|谈|定|议|商量|联系|沟通|细聊|碰|对接|报|补)(?![了过])");

    /**
     * "…聊得不错，具体的明天再说吧", "投资额明天再聊", "细节周五再约": an aside about what is left for another day, not
     * the day of what is reported ("周五再约" is no past Friday either).
     */
    private static boolean aside(String s, int end) {
        return end < s.length() && ASIDE.matcher(s).region(end, Math.min(s.length(), end + 10)).lookingAt();
    }

    private static final Pattern FOLLOW_UP = Patterns.compile("(?:上午|下午|晚上|早上|一早)?\\s*(?:我|我们|我再|再)?\\s*(?:问问|问一下|打听|找|把|发|补|联系|打电话|电话|跟进|整理|核实|确认|要|催)");

    /**
     * "…见了一面 …意向较强 明天问问程亮全称补上", "…吃了个饭 …明天再找他要一下资料": tomorrow's follow-up, told after what
     * was done, is no day of the event (a visit planned for tomorrow, "明天拜访X", is still read and asked about).
     */
    private static boolean followUp(String s, Found f, LocalDate today) {
        if (!f.date().isAfter(today) || f.at() == 0 || !(f.written().startsWith("明") || f.written().startsWith("后天"))) return false;
        int end = f.at() + f.written().length();
        if (end >= s.length() || !FOLLOW_UP.matcher(s).region(end, Math.min(s.length(), end + 10)).lookingAt()) return false;
        return s.lastIndexOf('了', f.at()) >= 0;
    }

    /** A date introduced as a later plan ("明年3月", "下月来考察", "计划12月"). */
    private static boolean planned(String s, int at) {
        String before = s.substring(Math.max(0, at - 4), at);
        // "签约并同步开工！11月20日，…": a plan word ends with its own clause
        before = before.substring(Math.max(before.lastIndexOf('，'), Math.max(before.lastIndexOf('！'), Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')))) + 1);
        for (String w : PLAN_WORDS) if (before.contains(w)) return true;
        // "本周四（26号）": the bracket only explains the date before it — handled by taking the first
        return false;
    }

    /** "十一月十八日" → "11月18日", "二十五号" → "25号", "元月6日" → "1月6日"; other text unchanged, same length not kept. */
    static String arabic(String text) {
        if (text.indexOf('月') < 0 && text.indexOf('号') < 0 && text.indexOf('日') < 0) return text;
        // "2026 年 12 月 25 日": a poster's date read off a picture, spaces between its figures and words
        if (text.indexOf(" 月") >= 0 || text.indexOf("月 ") >= 0) text = SPACED_DATE.matcher(text).replaceAll("$1$2月$3日");
        // "元月6日", "元月六号": January as officials write it
        if (text.contains("元月")) text = FIRST_MONTH.matcher(text).replaceAll("1月");
        // both patterns below need a Chinese numeral right before 月, 日 or 号 (the digits they write make no new one)
        if (!numeralBeforeDate(text)) return text;
        Matcher m = MONTH_DAY_NUMERALS.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int month = numeral(m.group(1));
            int day = numeral(m.group(3));
            String rep = month >= 1 && month <= 12 && day >= 1 && day <= 31
                    ? month + "月" + day + (m.group(4) == null ? "日" : m.group(4)) : m.group();
            m.appendReplacement(b, rep);
        }
        m.appendTail(b);
        String s = b.toString();
        m = DAY_NUMERALS.matcher(s);
        b = new StringBuilder();
        while (m.find()) {
            int day = numeral(m.group(1));
            char before = m.start() == 0 ? ' ' : s.charAt(m.start() - 1);
            // "12月二号", "上个月二十七号" (a month already written, the day spoken): a day; "周一", "第一", "最后一日",
            // "每一日" are none
            boolean prefixOk = !"月周期第星礼初后每".contains(String.valueOf(before))
                    || before == '月' && m.start() > 1 && (Character.isDigit(s.charAt(m.start() - 2)) || "本上下这个".indexOf(s.charAt(m.start() - 2)) >= 0);
            m.appendReplacement(b, day >= 1 && day <= 31 && prefixOk ? day + m.group(2) : m.group());
        }
        m.appendTail(b);
        return b.toString();
    }

    private static boolean numeralBeforeDate(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '月' || c == '日' || c == '号') && "零〇一二两三四五六七八九十".indexOf(text.charAt(i - 1)) >= 0) return true;
        }
        return false;
    }

    /** 一 … 三十一 as a number; 0 when not one. */
    static int numeral(String t) {
        if (t.isEmpty()) return 0;
        int ten = t.indexOf('十');
        if (ten < 0) return t.length() == 1 ? digit(t.charAt(0)) : 0;
        int tens = ten == 0 ? 1 : digit(t.charAt(0));
        int ones = ten == t.length() - 1 ? 0 : digit(t.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int digit(char c) {
        return "零一二三四五六七八九".indexOf(c) >= 0 ? "零一二三四五六七八九".indexOf(c) : c == '两' ? 2 : c == '〇' ? 0 : 0;
    }
}
