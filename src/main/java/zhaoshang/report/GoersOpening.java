package zhaoshang.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Ours as the subject of a visit's clause, told by the verb of going or meeting right after the names rather than by
 * 走访/拜访: "周三（11月4日）崔红霞、郝鹏到深圳市英维克科技股份有限公司，与…座谈", "本周二牛瑞在北京见的寒武纪". The names open
 * their clause (after a mark, a bracketed date or the day said); the one going never goes to a place of ours, where
 * the ones met come to us.
 */
final class GoersOpening {

    private GoersOpening() { }

    /** The verbs of going there, right after the names. */
    private static final Pattern GO = Patterns.compile("(?:到|赴|前往)(?!了?(?:我区|我市|长治|潞州|高新区|我们|这边|区里|园区|我这|咱))");
    /** Meeting them where they are: "在北京见的寒武纪", "在深圳见了比亚迪的人"; never "见了我们". */
    private static final Pattern MET_THERE = Patterns.compile("在[\\u4e00-\\u9fff]{1,6}?(?:见的|见了|见到)(?!我|咱|了?我们)");
    private static final Pattern ALONG_WITH = Patterns.compile("随同|跟随|随");
    /** The leader's office, then the verb of going: "组长走访", "主任一起赴". */
    private static final Pattern LED_THEN_GO = Patterns.compile("(?:副)?(?:组长|主任|科长|局长|处长|部长|区长|书记)?(?:一起|一同)?(?:走访|拜访|赴|前往|到|去)");
    /** The day said right before the names, which then open the clause. */
    private static final Pattern DAY_BEFORE = Patterns.compile(
            "(?:今天|昨天|前天|今日|昨日|当天|上午|下午|中午|晚上|本周[一二三四五六日天]|上周[一二三四五六日天]|周[一二三四五六日天]|[0-9一二三四五六七八九十]+[日号])$");

    static void collect(String text, Map<Integer, List<String>> found) {
        if (!Patterns.containsAnyChar(text, "到赴往见随")) return;
        for (int st = 0; st < text.length() - 2; st++) {
            if (!opens(text, st) || PersonNames.nameAt(text, st) < 2) continue;
            int[] end = new int[1];
            List<String> l = ProsePeople.list(text, st, end);
            if (l.isEmpty() || end[0] >= text.length() || !l.stream().allMatch(ProsePeople::plainName)) continue;
            if (GO.matcher(text).region(end[0], text.length()).lookingAt() || MET_THERE.matcher(text).region(end[0], text.length()).lookingAt()) {
                found.putIfAbsent(st, l);
                continue;
            }
            // "冯佳随崔红霞组长走访": one of ours going along with another, who leads
            java.util.regex.Matcher along = ALONG_WITH.matcher(text).region(end[0], text.length());
            if (!along.lookingAt()) continue;
            int[] end2 = new int[1];
            List<String> led = ProsePeople.list(text, along.end(), end2);
            if (led.isEmpty() || !led.stream().allMatch(ProsePeople::plainName)) continue;
            if (LED_THEN_GO.matcher(text).region(end2[0], text.length()).lookingAt()) {
                List<String> all = new java.util.ArrayList<>(l);
                all.addAll(led);
                found.putIfAbsent(st, all);
            }
        }
    }

    /** A clause may open at st: the text's start, a mark, a bracket closing a date, or the day said. */
    private static boolean opens(String text, int st) {
        if (st == 0) return true;
        char c = text.charAt(st - 1);
        if ("，,。；;：:！!\n（(）) ".indexOf(c) >= 0) return true;
        return DAY_BEFORE.matcher(text).region(Math.max(0, st - 6), st).find();
    }
}
