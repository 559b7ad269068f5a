package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several records written side by side, each in a part of its own: lines under "今天两家", parts joined by " / " on
 * one line, "上午…下午…", "第一家…第二家…", "…另外…". When the whole message read at once yields fewer records than it
 * has parts, and every part read alone is a record of a named organisation (a first part may only give the day they
 * share: "今天两家"), the parts are read one by one, each with the day said once at the start of the message. This
 * is a reading of the layout, not of any words: whatever the parts say, they are read as any message is.
 */
final class RecordParts {

    private RecordParts() { }

    /** " / " or "／" joining parts of one line (a slash with no space either side may be a date or a fraction). */
    private static final Pattern SLASH = Patterns.compile("\\s+[/／]\\s*|\\s*／\\s*|(?<=[\\u4e00-\\u9fff])/(?=[\\u4e00-\\u9fff])");
    private static final Pattern MENTION = Patterns.compile("[@＠][^\\s@＠，,。：:]{1,16}");
    /** "1 X…", "2、Y…", "②Z…": an item's number opening a line. */
    private static final Pattern NUMBER = Patterns.compile("^\\s*(?:[0-9]{1,2}(?:[.、．)）:：]|\\s)|[①②③④⑤⑥⑦⑧⑨⑩]|[（(][0-9]{1,2}[)）])\\s*");
    /**
     * Where a spoken or typed run names the next one in order: "第二家", "另一家", "下午" after "上午", "另外" opening a
     * clause. Each is a place after a pause (a space or a mark), so words inside a clause never split it.
     */
    private static final Pattern NEXT = Patterns.compile(
            "(?<=[\\s，,。；;])(?:嗯\\s*)?(?=第[二三四五六七八九两2-9]家|另一家|另外一家|另外[\\s，,]|另外(?=[\\u4e00-\\u9fff]{2})|此外[\\s，,])");
    private static final Pattern FIRST = Patterns.compile("(?<=[\\s，,。；;])(?=第[一1]家)");
    private static final Pattern AFTERNOON = Patterns.compile("(?<=[\\s，,。；;])(?=(?:下午|晚上|傍晚)[\\s，,是去见到在拜走跑])");
    /** The day the message opens with ("今天", "嗯 昨天", "11月26日", "上周五"), said once for every part. */
    private static final Pattern OPENING_DAY = Patterns.compile(
            "^[\\s，,嗯呃那个]*((?:今天|今日|昨天|昨日|前天|(?:本周|上周|这周)?周[一二三四五六日天]|(?:本周|上周|这周)?星期[一二三四五六日天]"
                    + "|[0-9]{1,2}月[0-9]{1,2}[日号]?|[0-9]{1,2}[.．][0-9]{1,2}(?![0-9.亿万元])|[0-9]{1,2}[日号]))");
    /** Any word of a day: a part saying one keeps its own. */
    private static final Pattern ANY_DAY = Patterns.compile(
            "今天|今日|昨天|昨日|前天|明天|明日|后天|大后天|周[一二三四五六日天末]|星期|礼拜|月[0-9一二三四五六七八九十]{1,3}[日号]|[0-9]{1,2}[日号]"
                    + "|(?<![0-9.])[0-9]{1,2}[.．][0-9]{1,2}(?![0-9.亿万元])|当天|当日|下月|本月|上月|月底|月初");

    /** "第二家是", "另外", "此外，": the words naming a part's place in order are none of its record's. */
    private static final Pattern ORDINAL = Patterns.compile(
            "^[\\s，,]*(?:嗯\\s*)?(?:第[一二三四五六七八九两1-9]家|另一家|另外一家|另外|此外)\\s*(?:是|呢|啊)?[\\s，,：:]*");
    /** "A 和 B 两家一起", "A、B两家企业共同": two named and counted as two. */
    private static final Pattern TOGETHER = Patterns.compile(
            "([\\u4e00-\\u9fffA-Za-z]{2,16})\\s*(?:和|与|跟|、)\\s*([\\u4e00-\\u9fffA-Za-z]{2,16}?)\\s*(?:两家|2家)\\s*(?:企业|公司|单位)?(?:\\s*(?:一起|一同|共同|联合|都))?");
    /** A line titling the records below it: "第三组 …补登", "本周走访情况：", "11月走访汇总". */
    private static final Pattern TITLE = Patterns.compile("(?:补登|补报|汇总|小结|情况|如下|周报|月报)[：:]?\\s*$|[：:]\\s*$");
    /** "两家", "跑了三家", "3家": how many follow. */
    private static final Pattern COUNT = Patterns.compile("[一二两三四五六七八九十0-9]家");

