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
    private static final Pattern SPLIT = Pattern.compile("(?:兵)?分(?:成|为)?[两二三四](?:个)?(?:路|组|小组|队)"
            // "下周两个小组：", "本周两路：": the groups counted as the heading of the lines below
            + "|(?<=[周天]|^)[两二三四]个?(?:小组|组|路)(?=\\s*[：:]\\s*(?:\\n|$))");
    /** "一路", "第二路", "二组：", "第一小组", "A组": a line opened by its group. */
    private static final Pattern GROUP_LINE = Pattern.compile(
            "^\\s*(?:第?[一二三四1-4]|[A-DＡ-Ｄ甲乙丙])\\s*(?:路|组|小组|队)(?![线上])\\s*[：:，,\\s]?");

    /** "12月9日", "12.9", "周二": the group names its days. */
    private static final Pattern DAYS = Pattern.compile("\\d{1,2}[./月]\\d{1,2}|\\d{1,2}[日号]|(?:周|星期|礼拜)[一二三四五六日天]");

    /** Each group's words with the shared words before them, or null when the message is no split team's plans. */
    static List<String> parts(String text) {
        if (!SPLIT.matcher(text).find()) return null;
        String[] lines = text.split("\n");
        // "下周兵分两路：\n葛磊、石宏去深圳，14号到16号…\n1.我和…去郑州，10日-12日…": with no line opened by its group, a
        // line below the heading that is numbered or names its days is a group's
        boolean named = false;
        for (String line : lines) named |= GROUP_LINE.matcher(line).find();
        List<String> parts = new ArrayList<>();
        StringBuilder shared = new StringBuilder();
        StringBuilder current = null;
        boolean split = false;
        for (String line : lines) {
            Matcher m = GROUP_LINE.matcher(line);
            int start = m.find() && m.end() < line.strip().length() ? m.end() : -1;
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

    /** Every group's plan, or null unless each group reads as a trip plan. */
    static List<ParsedItem> read(String text, LocalDate today) {
        List<String> parts = parts(text);
        if (parts == null) return null;
        // one group read as a plan makes the others plans too ("赵强：12月9日至11日 西安，拜访…" alone says less), as
        // long as each of them names its days and none reads as a summary
        boolean plan = false;
        for (String part : parts) {
            ReportKind kind = ProseTrips.kind(part, today);
            if (kind == ReportKind.TRIP_PLAN) plan = true;
            else if (kind != null || !DAYS.matcher(part).find()) return null;
        }
        if (!plan) return null;
        List<ParsedItem> out = new ArrayList<>();
        for (String part : parts) out.add(ProseTrips.read(ReportKind.TRIP_PLAN, part, today));
        return out;
    }
}
