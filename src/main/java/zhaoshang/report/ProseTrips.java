package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trip plans and trip summaries written as prose: "第三组定于11月24日至11月30日赴深圳、东莞开展招商，拟拜访…，依托…",
 * "下周一到周三去深圳、东莞，拜访几家电子企业", "下周一出发去上海、苏州，下周五返回", "出差小结：11月18日至20日赴苏州…共走访
 * 企业5家", "这趟出差总结一下 二十四号到三十号 在深圳东莞 …".
 * <p>
 * A message is a trip summary when it says 总结/小结 of a trip (出差, 外出, or the trip's dates), or tells of a trip
 * that is over with a count of enterprises seen ("走访企业6家"); a trip plan when it is named one (出差计划) or tells
 * of going somewhere (赴/去/前往/出发) over dates that are still to come (a range, or a departure and a return).
 * Dates come from a range ("11月24日至30日", "下周三到周五") or from the words before 出发/赴 and 返回/回来; a return
 * written as a bare weekday or day ("周三返回", "26日返回") is the first such day from the departure on.
 */
final class ProseTrips {

    private static final Pattern NAMED_PLAN = Pattern.compile("外出计划|出差计划|外出工作计划|外出招商计划|出差安排|行程安排|出行计划|招商计划");
    private static final Pattern SUMMARY_WORD = Pattern.compile("总结|小结");
    private static final Pattern TRIP_WORD = Pattern.compile("出差|外出|驻点|赴|前往|这趟|这次去|本次去");
    private static final Pattern GO = Pattern.compile("出发|赴|前往|去|动身");
    private static final Pattern BACK = Pattern.compile("返回|回来|返程|回长治|回到长治|回单位");
    /** "走访企业6家", "一共见了七家企业", "共拜访8家企业", "跑了六家": what a trip that is over reports. */
    private static final Pattern COUNT = Pattern.compile(
            "(?:走访|拜访|见了|跑了|对接|考察)[^，。；\\s]{0,8}?(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})家");
    private static final Pattern NOT_A_TRIP = Pattern.compile(
            "来(?:高新区|潞州区|长治|我区|园区)[^，。；]{0,10}(?:考察|调研)|莅临|签约仪式|集中签约|成功签约|正式签约");
    private static final Pattern DESTINATION_NAMED = Pattern.compile("目的地[：:为是]?\\s*([\\u4e00-\\u9fff、]{2,16})");
    private static final Pattern DESTINATION = Pattern.compile("(?:赴|前往|出发去|去|到|在)(?:了)?(?:趟)?([\\u4e00-\\u9fff、]{2,16}?)(?=开展|出差|招商|驻点|，|,|。|；|拟|依托|跑|看|拜访|走访|对接|一共|共|参加|\\s|$)");
    private static final Pattern VISITS = Pattern.compile(
            "(?:拟拜访|拟走访|主要拜访|重点拜访|拜访|走访|跑一下|跑跑|看看|看)[：:]?\\s*([^。；]+?)(?=，依托|，分工|等企业|等|。|；|\\s依托|，[\\u4e00-\\u9fff]{2,3}(?:带队|、|同行|随行)|，我|$)");
    private static final Pattern TIME_WORD = Pattern.compile("周|星期|礼拜|[上下本这]个?(?:周|星期|礼拜|月)|本次|这次|那边|那里|一趟|趟");
    private static final Pattern PARTNERS = Pattern.compile("依托([^，。；\\s]{2,30})");
    private static final Pattern VAGUE_VISIT = Pattern.compile("^(?:几|一些|部分|相关|多|若干|有关|[0-9一二两三四五六七八九十]+)家|家企业$|^企业$|^朋友");

    private ProseTrips() { }

    /** The trip kind the message is, or null. */
    static ReportKind kind(String text, LocalDate today) {
        boolean summaryWord = SUMMARY_WORD.matcher(text).find();
        // "本周未外出", "外出天数11天": no trip told
        String trip = NO_TRIP.matcher(text).replaceAll("");
        boolean tripWord = TRIP_WORD.matcher(trip).find();
        boolean named = named(text);
        boolean away = trip.contains("出差") || trip.contains("外出");
        if (summaryWord && !named && away) return ReportKind.TRIP_SUMMARY;
        boolean goes = GO.matcher(text).find();
        if (!named && !goes && !away && !(summaryWord && tripWord)) return null;
        if (NOT_A_TRIP.matcher(text).find() && !named) return null;
        String s = normal(text, today);
        Dates d = dates(s, today);
        if (summaryWord && !named && d.range && tripWord) return ReportKind.TRIP_SUMMARY;
        boolean over = d.depart != null && (d.ret != null ? d.ret.isBefore(today) : d.depart.isBefore(today.minusDays(1)));
        if (over && (away || summaryWord && tripWord) && COUNT.matcher(text).find()) return ReportKind.TRIP_SUMMARY;
        if (named) return ReportKind.TRIP_PLAN;
        boolean both = d.depart != null && d.ret != null;
        if (goes && both && !over && (d.range || BACK.matcher(s).find())) return ReportKind.TRIP_PLAN;
        // "下周一出发去深圳，…，具体回来时间看情况": a departure still to come
        if (d.depart != null && !d.depart.isBefore(today) && s.contains("出发") && destination(text) != null) return ReportKind.TRIP_PLAN;
        return null;
    }

    private static final Pattern NO_TRIP = Pattern.compile("(?:未|没|没有|无|不)(?:外出|出差)|外出天数|出差天数");
    /** "准备一季度外出计划", "整理全年台账，制定出差计划": a plan still to be written is no plan filed. */
    private static final Pattern PLAN_TO_WRITE = Pattern.compile("(?:准备|制定|整理|做好|起草|报送|提交|完善|谋划|编制)[^，。；\\n]{0,6}$");

    private static boolean named(String text) {
        Matcher m = NAMED_PLAN.matcher(text);
        while (m.find()) {
            if (!PLAN_TO_WRITE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find()) return true;
        }
        return false;
    }

    static ParsedItem read(ReportKind kind, String text, LocalDate today) {
        String s = normal(text, today);
        Map<String, String> raw = new LinkedHashMap<>();
        Dates d = dates(s, today);
        if (kind == ReportKind.TRIP_SUMMARY) {
            // 行程 as written: "11月18日至20日 苏州"
            Written w = writtenRange(s, today);
            String where = destination(text);
            if (w != null) raw.put("trip", w.words() + (where == null ? "" : " " + where));
            else if (d.depart != null && d.ret != null) raw.put("trip", d.depart + "至" + d.ret);
            // the words after the heading ("外出招商工作总结（第三组）：…"); a bare heading holds no visits
            String body = text.strip().replaceFirst("^[^：:，。\\n]{0,20}(?:总结|小结)[^：:，。\\n]{0,12}[：:，。\\s]*", "");
            raw.put("visits", body.length() < 4 ? null : body);
            return ReportAssembler.assemble(kind, raw, today);
        }
        raw.put("destination", destination(text));
        raw.put("departDate", d.depart == null ? null : d.depart.toString());
        raw.put("returnDate", d.ret == null ? null : d.ret.toString());
        raw.put("plannedVisits", visits(text));
        Matcher p = PARTNERS.matcher(text);
        if (p.find()) raw.put("partners", p.group(1));
        raw.put("route", text.strip());
        return ReportAssembler.assemble(kind, raw, today);
    }

    /** The trip's dates: from a range, else from the words before the departure and the return. */
    private record Dates(LocalDate depart, LocalDate ret, boolean range) { }

    private static Dates dates(String s, LocalDate today) {
        ChineseDates.Range r = range(s, today);
        if (r != null) return new Dates(r.start(), r.end(), true);
        ProseDates.Found depart = dateBefore(s, GO, today, null);
        ProseDates.Found ret = dateBefore(s, BACK, today, depart == null ? null : depart.date());
        if (depart != null && ret != null && ret.at() <= depart.at()) ret = null;
        return new Dates(depart == null ? null : depart.date(), ret == null ? null : ret.date(), false);
    }

    /** 本月/下个月 as month numbers, Chinese numerals as digits. */
    private static String normal(String text, LocalDate today) {
        return ProseDates.arabic(relativeMonths(text, today));
    }

    private static ChineseDates.Range range(String s, LocalDate today) {
        Written w = writtenRange(s, today);
        return w == null ? null : w.range();
    }

    /** A range and the words it was written with ("11月18日至20日", "12月2日-12月5日" for 12.2-12.5). */
    private record Written(ChineseDates.Range range, String words) { }

    private static Written writtenRange(String s, LocalDate today) {
        int lastSeparator = -1;
        for (int i = s.length() - 1; i >= 0 && lastSeparator < 0; i--) if (RANGE_SEPARATORS.indexOf(s.charAt(i)) >= 0) lastSeparator = i;
        for (int i = 0; i < lastSeparator; i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && "今明后本这上下周星礼".indexOf(c) < 0) continue;
            if (i > 0 && Character.isDigit(s.charAt(i - 1))) continue;
            // a range has its separator within a few characters of its start
            boolean near = false;
            for (int j = i + 1; j < Math.min(s.length(), i + 14) && !near; j++) near = RANGE_SEPARATORS.indexOf(s.charAt(j)) >= 0;
            if (!near) continue;
            String t = s.substring(i, Math.min(s.length(), i + 30));
            if (t.indexOf('.') >= 0) t = dotted(t);
            ChineseDates.RangeReading rr = ChineseDates.readRange(t.replace("至", "-").replace("到", "-"), today,
                    ChineseDates.Resolution.NEAREST);
            if (rr != null) return new Written(rr.range(), t.substring(0, Math.min(t.length(), rr.end())).strip());
        }
        return null;
    }

    /** "12.2-12.5" → "12月2日-12月5日" (only a dotted date right at the start and after the separator). */
    private static String dotted(String s) {
        if (s.indexOf('.') < 0) return s; // called at every position of a message: no regex work without a dot
        return DOTTED_AFTER.matcher(DOTTED_START.matcher(s).replaceAll("$1月$2日")).replaceAll("$1月$2日");
    }

    private static final java.util.regex.Pattern DOTTED_START = java.util.regex.Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})(?![\\d.])");
    private static final java.util.regex.Pattern DOTTED_AFTER = java.util.regex.Pattern.compile("(?<=[-至到—~])(\\d{1,2})\\.(\\d{1,2})(?![\\d.])");

    private static final String BOUNDARY = "，,。；;：:\n ";
    private static final String RANGE_SEPARATORS = "至到-—–~～─";

    /**
     * The date written in the stretch of words that ends at a departure (出发/赴) or return (返回/回来) word. A bare
     * weekday or day of a return ("周三返回", "26日返回") is the first such day on or after the departure.
     */
    private static ProseDates.Found dateBefore(String s, Pattern word, LocalDate today, LocalDate depart) {
        Matcher m = word.matcher(s);
        while (m.find()) {
            int w = m.start();
            int from = w;
            while (from > 0 && BOUNDARY.indexOf(s.charAt(from - 1)) < 0) from--;
            String seg = s.substring(from, w);
            ProseDates.Found f = ProseDates.find(seg, today, false);
            if (f == null) continue;
            f = new ProseDates.Found(f.date(), f.written(), from + f.at());
            if (depart != null && bare(f.written())) {
                ProseDates.Found again = ProseDates.find(seg, depart, false);
                if (again != null) {
                    LocalDate d = again.date();
                    if (d.isBefore(depart)) d = f.written().matches("^(?:周|星期|礼拜).*") ? d.plusWeeks(1) : d.plusMonths(1);
                    f = new ProseDates.Found(d, f.written(), f.at());
                }
            }
            return f;
        }
        return null;
    }

    /** A weekday or a day of the month with nothing fixing its week or month. */
    private static boolean bare(String written) {
        return written.matches("^(?:周|星期|礼拜)[一二三四五六日天1-7]$") || written.matches("^\\d{1,2}[日号]$");
    }

    private static String relativeMonths(String text, LocalDate today) {
        return text.replace("本月", today.getMonthValue() + "月")
                .replace("下个月", today.plusMonths(1).getMonthValue() + "月").replace("下月", today.plusMonths(1).getMonthValue() + "月")
                .replace("上个月", today.minusMonths(1).getMonthValue() + "月").replace("上月", today.minusMonths(1).getMonthValue() + "月");
    }

    private static String destination(String text) {
        Matcher named = DESTINATION_NAMED.matcher(text);
        if (named.find()) return cities(named.group(1));
        Matcher m = DESTINATION.matcher(text);
        while (m.find()) {
            String d = m.group(1);
            for (String go : new String[]{"去", "赴", "到", "前往"}) {
                int g = d.lastIndexOf(go);
                if (g >= 0 && g < d.length() - go.length()) d = d.substring(g + go.length());
            }
            if (TIME_WORD.matcher(d).lookingAt() || d.matches("^[0-9零〇一二两三四五六七八九十]+[号日月].*")) continue;
            if (d.contains("高新区") || d.contains("潞州") || d.endsWith("的") || d.startsWith("拜访") || d.contains("公司")) continue;
            return cities(d);
        }
        return null;
    }

    /** "杭州宁波", "郑州西安": city names of two characters run together. */
    private static String cities(String d) {
        if (d.indexOf('、') < 0 && d.length() >= 4 && d.length() % 2 == 0 && d.length() <= 8) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < d.length(); i += 2) b.append(i == 0 ? "" : "、").append(d, i, i + 2);
            d = b.toString();
        }
        return d;
    }

    private static String visits(String text) {
        Matcher m = VISITS.matcher(text);
        if (!m.find()) return null;
        List<String> out = new ArrayList<>();
        for (String piece : m.group(1).split("、|和|还有|以及|，| ")) {
            String p = piece.strip();
            if (p.equals("那个") || p.isEmpty()) continue;
            int de = p.indexOf("的");
            if (de > 0 && de < p.length() - 2) p = p.substring(de + 1);
            if (p.length() < 2 || VAGUE_VISIT.matcher(p).find()) continue;
            out.add(p);
        }
        return out.isEmpty() ? null : String.join("、", out);
    }
}
