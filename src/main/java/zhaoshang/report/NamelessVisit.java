package zhaoshang.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A visit told with no organisation named at all: the one met stands where the enterprise should ("今天见了王总 聊了聊储能
 * 挺有意向的", "上午拜访了刘经理，谈了厂房租赁，意向一般"), or the enterprise's label is left empty or dashed ("今天拜访企业：-
 * 对接人：- 意向：较强"). Such a message is a visit whose enterprise is asked for, not chat: the verb of a meeting held (no
 * plan, no question) and something said of the meeting (a talk, an intent, an amount, a project) are both there.
 */
final class NamelessVisit {

    private NamelessVisit() { }

    /** The verb of a meeting held, then only the one met, by surname and title or title and name, ending the clause. */
    private static final Pattern MET_ONLY = Patterns.compile(
            "(?:见了|见到了|见到|拜访了|拜访|拜会了|拜会|约见了|会见了|走访了|约了)\\s*"
                    + "(?:[\\u4e00-\\u9fff]{1,2}(?:总经理|总监|总|经理|董事长|董|主任|处长|部长|院长|所长|厂长|会长|秘书长|书记|局长|行长)"
                    + "|(?:副总裁|总裁|董事长|副总经理|总经理|副总|董秘|总监)[\\u4e00-\\u9fff]{2,3})\\s*$");
    /** "拜访企业：-", "走访企业：": the enterprise's label with nothing but a dash after it. */
    private static final Pattern EMPTY_LABEL = Patterns.compile("(?:拜访|走访)了?(?:的)?(?:企业|单位)(?:名称)?[：:]\\s*[-—－_/、.。]*\\s*$");
    /** Something said of the meeting: how it went, what was talked about, a figure. */
    private static final Pattern SAID = Patterns.compile("意向|意愿|兴趣|聊|谈|交流|介绍|投资|[0-9一二两三四五六七八九十]亿|万元|项目|合作|对接人");

    /**
     * The clauses tell such a visit: one clause holds a meeting's verb (not a plan) with only the one met or an empty
     * label after it, and the message says something of the meeting.
     */
    static boolean told(String message, List<ProseClause> clauses) {
        if (!Patterns.containsAny(message, "见", "拜访", "拜会", "走访", "约了")) return false;
        boolean met = false;
        for (ProseClause c : clauses) {
            String t = c.text().strip();
            if (!MET_ONLY.matcher(t).find() && !EMPTY_LABEL.matcher(t).find()) continue;
            ProseCues.Cue cue = ProseCues.of(t);
            if (cue == null || cue.weak() || cue.plan() || cue.kind() != ReportKind.VISIT) return false;
            met = true;
            break;
        }
        return met && SAID.matcher(message).find();
    }
}
