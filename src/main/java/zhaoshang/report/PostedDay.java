package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What a post of a pasted chat record leaves unsaid because its stamp says it: the day of a time of day written
 * alone ("下午来潞州区考察了…" under "崔向阳 12月10日 16:40" is of December 10th), and the kind of a terse post among
 * posts of one kind (three members' visits, one post no more than "X 总经理助理 邢丽 暂无意向", is a visit too).
 */
final class PostedDay {

    private PostedDay() { }

    private static final String[] TIMES = {"上午", "下午", "中午", "晚上", "傍晚", "早上"};
    private static final String[] DAYS = {"今天", "昨天", "前天", "今日", "昨日", "周", "星期", "礼拜", "月", "号", "日"};

    /** The post with 今天 put before its first time of day when it names no day; null when it names one or no time. */
    static String dayed(String text) {
        for (String d : DAYS) if (text.contains(d)) return null;
        int at = -1;
        for (String t : TIMES) {
            int i = text.indexOf(t);
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        if (at < 0) return null;
        return text.substring(0, at) + "今天" + text.substring(at);
    }

    /** The items, a kind guessed with no word naming one dropped from its doubts when another post's item is of that kind for sure. */
    static List<ParsedItem> kindOfThread(List<ParsedItem> items) {
        if (items.size() < 2) return items;
        List<ParsedItem> out = null;
        for (int i = 0; i < items.size(); i++) {
            ParsedItem it = items.get(i);
            if (!(it instanceof ParsedItem.Ok ok) || !guessed(ok)) continue;
            boolean sibling = false;
            for (ParsedItem other : items) if (other != it && other.kind() == it.kind() && !guessed(other)) sibling = true;
            if (!sibling) continue;
            List<Doubt> rest = new ArrayList<>();
            for (Doubt d : ok.doubts()) if (!d.kindUnknown()) rest.add(d);
            if (out == null) out = new ArrayList<>(items);
            out.set(i, new ParsedItem.Ok(ok.report(), rest));
        }
        return out == null ? items : out;
    }

    private static boolean guessed(ParsedItem it) {
        for (Doubt d : it.doubts()) if (d.kindUnknown()) return true;
        return false;
    }
}
