package zhaoshang.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lead typed as one terse line with no kind word: the enterprise by its short form, its project or amount, and who
 * follows it up or how far it is — "通富微电 先进封装项目 20亿 高新区 洽谈阶段 跟踪 小段", "上海长治商会推荐 上海瀚讯
 * 专网通信设备 1亿 高新区 王晓宇跟". Where it was heard may open the line ("X商会推荐"). The line is rewritten under the
 * kind word 线索 with the one following it up as 责任人 and the intermediary as 来源, and read as a headed lead. A line
 * telling someone met, an intent, a signing, a visit or a coming to look round is left alone.
 */
final class TerseLead {

    /** "上海长治商会推荐", "市投促中心推送", "朋友介绍": who passed it on, opening the line. */
    private static final Pattern RELAYED = Patterns.compile("^(.{2,14}?)(?:推荐|推送|推的|推来|介绍|转来)(?:的)?$");
    /** An intermediary is an organisation: a chamber, an association, an office, a company. */
    private static final Pattern BODY = Patterns.compile("(?:商会|协会|联合会|促进会|中心|局|委|办|院|所|集团|公司|基金|资本|银行|园)$");
    /** "朋友消息", "听朋友说": heard from a person, no source to record. */
    private static final Pattern HEARSAY_PERSON = Patterns.compile("^(?:听)?(?:朋友|熟人|老乡|同学|领导)(?:消息|说|讲|那里|处)?(?:得知|听说)?$");
    /** "王晓宇跟", "小段跟进", "老秦负责": the one of ours following it up, the word after the name. */
    private static final Pattern FOLLOWS = Patterns.compile("^([\\u4e00-\\u9fff]{2,3}?)(?:跟进|跟踪|跟|负责)$");
    private static final Pattern OWNER_AFTER = Patterns.compile("(?:跟踪|跟踪人|跟进人|跟进|责任人|负责人|跟)$");
    private static final Pattern AMOUNT = Patterns.compile("[0-9一二两三四五六七八九十百]个?(?:亿|千万|万)");
    /** A plan told in a few words: "想在晋东南建储能PACK厂", "拟建电池回收线". */
    private static final Pattern PLAN = Patterns.compile("^(?:想|拟|计划|打算|准备|有意)(?:在|建|投|上|落|布局|新建|扩)");
    /** Words of another kind: someone met, an intent, a signing, a visit, a coming to look round. */
    private static final Pattern OTHER_KIND = Patterns.compile("意向|意愿|签|拜访|走访|见了|见的|聊了|考察|来看|陪|参观|出差|计划：");

    /** A piece saying the line is a lead: "补线索", "报实效线索", "列入线索", "先列线索", "记个线索", "新增线索". */
    static final Pattern LEAD_SAID = Patterns.compile("^(?:先|再|补|新增|这个|那就)?(?:要|可以)?(?:先)?"
            + "(?:报|补报|列入|列为|列|记|记个|报个|报一条|报条|作为|算)?(?:个|一个|一条)?(?:实效|重点|新)?线索(?:吧|一条|一个|了|啊)?$");
    /** Words of a visit, an inspection or a signing. */
    private static final Pattern VISITED = Patterns.compile("签|拜访|走访|见了|见的|聊了|考察|来看|陪|参观|出差");

    private TerseLead() { }

    /**
     * The line as a headed lead ("线索 通富微电 先进封装项目 20亿 …"); null when it is no such line
     * (the caller has seen that it is one line of words apart, no question, of 120 characters at most).
     */
    static String rewrite(String line, LocalDate today) {
        String s = line.strip();
        if (!AMOUNT.matcher(s).find() && !s.contains("项目")) return null;
        // "补线索 上月28日 X …", "X 报实效线索 Y基地 10个亿 …": the lead said in a piece of its own, wherever it stands
        boolean said = false;
        String[] t = TerseLine.words(s);
        if (s.contains("线索")) {
            java.util.List<String> kept = new java.util.ArrayList<>();
            for (String w : t) {
                if (!said && LEAD_SAID.matcher(w).matches()) said = true;
                else kept.add(w);
            }
            if (said) t = kept.toArray(new String[0]);
        }
        // (with the lead said, only a visit, an inspection or a signing told makes it another kind: "重大意向" is how keen)
        if ((said ? VISITED : OTHER_KIND).matcher(String.join(" ", t)).find()) return null;
        if (t.length < 3) return null;
        int i = 0;
        String day = null;
        if (TerseLine.onlyADate(t[0], today)) { day = t[0]; i++; }
        String source = null;
        boolean heard = false;
        if (i < t.length) {
            Matcher r = RELAYED.matcher(t[i]);
            if (r.matches()) {
                if (BODY.matcher(r.group(1)).find()) source = r.group(1);
                heard = true;
                i++;
            } else if (HEARSAY_PERSON.matcher(t[i]).matches()) {
                heard = true;
                i++;
            }
        }
        if (i >= t.length || !TerseLine.shortForm(t[i]) || ProseCues.of(t[i]) != null) return null;
        StringBuilder b = new StringBuilder("线索");
        if (day != null) b.append(' ').append(day);
        b.append(' ').append(t[i]);
        String owner = null;
        boolean staged = false;
        boolean planned = false;
        boolean substance = false;
        for (int k = i + 1; k < t.length; k++) {
            String w = t[k];
            if (TerseLine.PERSON.matcher(w).matches() || TerseLine.onlyADate(w, today)) return null;
            Matcher f = FOLLOWS.matcher(w);
            if (owner == null && f.matches() && NameRecogniser.guess(f.group(1)) != NameRecogniser.Guess.ORGANISATION || owner == null && TerseLine.nickname(f.matches() ? f.group(1) : "")) {
                owner = f.group(1);
                continue;
            }
            // "跟踪 小段", "洽谈阶段跟踪 小段" (the pause before 跟踪 closed as speech input's)
            Matcher o = OWNER_AFTER.matcher(w);
            if (owner == null && o.find() && k + 1 < t.length && (ProsePeople.ownName(t[k + 1]) || TerseLine.nickname(t[k + 1]))) {
                owner = t[++k];
                w = w.substring(0, o.start());
                if (w.isEmpty()) continue;
            }
            if (FreeForm.stageWord(w) != null) staged = true;
            if (PLAN.matcher(w).find()) planned = true;
            if (AMOUNT.matcher(w).find() || w.endsWith("项目")) substance = true;
            b.append(' ').append(w);
        }
        // what makes it a lead: who follows it up, how far it is, where it was heard, a plan told, or the word itself
        if (!substance || owner == null && !staged && !heard && !planned && !said) return null;
        if (owner != null) b.append(" 责任人 ").append(owner);
        if (source != null) b.append(" 来源 ").append(source);
        return b.toString();
    }
}
