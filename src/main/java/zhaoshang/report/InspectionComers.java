package zhaoshang.report;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An enterprise written by its short name alone, coming into our zone to look round ("周二长远锂科来高新区考察",
 * "今日景嘉微来高新区考察", "丰翼科技要来长治考察", "三安光电将来考察"): with no people named after it, the coming
 * itself must say it is an inspection (考察, 调研, 参观, 看地…) and the name must be no official, group or person.
 */
final class InspectionComers {

    private InspectionComers() { }

    /**
     * A short line telling an enterprise came (or comes) to look round ours, the pauses of a terse line between its
     * words ("18号 三一重能 来潞州区考察", "昨天 固德威 正泰电器 一道来高新区考察"): it is no heading over the report.
     */
    static boolean toldIn(String line) {
        if (line.length() > 40 || !Patterns.containsAnyChar(line, "来到") || !LOOKS.matcher(line).find()) return false;
        if (ShortNames.together(line) != null) return true;
        String joined = line.replace(" ", "").replace("\u3000", "");
        return ShortNames.visitors(joined) != null;
    }

    /**
     * "昨天 固德威 正泰电器 一道来高新区考察": two enterprises coming together written with pauses for the words joining
     * them, each line rewritten as "固德威和正泰电器一道来…" so each is read as one of the two; other text as it is.
     */
    static String joinedTogether(String s) {
        if (s.indexOf(' ') < 0 || !Patterns.containsAny(s, "一起", "一块", "一同", "一齐", "一道")) return s;
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            String t = line.strip();
            java.util.List<String> two = t.length() <= 40 && t.indexOf(' ') > 0 ? ShortNames.together(t) : null;
            int a = two == null ? -1 : t.indexOf(two.get(0));
            int b = two == null ? -1 : t.indexOf(two.get(1), a + 1);
            if (a < 0 || b < 0 || !t.substring(a + two.get(0).length(), b).isBlank()) { out.append(line); continue; }
            String rest = t.substring(b + two.get(1).length()).strip();
            out.append(t, 0, a).append(two.get(0)).append('和').append(two.get(1)).append(rest);
        }
        return out.toString();
    }

    /** A bare weekday ("周五", "礼拜三"), not one of this, last or next week. */
    private static final Pattern BARE_WEEKDAY = Pattern.compile("^(?:周|星期|礼拜)[一二三四五六日天]$");
    /** Words telling the coming is still ahead: "将来", "要来", "准备来". */
    private static final Pattern TO_COME = Pattern.compile("(?:将|要|会|准备|计划|打算|预计)(?:来|到|过来)");

    /**
     * "周五绿源环保将来考察" sent on a Tuesday: a bare weekday of an inspection told as still to come is that day of this
     * week ahead, not the one gone by.
     */
    static ProseDates.Found upcoming(ProseDates.Found date, String own, LocalDate today) {
        if (date == null || !date.date().isBefore(today) || !BARE_WEEKDAY.matcher(date.written()).matches() || !TO_COME.matcher(own).find()) return date;
        return new ProseDates.Found(date.date().plusDays(7), date.written(), date.at());
    }

    /** "考察 周五 …": a rewritten terse inspection opening with a bare weekday. */
    private static final Pattern HEADED_WEEKDAY = Pattern.compile("^考察 ((?:周|星期|礼拜)[一二三四五六日天])(?= )");

    /** The rewritten line ("考察 周五 X 来高新区考察 …") with its bare weekday written as the day ahead when the line tells a coming still ahead. */
    static String dayAhead(String rewritten, String line, LocalDate today) {
        java.util.regex.Matcher m = HEADED_WEEKDAY.matcher(rewritten);
        if (!m.find() || !TO_COME.matcher(line).find()) return rewritten;
        ProseDates.Found f = upcoming(ProseDates.find(m.group(1), today, true), line, today);
        if (f == null || f.date().isBefore(today)) return rewritten;
        return "考察 " + f.date().getMonthValue() + "月" + f.date().getDayOfMonth() + "日" + rewritten.substring(m.end());
    }

    /** "要来", "将来", "也来": how it comes, no part of the name. */
    private static final Pattern HOW_AT_END = Pattern.compile("(?:马上|即将|将要|也要|还要|又要|就要|要|将|也|又|还|就|会|都)$");
    /** What the one coming does here that only an inspection does. */
    private static final Pattern LOOKS = Pattern.compile("考察|调研|参观|察看|踏勘|选址|看地|看厂房|看了|看看|看一下|转了|转转");
    /** Ones who come and are no enterprise: officials, experts, groups, people in general. */
    private static final Pattern NOT_ENTERPRISE = Pattern.compile(
            "领导|书记|市长|省长|区长|县长|主任|专家|老师|教授|同志|人员|客户|投资人|投资方|朋友|老乡|校友|团|组|政府|部门|媒体|记者|银行|学生|代表|嘉宾|同行");

    /**
     * @param head  the words before the coming, time and label taken off
     * @param after the words after the coming ("高新区考察", "长治看地块")
     * @return the short name, or null when the words do not say an enterprise came to look round
     */
    static String bare(String head, String after) {
        // "跟进X来长治考察事宜": the matter of a coming still to arrange
        if (!LOOKS.matcher(after).find() || after.contains("事宜") || after.contains("的事")) return null;
        String name = HOW_AT_END.matcher(head.strip()).replaceFirst("").strip();
        if (name.length() < 2 || name.indexOf(' ') >= 0 || NOT_ENTERPRISE.matcher(name).find()) return null;
        return ShortNames.acceptableObject(name) && !NameRecogniser.commonWord(name) ? name : null;
    }
}
