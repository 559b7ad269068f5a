package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One enterprise's several projects told in one record's words, each named with its own amount ("X有两个方向：一个是A项目，
 * 投资3亿；一个是B项目，投资5000万。都想放潞州区", "与X签了两个项目：A项目，投资4亿元；B项目，投资2.5亿元，都落在高新区"):
 * two rows of the 实效线索台账 or the 签约项目台账, so two records (README: "one enterprise with two distinct projects,
 * each named (with its own amount), is two records"). Each part keeps the words before the first project (who, when)
 * and the words said for all of them after the last ("都…", "两个项目责任人都是…", and what follows); one project in
 * two 期 stays one record.
 */
final class ProjectParts {

    /** A count of projects said before them: "两个项目", "签了两个", "两个方向", "三条线索". */
    private static final Pattern COUNTED = Patterns.compile("(?:两|三|四|2|3|4)(?:个|条|项)");
    /** What opens one project's words in a list: "一是", "一个是", "另一个是", "第二个", "其二", "①", "2.". */
    private static final Pattern ORDINAL = Patterns.compile(
            "^\\s*(?:[一二三四五六七八九十]是|其[一二三四]是?|第[一二三四五]个?是?|(?:一个|另一个|另外一个|还有一个|还有个|另外)是?|[①②③④⑤⑥]|[0-9][.、)）]|[（(][0-9一二三四五][)）])\\s*");
    /** Words that say something of every project: what follows them is said for all. */
    private static final Pattern FOR_ALL = Patterns.compile("都|均|两个|两项|三个|二者|两者|前者|后者|分别|各自|各");
    /** A word for a project that names none: "两个项目", "该项目", "这个项目". */
    private static final Pattern UNNAMED = Patterns.compile("(?:两|三|几|各|该|这|此|那|本|新|个|都|的|大|小)项目$|^项目$");
    private static final Pattern PIECES = Patterns.compile("[，：:]");

    private ProjectParts() { }

    /** One project's name and the words read for its record. */
    record Part(String project, String words) { }

    /** The words of each project, in order, or null when the words tell of one project (or of none by name). */
    static List<Part> split(String own) {
        int first = own.indexOf("项目");
        if (first < 0 || own.indexOf("项目", first + 2) < 0) return null;
        String[] pieces = PIECES.split(own);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int ordinals = 0;
        for (int i = 0; i < pieces.length; i++) {
            String name = named(pieces[i]);
            if (name == null) continue;
            if (names.contains(name) || name.contains("期")) return null;
            starts.add(i);
            names.add(name);
            if (ORDINAL.matcher(pieces[i]).lookingAt()) ordinals++;
        }
        if (starts.size() < 2) return null;
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < starts.get(0); i++) before.append(pieces[i]).append('，');
        if (!COUNTED.matcher(before).find() && ordinals < 2) return null;
        // the words after the last project's own: from the first that speaks of all of them
        int last = starts.get(starts.size() - 1);
        int common = pieces.length;
        for (int i = last + 1; i < pieces.length; i++) if (FOR_ALL.matcher(pieces[i]).find()) { common = i; break; }
        StringBuilder after = new StringBuilder();
        for (int i = common; i < pieces.length; i++) if (!pieces[i].isBlank()) after.append(pieces[i]).append('，');
        List<Part> parts = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            int end = p + 1 < starts.size() ? starts.get(p + 1) : common;
            StringBuilder own1 = new StringBuilder();
            for (int i = starts.get(p); i < end; i++) {
                String piece = i == starts.get(p) ? ORDINAL.matcher(pieces[i]).replaceFirst("") : pieces[i];
                if (!piece.isBlank()) own1.append(piece).append('，');
            }
            ProseAmounts.Found amount = ProseAmounts.find(own1.toString(), false);
            if (amount == null || amount.yuan() == null && !amount.vague()) return null;
            parts.add(new Part(names.get(p), before.toString() + own1 + after));
        }
        return parts;
    }

    /** The project a piece names at its start (after its ordinal), or null: "一个是再生锌回收项目" → 再生锌回收项目. */
    private static String named(String piece) {
        String t = ORDINAL.matcher(piece).replaceFirst("").strip();
        int at = t.indexOf("项目");
        if (at < 2 || at > 30) return null;
        String name = t.substring(0, at + 2);
        if (UNNAMED.matcher(name).find()) return null;
        String bare = ProseFields.projectPiece(name);
        return bare == null || bare.length() < 4 ? null : bare;
    }
}
