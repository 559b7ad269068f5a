package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "本周分两路：\n一路 A、B：12月9日至11日 苏州…\n二路 C、D：12月10日至12日 合肥…": a team split into groups, each group's
 * line its own trip plan. The words before the first group are shared by every group ("本周", "下周").
 */
final class TripGroups {
    private TripGroups() {}

    /** "分两路", "兵分三路", "分成两组", "分两个小组": the message says the team splits. */
    private static final Pattern SPLIT = Patterns.compile("(?:兵)?分(?:成|为)?[两二三四](?:个)?(?:路|组|小组|队)"
            // "下周两个小组：", "本周两路：": the groups counted as the heading of the lines below
            + "|(?<=[周天]|^)[两二三四]个?(?:小组|组|路)(?=\\s*[：:]\\s*(?:\\n|$))");
    /** "一路", "第二路", "二组：", "第一小组", "A组": a line opened by its group. */
    private static final Pattern GROUP_LINE = Patterns.compile(
            "^\\s*(?:第?[一二三四1-4]|[A-DＡ-Ｄ甲乙丙])\\s*(?:路|组|小组|队)(?![线上])\\s*[：:，,\\s]?");

    /** "12月9日", "12.9", "周二": the group names its days. */
    private static final Pattern DAYS = Patterns.compile("\\d{1,2}[./月]\\d{1,2}|\\d{1,2}[日号]|(?:周|星期|礼拜)[一二三四五六日天]");

    /**
     * The message says the team splits: a SPLIT match, looked for only where one can be (each holds 组 or 路, or 分 and
     * 队; keep in step with SPLIT).
     */
    private static boolean splits(String text) {
        return (text.indexOf('组') >= 0 || text.indexOf('路') >= 0 || text.indexOf('分') >= 0 && text.indexOf('队') >= 0) && SPLIT.matcher(text).find();
    }

    /** Each group's words with the shared words before them, or null when the message is no split team's plans. */
    static List<String> parts(String text) {
        if (!splits(text)) return marked(text);
        String[] lines = text.split("\n");
        // "下周兵分两路：\n葛磊、石宏去深圳，14号到16号…\n1.我和…去郑州，10日-12日…": with no line opened by its group, a
        // line below the heading that is numbered or names its days is a group's ("三组下周分两路：" heads, its 三组 the team)
        boolean named = false;
        for (String line : lines) named |= !SPLIT.matcher(line).find() && GROUP_LINE.matcher(line).find();
        List<String> parts = new ArrayList<>();
        StringBuilder shared = new StringBuilder();
        StringBuilder current = null;
        boolean split = false;
        for (String line : lines) {
            Matcher m = GROUP_LINE.matcher(line);
            int start = (current != null || !SPLIT.matcher(line).find()) && m.find() && m.end() < line.strip().length() ? m.end() : -1;
            if (start < 0 && !named && split && !line.isBlank()) {
                int marker = NumberedLine.markerEnd(line.strip());
                if (marker > 0 || DAYS.matcher(line).find()) start = line.indexOf(line.strip()) + marker;
            }
            if (!split) split = SPLIT.matcher(line).find();
            if (start >= 0) {
                if (current != null) parts.add(current.toString());
                current = new StringBuilder(shared).append(line.substring(start).strip());
            } else if (current == null) {
                // "本周分两路：": the days it names stay, the words of splitting go
                String head = SPLIT.matcher(line).replaceAll("").replaceAll("[：:，,\\s]+$", "").strip();
                if (!head.isEmpty()) shared.append(head).append(' ');
            } else {
                current.append('\n').append(line);
            }
        }
        if (current != null) parts.add(current.toString());
        return parts.size() >= 2 ? parts : null;
    }

    /**
     * "一组（A、B）：12月29日—12月31日 天津…\n二组（C、D）：1月4日—1月8日 上海…", "【一组】行程：…", "第一批：…", or one
     * paragraph "第一组A、B 12月1日赴天津…；第四组C 12月2日至4日在太原…": two groups or more, each opening a line or a
     * sentence of its own, with no words of splitting. The words before the first group are shared.
     */
    private static final Pattern MARK = Patterns.compile(
            "(?:^|(?<=[\\n：:；;。]))[ \\t]*(?:[-•·*①-⑩][ \\t]*)?(?:【\\s*(?:第?[一二三四五1-5])\\s*(?:组|小组|批)\\s*】|第?[一二三四五1-5]\\s*(?:组|小组|批)(?![线上长员])\\s*[：:，,]?)");

    /** The group says its trip is reported elsewhere: "二组：随葛部赴长三角，计划已报；". */
    private static final Pattern REPORTED = Patterns.compile("已报|另报|已备案|另行报送");

    private static List<String> marked(String text) {
        if (text.indexOf('组') < 0 && text.indexOf('批') < 0) return null;
        Matcher m = MARK.matcher(text);
        List<int[]> at = new ArrayList<>();
        while (m.find()) at.add(new int[] {m.start(), m.end()});
        // "二组外出小结（两批）\n第一批：…": a group heading the message with no days of its own is the shared words'
        int first = 0;
        while (first < at.size() && !DAYS.matcher(text.substring(at.get(first)[1], first + 1 < at.size() ? at.get(first + 1)[0] : text.length())).find()) first++;
        if (first > 0) at = at.subList(first, at.size());
        if (at.size() < 2) return null;
        String shared = text.substring(0, at.get(0)[0]).replaceAll("[：:，,\\s]+$", "").strip();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : text.length();
            String part = text.substring(at.get(i)[1], end).replaceAll("[；;。\\s]+$", "").strip();
            // "二组：随葛部赴长三角，计划已报；": a group whose trip is filed elsewhere is no plan here
            if (!part.isEmpty() && !DAYS.matcher(part).find() && REPORTED.matcher(part).find()) continue;
            if (part.isEmpty() || !DAYS.matcher(part).find()) return null;
            parts.add(shared.isEmpty() ? part : shared + ' ' + part);
        }
        return parts.size() >= 2 ? parts : null;
    }

    /** Every group's plan (or summary), or null unless each group reads as a trip plan (or each as a summary). */
    static List<ParsedItem> read(String text, LocalDate today) {
        List<String> parts = parts(text);
        if (parts == null) return null;
        // with no words of splitting, every group reads as the same trip kind on its own
        boolean strict = !splits(text);
        // one group read as a plan makes the others plans too ("赵强：12月9日至11日 西安，拜访…" alone says less), as
        // long as each of them names its days and none reads as a summary
        ReportKind seen = null;
        for (String part : parts) {
            ReportKind kind = ProseTrips.kind(part, today);
            if (kind != null && seen != null && kind != seen) return null;
            if (kind != null) seen = kind;
            else if (strict || !DAYS.matcher(part).find()) return null;
        }
        if (seen == null) return null;
        List<ParsedItem> out = new ArrayList<>();
        for (String part : parts) out.add(ProseTrips.read(seen, part, today));
        return out;
    }
}
