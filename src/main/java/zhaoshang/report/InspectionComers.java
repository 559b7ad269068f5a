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
    private static final Pattern BARE_WEEKDAY = Patterns.compile("^(?:周|星期|礼拜)[一二三四五六日天]$");
    /** Words telling the coming is still ahead: "将来", "要来", "准备来". */
    private static final Pattern TO_COME = Patterns.compile("(?:将|要|会|准备|计划|打算|预计)(?:来|到|过来)");

    /**
     * "周五绿源环保将来考察" sent on a Tuesday: a bare weekday of an inspection told as still to come is that day of this
     * week ahead, not the one gone by.
     */
    static ProseDates.Found upcoming(ProseDates.Found date, String own, LocalDate today) {
        if (date == null || !date.date().isBefore(today) || !BARE_WEEKDAY.matcher(date.written()).matches() || !TO_COME.matcher(own).find()) return date;
        return new ProseDates.Found(date.date().plusDays(7), date.written(), date.at());
    }

    /** "考察 周五 …": a rewritten terse inspection opening with a bare weekday. */
    private static final Pattern HEADED_WEEKDAY = Patterns.compile("^考察 ((?:周|星期|礼拜)[一二三四五六日天])(?= )");

    /** The rewritten line ("考察 周五 X 来高新区考察 …") with its bare weekday written as the day ahead when the line tells a coming still ahead. */
    static String dayAhead(String rewritten, String line, LocalDate today) {
        java.util.regex.Matcher m = HEADED_WEEKDAY.matcher(rewritten);
        if (!m.find() || !TO_COME.matcher(line).find()) return rewritten;
        ProseDates.Found f = upcoming(ProseDates.find(m.group(1), today, true), line, today);
        if (f == null || f.date().isBefore(today)) return rewritten;
        return "考察 " + f.date().getMonthValue() + "月" + f.date().getDayOfMonth() + "日" + rewritten.substring(m.end());
    }

    /** "【第二组】", "【三组】": the team a clerk's forwarded item comes from, before its words. */
    private static final Pattern TEAM_TAG = Patterns.compile("^【[^】]{1,8}】\\s*");

    /** The words without the team tag opening them ("【第二组】上周六X一行来…" → "上周六X一行来…"). */
    static String withoutTeamTag(String t) {
        if (t.isEmpty() || t.charAt(0) != '【') return t;
        java.util.regex.Matcher m = TEAM_TAG.matcher(t);
        return m.lookingAt() && m.end() < t.length() ? t.substring(m.end()) : t;
    }

    /** "邢总带人", "陈静总监带了三个人", "副总带了四个人": a titled one of theirs bringing others along. */
    private static final Pattern BROUGHT = Patterns.compile(
            "(?<=总|董|总监|经理|主任|部长|总裁|董事长|负责人|厂长|院长)(?:带人|带着人|带了人|(?:带了|带着|带领|带)[一二两三四五六七八九十几0-9]+(?:个|名|位)?(?:人|同事|技术人员|工程师|专家))$");

    /** The words of those who came without the ones brought along by a titled one of theirs; as they are when none. */
    static String withoutBrought(String head) {
        if (head.indexOf('带') < 0) return head;
        java.util.regex.Matcher m = BROUGHT.matcher(head);
        return m.find() && m.start() >= 3 ? head.substring(0, m.start()) : head;
    }

    /**
     * "华润三九中药事业部" (its 韦宏 after it perhaps), "科大讯飞山西区域", "亿纬锂能储能事业部": a business unit or region
     * of the enterprise after its short name, left when the people of it were cut off.
     */
    private static final Pattern UNIT_TAIL = Patterns.compile(
            "(?:(事业部|事业群|板块|业务部|业务单元)|(?:山西|华北|华东|华南|华中|西北|西南|东北|北方|南方|中部|北部|晋东南|中原|河南|河北|山东|陕西)(?:区域|大区|区))(?:的)?([\\p{IsHan}]{2,3})?$");

    static String withoutUnit(String head) {
        if (head.length() < 5) return head;
        java.util.regex.Matcher m = UNIT_TAIL.matcher(head);
        if (!m.find() || m.group(2) != null && !PersonNames.isName(m.group(2))) return head;
        String before = head.substring(0, m.start());
        if (m.group(1) != null) {
            // "华润三九中药事业部", "天合光能储能事业部": the unit's own words before 事业部 are the common noun there ("中药", "储能")
            int cut = -1;
            for (int len = 2; len <= 6 && before.length() - len >= 2 && cut < 0; len++) {
                if (NameRecogniser.plainNoun(before.substring(before.length() - len))) cut = before.length() - len;
            }
            if (cut < 0) return head;
            before = before.substring(0, cut);
        }
        if (before.endsWith("的")) before = before.substring(0, before.length() - 1);
        return before.length() >= 2 && ShortNames.acceptableObject(before) ? before : head;
    }

    /** "要来", "将来", "也来": how it comes, no part of the name. */
    private static final Pattern HOW_AT_END = Patterns.compile("(?:马上|即将|将要|也要|还要|又要|就要|要|将|也|又|还|就|会|都)$");
    /** What the one coming does here that only an inspection does. */
    private static final Pattern LOOKS = Patterns.compile("考察|调研|参观|察看|踏勘|选址|看地|看厂房|看了|看看|看一下|转了|转转");
    /** Ones who come and are no enterprise: officials, experts, groups, people in general. */
    private static final Pattern NOT_ENTERPRISE = Patterns.compile(
            "领导|书记|市长|省长|区长|县长|主任|专家|老师|教授|同志|人员|客户|投资人|投资方|朋友|老乡|校友|团|组|政府|部门|媒体|记者|银行|学生|代表|嘉宾|同行"
            // several of them, or when ("科士达跟盛弘两家一起", "元旦后")
            + "|两家|几家|一起|一同|一块|一道|一齐|元旦|春节|节后|节前|年后|年前|之后|以后|月底|月初|上旬|中旬|下旬");
    /** "近期要来", "最近要来": when, vaguely, no part of the name. */
    private static final Pattern VAGUE_AT_END = Patterns.compile("(?:近期|近日|最近|这几天|过几天|日内)$");

    /**
     * @param head  the words before the coming, time and label taken off
     * @param after the words after the coming ("高新区考察", "长治看地块")
     * @return the short name, or null when the words do not say an enterprise came to look round
     */
    static String bare(String head, String after) {
        // "跟进X来长治考察事宜": the matter of a coming still to arrange
        if (!LOOKS.matcher(after).find() || after.contains("事宜") || after.contains("的事")) return null;
        String name = HOW_AT_END.matcher(head.strip()).replaceFirst("").strip();
        name = VAGUE_AT_END.matcher(name).replaceFirst("");
        if (name.length() < 2 || name.indexOf(' ') >= 0 || NOT_ENTERPRISE.matcher(name).find()) return null;
        return ShortNames.acceptableObject(name) && !NameRecogniser.commonWord(name) ? name : null;
    }
}
