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
 * "下周一出发去上海、苏州，下周五返回", "这趟出差总结一下 二十四号到三十号 在深圳东莞 …". Dates from a range or from
 * "…出发 … 返回/回来", the destination after 赴/去/到, planned visits after 拟拜访/拜访/看.
 */
final class ProseTrips {

    private static final Pattern PLAN = Pattern.compile("外出计划|出差计划|外出工作计划|行程|出发|定于[^，。]{0,14}赴|(?:下周|下个月|下月)[^，。]{0,8}(?:去|到|赴)|至[^，。]{0,8}赴");
    private static final Pattern SUMMARY = Pattern.compile("总结");
    private static final Pattern DESTINATION = Pattern.compile("(?:赴|前往|出发去|去|到|在)([\\u4e00-\\u9fff、]{2,16}?)(?=开展|，|,|。|拟|依托|跑|看|拜访|出差|招商|驻点|\\s|走访|一共|共|$)");
    private static final Pattern VISITS = Pattern.compile("(?:拟拜访|拜访|看)[：:]?\\s*([^。；]+?)(?=，依托|，分工|，宋|等企业|等|。|；|\\s依托|，[\\u4e00-\\u9fff]{2,3}(?:带队|、)|$)");
    private static final Pattern PARTNERS = Pattern.compile("依托([^，。；\\s]{2,30})");

    private ProseTrips() { }

    /** The trip kind the message is, or null. */
    static ReportKind kind(String text) {
        boolean range = range(ProseDates.arabic(relativeMonths(text, LocalDate.of(2026, 1, 1))), LocalDate.of(2026, 1, 1)) != null;
        if (SUMMARY.matcher(text).find() && (range || text.contains("外出") || text.contains("出差"))) return ReportKind.TRIP_SUMMARY;
        boolean named = text.contains("外出计划") || text.contains("出差计划") || text.contains("外出工作计划");
        boolean there = text.contains("出发") && (text.contains("返回") || text.contains("回来") || text.contains("回长治"));
        if (PLAN.matcher(text).find() && (range || there || named)) return ReportKind.TRIP_PLAN;
        return null;
    }

    static ParsedItem read(ReportKind kind, String text, LocalDate today) {
        String s = ProseDates.arabic(relativeMonths(text, today));
        Map<String, String> raw = new LinkedHashMap<>();
        ChineseDates.Range r = range(s, today);
        LocalDate depart = r == null ? null : r.start();
        LocalDate ret = r == null ? null : r.end();
        if (r == null) {
            depart = dateBefore(s, "出发", today);
            ret = dateBefore(s, "返回", today);
            if (ret == null) ret = dateBefore(s, "回来", today);
        }
        if (kind == ReportKind.TRIP_SUMMARY) {
            if (depart != null && ret != null) raw.put("trip", depart + "至" + ret);
            // the words after the heading ("外出招商工作总结（第三组）：…"); a bare heading holds no visits
            String body = text.strip().replaceFirst("^[^：:，。\\n]{0,20}总结[^：:，。\\n]{0,12}[：:，。\\s]*", "");
            raw.put("visits", body.length() < 4 ? null : body);
            ParsedItem item = ReportAssembler.assemble(kind, raw, today);
            return item;
        }
        raw.put("destination", destination(text));
        raw.put("departDate", depart == null ? null : depart.toString());
        raw.put("returnDate", ret == null ? null : ret.toString());
        raw.put("plannedVisits", visits(text));
        Matcher p = PARTNERS.matcher(text);
        if (p.find()) raw.put("partners", p.group(1));
        raw.put("route", text.strip());
        return ReportAssembler.assemble(kind, raw, today);
    }

    private static ChineseDates.Range range(String s, LocalDate today) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && "今明后本这上下周星".indexOf(c) < 0) continue;
            if (i > 0 && Character.isDigit(s.charAt(i - 1))) continue;
            ChineseDates.RangeReading rr = ChineseDates.readRange(s.substring(i).replace("至", "-").replace("到", "-"), today,
                    ChineseDates.Resolution.NEAREST);
            if (rr != null) return rr.range();
        }
        return null;
    }

    private static LocalDate dateBefore(String s, String word, LocalDate today) {
        int w = s.indexOf(word);
        if (w < 0) return null;
        ProseDates.Found last = null;
        int from = Math.max(0, s.lastIndexOf('，', w) + 1);
        ProseDates.Found f = ProseDates.find(s.substring(from, w), today, false);
        if (f != null) last = f;
        return last == null ? null : last.date();
    }

    private static String relativeMonths(String text, LocalDate today) {
        return text.replace("本月", today.getMonthValue() + "月")
                .replace("下个月", today.plusMonths(1).getMonthValue() + "月").replace("下月", today.plusMonths(1).getMonthValue() + "月")
                .replace("上个月", today.minusMonths(1).getMonthValue() + "月").replace("上月", today.minusMonths(1).getMonthValue() + "月");
    }

    private static String destination(String text) {
        Matcher m = DESTINATION.matcher(text);
        while (m.find()) {
            String d = m.group(1);
            for (String go : new String[]{"去", "赴", "到"}) {
                int g = d.lastIndexOf(go);
                if (g >= 0 && g < d.length() - 1) d = d.substring(g + 1);
            }
            if (d.startsWith("周") || d.startsWith("下") || d.startsWith("本") || d.startsWith("上") || d.startsWith("这")) continue;
            if (d.contains("高新区") || d.contains("潞州") || d.endsWith("的") || d.startsWith("拜访")) continue;
            if (d.indexOf('、') < 0 && d.length() >= 4 && d.length() % 2 == 0 && d.length() <= 8) {
                // "杭州宁波", "郑州西安": city names of two characters run together
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < d.length(); i += 2) b.append(i == 0 ? "" : "、").append(d, i, i + 2);
                d = b.toString();
            }
            return d;
        }
        return null;
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
            if (p.length() >= 2) out.add(p);
        }
        return out.isEmpty() ? null : String.join("、", out);
    }
}