    /** The parts of a message, in order; one part when it holds no such layout. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            String l = mayBeNumbered(line) ? NUMBER.matcher(line).replaceFirst("") : line;
            // "【今日走访】@招商助手": a mention is nobody's record
            if (l.indexOf('@') >= 0) l = MENTION.matcher(l).replaceAll(" ");
            for (String piece : l.indexOf('/') >= 0 || l.indexOf('／') >= 0 ? SLASH.split(l) : new String[] {l}) {
                for (String p : spoken(piece)) {
                    // (every ORDINAL holds 第, 另 or 此)
                    boolean ordinal = p.indexOf('第') >= 0 || p.indexOf('另') >= 0 || p.indexOf('此') >= 0;
                    String part = (ordinal ? ORDINAL.matcher(p).replaceFirst("") : p).strip();
                    if (!part.isEmpty()) parts.add(part);
                }
            }
        }
        return parts.size() == 1 ? together(parts.get(0)) : parts;
    }

    /** The line may open with a NUMBER: its first character past white space is a digit, a circled one or a bracket. */
    private static boolean mayBeNumbered(String line) {
        int k = 0;
        while (k < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(k)) >= 0) k++;
        if (k == line.length()) return false;
        char c = line.charAt(k);
        return c >= '0' && c <= '9' || c >= '①' && c <= '⑩' || c == '（' || c == '(';
    }

    /**
     * "天擎半导体 和 微锐传感 两家一起到高新区考察": two organisations joined and counted as two do the same thing, each a
     * record of its own: the part read once for each of them.
     */
    private static List<String> together(String part) {
        if (part.indexOf('家') < 0) return List.of(part);
        Matcher m = TOGETHER.matcher(part);
        if (!m.find()) return List.of(part);
        return List.of(part.substring(0, m.start()) + m.group(1) + part.substring(m.end()),
                part.substring(0, m.start()) + m.group(2) + part.substring(m.end()));
    }

    /** "…第一家是X…第二家是Y…", "上午…下午…", "…另外…": a run split where the next one in order is named. */
    private static List<String> spoken(String piece) {
        String s = piece;
        if (s.contains("第") && s.contains("家")) s = FIRST.matcher(s).replaceAll("\n");
        if (s.contains("第") || s.contains("另") || s.contains("此外")) s = NEXT.matcher(s).replaceAll("\n");
        if (s.contains("上午") && (s.contains("下午") || s.contains("晚上") || s.contains("傍晚"))) {
            int am = s.indexOf("上午");
            Matcher m = AFTERNOON.matcher(s);
            if (m.find(am + 2)) s = s.substring(0, m.start()) + "\n" + s.substring(m.start());
        }
        return List.of(s.split("\n"));
    }

    /**
     * The records of the parts read one by one when they are more than the whole reading found and every part (but a
     * first one giving the shared day) is a record of a named organisation; otherwise the whole reading.
     */
    static ParseOutcome rather(ParseOutcome whole, String text, Function<String, ParseOutcome> read) {
        if (text == null || whole.items().size() > 6) return whole;
        // "企业：X\n日期：…": a form's lines are its fields, never records of their own (and forms are read fast)
        if (text.indexOf('\n') >= 0 && formLines(text) >= 2) return whole;
        List<String> parts = split(text);
        // (a first part counting the rest, "今天两家", is none of them)
        if (parts.size() < 2) return whole;
        // (a first line titling what follows, "第三组 上年最后一次走访补登", "本周走访情况：", is none of them either)
        boolean titled = text.indexOf('\n') > 0 && parts.get(0).length() <= 20 && TITLE.matcher(parts.get(0)).find() && OrgNames.find(parts.get(0)).isEmpty();
        int records = parts.size() - (parts.get(0).length() <= 16 && COUNT.matcher(parts.get(0)).find() || titled ? 1 : 0);
        if (records <= whole.items().size()) return whole;
        for (ParsedItem item : whole.items()) {
            // a trip's plan or summary lists the organisations of its days, one a line: its own reading holds them
            if (item.kind() == ReportKind.TRIP_PLAN || item.kind() == ReportKind.TRIP_SUMMARY) return whole;
        }
        Matcher opening = OPENING_DAY.matcher(parts.get(0));
        String day = opening.find() ? opening.group(1) : null;
        List<ParsedItem> items = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            String own = day != null && i > 0 && !ANY_DAY.matcher(part).find() ? day + " " + part : part;
            // "今天两家", "这周跑了三家：": a first line counting what follows only gives the day they share
            if (i == 0 && (part.length() <= 16 && COUNT.matcher(part).find() || titled)) continue;
            List<ParsedItem> got = read.apply(own).items();
            if (got.isEmpty() && i == 0 && part.length() <= 16) continue;
            if (got.isEmpty()) return whole;
            for (ParsedItem item : got) {
                if (!named(item) || item.kind() == ReportKind.TRIP_PLAN || item.kind() == ReportKind.TRIP_SUMMARY) return whole;
                // "3.明天上午拜访X": a visit still to come is no record of the day; "考察｜安徽华菱\n…安徽华菱汽车有限公司…":
                // the same organisation and kind in two parts is one record told under its heading
                for (Doubt d : item.doubts()) if (d.reason() == Doubt.Reason.FUTURE_DATE) return whole;
                for (ParsedItem earlier : items) {
                    if (earlier.kind() == item.kind() && ProseRecord.same(enterprise(earlier.draft()), enterprise(item.draft()))) return whole;
                }
            }
            items.addAll(got);
        }
        return items.size() > whole.items().size() ? new ParseOutcome(items) : whole;
    }

    private static int formLines(String text) {
        int n = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            int colon = -1;
            for (int i = start; i < Math.min(end, start + 10); i++) {
                char c = text.charAt(i);
                if (c == '：' || c == ':') { colon = i; break; }
            }
            if (colon > start) n++;
            start = end + 1;
        }
        return n;
    }

    /** The record names its organisation: no doubt about the enterprise or the kind. */
    private static boolean named(ParsedItem item) {
        if (item.draft() == null) return false;
        for (Doubt d : item.doubts()) {
            if (d.field().equals("企业名称") || d.field().equals(Doubt.KIND)) return false;
        }
        return enterprise(item.draft()) != null;
    }

    /** The enterprise a record names (none for trips). */
    static String enterprise(Report r) {
        if (r instanceof VisitReport v) return v.enterprise();
        if (r instanceof LeadReport l) return l.enterprise();
        if (r instanceof InspectionReport i) return i.enterprise();
        if (r instanceof SigningReport s) return s.enterprise();
        return null;
    }
}
