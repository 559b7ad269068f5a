package zhaoshang.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who follows a lead up, in words a lead uses and a visit does not: "我方对接人为贺志远", "对接人：秦雯" (in a visit the
 * 对接人 is theirs), "这条给贺志远", and a one-line lead whose last comma-separated piece is a name
 * ("线索：X，Y项目，1.05亿，潞州区，洽谈阶段，郭建平"). Also, for leads and signings, one of ours told to follow it up
 * ("秦雯你盯一下：", "@贺志远 这个你来跟", "这个交给秦雯跟", "贺志远负责摸底") and the owners said once below several
 * records ("责任人分别为A、B、C", "前者A负责，后者B负责").
 */
final class LeadOwners {

    /** "我方对接人为X", "对接人：X": not the enterprise's ("企业对接人", "对方对接人"). */
    private static final Pattern CONTACT_LABEL = Patterns.compile("(?<![业方司们部])(?:我方|我组|我们)?对接人(?:为|是)?[：:\\s]*");
    /** "这条给贺志远", "这个线索交给秦雯": handed to one of ours. */
    private static final Pattern HANDED = Patterns.compile("(?:这条|这个|此条|该条|这一条)(?:线索|信息)?(?:就|先)?(?:给|交给|转给|派给|分给)(?:了)?");
    private static final Pattern PIECES = Patterns.compile("[，,｜|\\s]+");
    private static final Pattern CLAUSE_END = Patterns.compile("(?:吧|了)?(?:$|[，。；;！\\n])");

    /** "秦雯你盯一下", "贺志远 这个你来跟", "郭建平，你跟一下": one of ours addressed and told to follow it up. */
    private static final Pattern ADDRESSED = Patterns.compile(
            "(?:^|[，。；：:！\\n\\s])([\\u4e00-\\u9fff]{2,3})\\s*[，,]?\\s*(?:这个|这条|这条线索|这个项目|这事|此事)?你(?:来|先|就|帮忙|抓紧|负责)?(?:盯|跟|对接|牵头)");
    /** "交给秦雯跟", "交由贺志远跟进": handed over, the following up said after the names. */
    private static final Pattern HANDED_OVER = Patterns.compile("(?:交给|交由|转给|派给)");
    private static final Pattern FOLLOW_END = Patterns.compile("(?:来|去|先|负责)?(?:跟进|跟踪|跟|盯|对接)(?:一下|着)?(?:吧|了)?(?:$|[，。；;！\\n])");
    /** "连振宇负责摸底", "秦雯负责联系企业": one of ours and the work of following up. */
    private static final Pattern TAKES_ON = Patterns.compile(
            "(?:^|[，。；：:！\\n\\s])([\\u4e00-\\u9fff]{2,3})(?:具体)?负责(?:摸底|摸排|联系|推进|盯)");
    /** "由常海涛统筹跟进", "由秦雯牵头推进": by one of ours, how they follow it up said between. */
    private static final Pattern BY_WHOM = Patterns.compile(
            "由([\\u4e00-\\u9fff]{2,3}?)(?:统筹|牵头|全程|继续|专门)(?:跟进|跟踪|负责|推进|对接)");
    /** "责任人分别为郭鹏飞、连振宇、牛晓东", "分别由A、B跟进": one name for each record, in order. */
    private static final Pattern RESPECTIVELY = Patterns.compile("(?:责任人|负责人|跟进人|跟踪人)?分别(?:为|是|由)[：:]?");
    private static final Pattern FORMER_LATTER = Patterns.compile("(前者|后者)(?:由)?([\\u4e00-\\u9fff]{2,3})(?:负责|跟进|跟踪|牵头)");

    private LeadOwners() { }

