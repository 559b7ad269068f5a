package zhaoshang.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who follows a lead up, in words a lead uses and a visit does not: "我方对接人为贺志远", "对接人：秦雯" (in a visit the
 * 对接人 is theirs), "这条给贺志远", and a one-line lead whose last comma-separated piece is a name
 * ("线索：X，Y项目，1.05亿，潞州区，洽谈阶段，郭建平").
 */
final class LeadOwners {

    /** "我方对接人为X", "对接人：X": not the enterprise's ("企业对接人", "对方对接人"). */
    private static final Pattern CONTACT_LABEL = Pattern.compile("(?<![业方司们部])(?:我方|我组|我们)?对接人(?:为|是)?[：:\\s]*");
    /** "这条给贺志远", "这个线索交给秦雯": handed to one of ours. */
    private static final Pattern HANDED = Pattern.compile("(?:这条|这个|此条|该条|这一条)(?:线索|信息)?(?:就|先)?(?:给|交给|转给|派给|分给)(?:了)?");
    private static final Pattern PIECES = Pattern.compile("[，,｜|\\s]+");
    private static final Pattern CLAUSE_END = Pattern.compile("(?:吧|了)?(?:$|[，。；;！\\n])");

    private LeadOwners() { }

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
