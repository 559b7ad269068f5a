package zhaoshang.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lead told by voice, announced in the words that open it rather than under the kind word: "有个线索 X…", "嗯 再报个线索
 * X…", "那个 记个线索 X…", "有个 线索 报一下 X…", "我先记一条线索，X…". When the message as said is read as nothing,
 * the announcement is put as the kind word 线索 heading the rest and the message is read again. Who it was heard from
 * is no enterprise: a body named ("听天津山西商会说的") is the source, a person ("听老乡王哥说的") none.
 */
final class VoiceLead {

    /** Fillers, then the announcement of a lead said in a few words, then a pause. */
    private static final Pattern ANNOUNCED = Patterns.compile(
            "^(?:(?:嗯|呃|额|那个|这个|哦|噢|啊|诶|对了|还有)[\\s，,。]*)*(?:我)?(?:先|再|还)?\\s*(?:有|报|记|补|说|发|列)\\s*(?:个|一个|一条|条|下)\\s*(?:新的?|实效)?\\s*线索"
                    + "(?:[\\s，,]*(?:报一下|说一下|记一下|报下|记下|哈|啊|吧))?[\\s，,。：:]+");
    /** "听老乡王哥说的", "听朋友讲": heard from a person, said before the lead itself. */
    private static final Pattern HEARD_FROM_PERSON = Patterns.compile(
            "^听([\\u4e00-\\u9fff]{1,8}?)(?:说|讲)的?[\\s，,。]+");
    private static final Pattern BODY = Patterns.compile("(?:商会|协会|联合会|促进会|中心|局|委|办|院|所|集团|公司|园区|联络处)");

    /** "昨天那个唐山曹港的", "上次那个X的": the one spoken of pointed at, its 那个 and 的 no part of the name. */
    private static final Pattern POINTED = Patterns.compile("^(?:上次|之前)?(今天|昨天|前天)?那个([\\u4e00-\\u9fffA-Za-z]{2,12}?)的?$");
    /** Words opening speech that say only that something is told: "跟大家说一下", "汇报一下". */
    private static final Pattern TOLD = Patterns.compile("^(?:跟大家|给大家|和大家)?(?:说一下|汇报一下|报一下|讲一下)$");

    /** The message without the piece announcing a lead said between pauses, words opening it tidied; null when none is. */
    private static String saidBetweenPauses(String s) {
        if (s.indexOf('\n') >= 0) return null;
        String[] pieces = s.split("[\\s，,。]+");
        StringBuilder b = new StringBuilder();
        boolean said = false;
        for (int i = 0; i < pieces.length; i++) {
            String p = pieces[i];
            if (p.isEmpty()) continue;
            if (!said && !p.equals("线索") && TerseLead.LEAD_SAID.matcher(p).matches()) { said = true; continue; }
            if (b.length() == 0 && TOLD.matcher(p).matches()) continue;
            Matcher pt = b.length() == 0 ? POINTED.matcher(p) : null;
            if (pt != null && pt.matches()) p = (pt.group(1) != null ? pt.group(1) + " " : "") + pt.group(2);
            if (b.length() > 0) b.append(' ');
            b.append(p);
        }
        return said ? b.toString() : null;
    }

    private VoiceLead() { }

    /** The message with its spoken announcement put as the heading 线索; null when it opens with none. */
    static String headed(String text) {
        if (text == null || text.indexOf("线索") < 0) return null;
        String s = text.strip();
        Matcher m = ANNOUNCED.matcher(s);
        String rest;
        if (m.lookingAt()) rest = s.substring(m.end());
        else if ((rest = saidBetweenPauses(s)) == null) return null;
        Matcher h = HEARD_FROM_PERSON.matcher(rest);
        String source = null;
        if (h.lookingAt()) {
            // "听天津山西商会说的": a body named is the source; a person, or a body not named ("听商会说的"), is none
            String who = h.group(1);
            Matcher b = BODY.matcher(who);
            if (b.find() && b.start() >= 2) source = who;
            rest = rest.substring(h.end());
        }
        if (rest.length() < 4 || rest.indexOf('\n') >= 0) return null;
        return "线索 " + rest + (source == null ? "" : " 来源 " + source);
    }
}