    /** One of ours told in so many words to follow the lead or signing up, or null. */
    static String told(String all) {
        if (all.indexOf('你') >= 0) {
            Matcher m = ADDRESSED.matcher(all);
            while (m.find()) if (ProsePeople.plainName(m.group(1))) return m.group(1);
        }
        if (all.contains("交")) {
            Matcher m = HANDED_OVER.matcher(all);
            while (m.find()) {
                int[] end = new int[1];
                List<String> l = ProsePeople.list(all, m.end(), end);
                if (!l.isEmpty() && l.stream().allMatch(ProsePeople::plainName)
                        && FOLLOW_END.matcher(all).region(end[0], all.length()).lookingAt()) return String.join("、", l);
            }
        }
        if (all.indexOf('由') >= 0) {
            Matcher m = BY_WHOM.matcher(all);
            while (m.find()) if (ProsePeople.plainName(m.group(1))) return m.group(1);
        }
        if (all.contains("负责")) {
            Matcher m = TAKES_ON.matcher(all);
            while (m.find()) if (ProsePeople.plainName(m.group(1))) return m.group(1);
        }
        // "列到郑治国名下", "记在苗壮名下", "挂在贾楠名下": put in the list of the one who follows it up
        if (all.contains("名下")) {
            Matcher m = UNDER_NAME.matcher(all);
            while (m.find()) if (ProsePeople.plainName(m.group(1))) return m.group(1);
        }
        return null;
    }

    private static final Pattern UNDER_NAME = Patterns.compile("(?:列到|列在|列入|记到|记在|算到|算在|挂到|挂在|挂|放到|放在|归到|归在|报到|报在)([\\u4e00-\\u9fff]{2,3}?)(?:的)?名下");

    /**
     * The owners said once for {@code count} records in order ("责任人分别为A、B、C", "前者A负责，后者B负责"), or null
     * when the words give no such list or not one name for each.
     */
    static List<String> respectively(String text, int count) {
        if (count < 2) return null;
        if (text.contains("分别")) {
            Matcher m = RESPECTIVELY.matcher(text);
            while (m.find()) {
                int[] end = new int[1];
                List<String> l = ProsePeople.list(text, m.end(), end);
                if (l.size() == count && l.stream().allMatch(ProsePeople::plainName)) return l;
            }
        }
        if (count == 2 && text.contains("前者") && text.contains("后者")) {
            Matcher m = FORMER_LATTER.matcher(text);
            String former = null;
            String latter = null;
            while (m.find()) {
                if (!ProsePeople.plainName(m.group(2))) continue;
                if (m.group(1).equals("前者")) former = m.group(2); else latter = m.group(2);
            }
            if (former != null && latter != null) return List.of(former, latter);
        }
        return null;
    }

    /** The owner of a lead said in one of these ways, or null. */
    static String owner(String all, String own) {
        String who = all.contains("对接人") ? namesAfter(all, CONTACT_LABEL) : null;
        if (who == null && all.contains("给")) who = namesAfter(all, HANDED);
        return who != null ? who : terseLine(own);
    }

    /** The names of ours right after the first match of a cue that is followed by names only, or null. */
    private static String namesAfter(String text, Pattern cue) {
        Matcher m = cue.matcher(text);
        while (m.find()) {
            String who = namesAt(text, m.end());
            if (who != null) return who;
        }
        return null;
    }

    /** Names of ours from p to the clause's end, or null when anything else is written there. */
    private static String namesAt(String text, int p) {
        int[] end = new int[1];
        List<String> l = ProsePeople.list(text, p, end);
        if (l.isEmpty() || !l.stream().allMatch(ProsePeople::plainName)) return null;
        return CLAUSE_END.matcher(text).region(end[0], text.length()).lookingAt() ? String.join("、", l) : null;
    }

    /** "X，Y项目，1.05亿，潞州区，洽谈阶段，郭建平": five pieces or more on one line, the last a name. */
    private static String terseLine(String own) {
        String t = own.strip();
        while (t.endsWith("。")) t = t.substring(0, t.length() - 1);
        if (t.indexOf('\n') >= 0 || t.indexOf('。') >= 0) return null;
        String[] pieces = PIECES.split(t);
        if (pieces.length < 5) return null;
        return Owners.ownerPiece(pieces[pieces.length - 1]);
    }
}
