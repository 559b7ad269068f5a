package zhaoshang.report;

import java.util.regex.Pattern;

/**
 * The opening of a trip told after it, up to its first colon, comma or pause: the place away, maybe the group or
 * the person who went, and the trip's days or length — "天津组17—19日：", "郑州组（12月10日-12日）情况：",
 * "石家庄12月7日到9日 走访2家", "雄安保定两天半（23—25日）：", "郝晶西安行：", "12月31日太原一日：",
 * "上周二至周五天津、济南：", "这周上海行程结束，". Whether its days are over is for the caller to judge from them.
 */
final class TripOpening {
    private TripOpening() { }

    private static final String ENDS = "：:，,。；;\n ";
    /** "（12月10日-12日）", "（23—25日）": the days in brackets, left out of the words judged. */
    private static final Pattern BRACKETS = Patterns.compile("[（(][^）)]{0,16}[)）]");
    /** "补报：", "汇报一下：", "各位领导：": words before the opening that say nothing of the trip. */
    private static final Pattern PREFACE = Patterns.compile("^(?:补报|补充|汇报一下|报一下|各位领导|各位|领导|大家好|各位好)(?:一下)?$");
    /** The opening says what it is: the trip told ("情况", "之行", "西安行"), its length, or its end. */
    private static final Pattern TELLS = Patterns.compile(
            "(?:情况|行|之行|行程|一日|一天|[两二三四五六七八九]天半?|结束|回来了?|收获(?:不小|很大|不少)?)$|行程结束|之行[^，。；]{0,4}结束");
    /** "昨天太原一日行", "12月31日太原一日": a trip of one day. */
    private static final Pattern ONE_DAY = Patterns.compile("一日|一天(?!半)");
    /** Words of a trip still to come. */
    private static final Pattern AHEAD = Patterns.compile("明天|后天|下周|下星期|下礼拜|下个月|下月|将于|将赴|打算|准备|计划|安排|拟|出发去|要去");
    /** 这次, 这趟: this trip, told with no days. */
    private static final Pattern THIS_TIME = Patterns.compile("这次|这趟|此次|本次");

    /** The opening's words with the days in brackets left out, or null when the message opens with none. */
    static String of(String text) {
        String t = text.strip();
        String first = clause(t, 0);
        if (first == null) return null;
        if (PREFACE.matcher(first.strip()).matches()) first = clause(t, first.length() + 1);
        if (first == null) return null;
        return first.indexOf('（') >= 0 || first.indexOf('(') >= 0 ? BRACKETS.matcher(first).replaceAll("") : first;
    }

    /** The words from {@code from} to the next mark or pause (brackets kept whole), at most 30 characters. */
    private static String clause(String t, int from) {
        if (from >= t.length()) return null;
        int depth = 0;
        int i = from;
        for (; i < t.length() && i - from <= 30; i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') depth++;
            else if (c == '）' || c == ')') depth = Math.max(0, depth - 1);
            else if (depth == 0 && ENDS.indexOf(c) >= 0) break;
        }
        if (i - from > 30 || i == from) return null;
        return t.substring(from, i);
    }

    /** The opening names a place away from home. */
    static boolean placeAway(String opening) {
        for (int i = 0; i < opening.length() - 1; i++) {
            if (!InputText.isCjk(opening.charAt(i))) continue;
            int len = ProseTrips.placeAt(opening, i);
            if (len >= 2 && !ProseTrips.home(opening.substring(i, i + len))) return true;
        }
        return false;
    }

    /** The opening tells what the message is: the trip, its length or its end. */
    static boolean tells(String opening) {
        return TELLS.matcher(opening).find();
    }

    static boolean oneDay(String opening) {
        return ONE_DAY.matcher(opening).find();
    }

    static boolean ahead(String opening) {
        return AHEAD.matcher(opening).find();
    }

    static boolean thisTime(String opening) {
        return THIS_TIME.matcher(opening).find();
    }
}
