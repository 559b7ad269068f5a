package zhaoshang.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report posted on behalf of colleagues: the group and the members named as the subject before the verb of the
 * visit, with the day, the place or a word of saying between them ("昨日 四组 武江涛 走访 X", "第四组 连婧 今日 拜访 X",
 * "第二组常雅婷上周四在郑州回访了X", "1月18日申浩回访X", "武江涛说今天在长沙老家顺道拜访了X", "那个连婧今天上午见了一家").
 * The names open their clause, after the group, the day or the date said first; they are ours, the ones who went.
 */
final class GroupSubject {

    private GroupSubject() { }

    /** The verbs of a visit made there, right after what {@link #BETWEEN} allows. */
    private static final Pattern VISIT_VERB = Patterns.compile("(?:(?:二次|再次)?(?:回访|走访|拜访)|见了|见的|见到|座谈)(?!了?(?:我|咱))");

    private static final String DAY = "(?:今天|昨天|前天|今日|昨日|当天|上午|下午|中午|晚上|早上|刚才|本周[一二三四五六日天]|上周[一二三四五六日天]|周[一二三四五六日天]"
            + "|[0-9０-９一二三四五六七八九十]{1,4}[年月][0-9０-９一二三四五六七八九十]{1,2}[日号]?|[0-9]{1,2}[./][0-9]{1,2}|[（(]周[一二三四五六日天][）)]"
            // "一组：15日田晓东、孙倩走访…": a weekly summary's day of the month alone, its week named in the heading
            + "|[0-9]{1,2}[日号])";

    /** What may open the clause before the names: an @-mention, a filler, the group, the day or the date. */
    private static final Pattern OPENING = Patterns.compile("(?:[\\s，]*(?:[@＠][^\\s，]+|那个|嗯|哦|[0-9]{1,2}[.、)）]|[①-⑳]|[●•·▲△▶►■□◆◇*-]|[（(][0-9一二三四五六七八九十]{1,2}[）)]|第?[一二三四五六七八九十](?:工作)?组(?:的|[：:])?|" + DAY + "))*[\\s，]*");

    /** Between the names and the verb: their office, a word of saying, the day, the place, how they went. */
    private static final Pattern BETWEEN = Patterns.compile("[\\s，]*(?:组长|副组长|同志|两人|二人|俩人)?\\s*(?:刚才|刚刚)?(?:打电话|来电话|电话里|微信里|在群里)?(?:说|讲|反馈|补报)?[\\s，]*(?:" + DAY + "[\\s，]*)*(?:他们|两人|二人)?[\\s，]*"
            + "(?:在(?!我区|我市|长治|潞州|高新区|我们|这边|区里)[\\u4e00-\\u9fff]{1,14}?(?:老家)?[\\s，]*)?(?:顺道|顺便|专门|专程|一起|一同|单独|又|也|还)?[\\s，]*(?:去|到)?"
            // "一组田晓东补报上周四的走访：…": a member's own visit reported late
            + "(?:(?<=[日天一二三四五六])的)?");

    static void collect(String text, Map<Integer, List<String>> found) {
        if (!Patterns.containsAnyChar(text, "访见谈")) return;
        Matcher v = VISIT_VERB.matcher(text);
        Matcher open = OPENING.matcher(text);
        Matcher between = BETWEEN.matcher(text);
        while (v.find()) {
            int verb = v.start();
            // the clause runs back to a sentence's end; voice input's pauses, written as commas, may split it
            int cs = verb;
            while (cs > 0 && verb - cs < 40 && "。；;！!？?\n｜|".indexOf(text.charAt(cs - 1)) < 0) cs--;
            for (int from = cs; from < verb - 1; from++) {
                // "今天四组的情况：米嘉禾在X座谈": a heading's colon opens the clause too
                if (from > cs && "，,：:".indexOf(text.charAt(from - 1)) < 0) continue;
                if (names(text, from, verb, open, between, found)) break;
            }
        }
    }

    /** Names opening the clause from {@code from}, after what {@link #OPENING} allows and before the verb; whether found. */
    private static boolean names(String text, int from, int verb, Matcher open, Matcher between, Map<Integer, List<String>> found) {
        for (int st = from; st < verb - 1; st++) {
            char c = text.charAt(st);
            if (c == ' ' || c == '，' || !PersonNames.isSurname(c) && PersonNames.nameAt(text, st) < 2 || !open.region(from, st).matches()) continue;
            // the names end where the words before the verb begin ("申浩回访" is not 申浩回 and 访, "郝宇在天津" not 郝宇在)
            for (int e = st + 2; e <= Math.min(verb, st + 12); e++) {
                if (!between.region(e, verb).matches()) continue;
                int[] end = new int[1];
                List<String> l = ProsePeople.list(text.substring(0, e), st, end);
                if (l.isEmpty() || end[0] != e || !l.stream().allMatch(ProsePeople::plainName)) continue;
                found.putIfAbsent(st, l);
                return true;
            }
        }
        return false;
    }
}
