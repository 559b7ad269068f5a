package zhaoshang.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations that introduce an enterprise with a lead rather than being one: a bureau, a university, a bank or a
 * chamber ("中北大学科技处推荐：", "中国银行长治分行客户经理反馈，", "四川省山西商会刘会长那边说", "上海长治商会给的："), and a
 * company settled here that introduces a partner (以商招商: "经长治市瑞丰食品有限公司引荐，", "山西恒信达电池材料有限公司董事长牵线，
 * 介绍了…"). Such an organisation is the lead's source, no record of its own; a clause that tells of a visit to it
 * ("走访X时，X介绍了…") keeps it a visit.
 */
final class LeadIntroducers {

    /** Who in the organisation, then the verb of passing an enterprise on: "科技处推荐", "刘会长那边说", "会员部的电话，推荐". */
    private static final Pattern AFTER = Patterns.compile(
            // "…落地后，董事长又给我们介绍了": after it settled here
            "^(?:(?:落地|落户|投产|入驻)(?:以后|之后|后)[\\s，,]*)?"
            + "(?:的)?(?:[\\u4e00-\\u9fff]{0,10}?(?:部|处|科|院|所|中心|分行|支行|会长|秘书长|董事长|总经理|经理|老总|(?<=[\\u4e00-\\u9fff])总|负责人|朋友|师兄|师姐|同学|同志|老师|领导|工作人员)[\\u4e00-\\u9fff]{0,3}?)?"
                    + "(?:那边|那里)?(?:的)?(?:电话|来电)?[\\s，,]*(?:刚刚|刚|又|也|专门)?(?:帮忙|帮着|给我们|给)?"
                    + "(" + "引荐|推荐|介绍|牵线|牵的线|推送|转来|转办|反馈|提供|给的|说|获悉|了解到|得知" + ")");
    /** The verbs with which a company introduces another (a company that only "says" something may be one visited). */
    private static final Pattern COMPANY_VERB = Patterns.compile("引荐|推荐|介绍|牵线|牵的线|推送");
    /** Words of a visit or an inspection before the organisation: it was met, not heard from. */
    private static final Pattern MET_BEFORE = Patterns.compile("拜访|走访|见了|会见|座谈|调研|考察|陪同|来访|到访|签约|签了");
    /** What may open the introducer's clause: a time, a greeting, "经", "接到", "其实是". */
    private static final Pattern OPENING = Patterns.compile(
            "^(?:[\\s\\S]*[：:。；\\n])?[\\s，,]*(?:[^，。；\\n]{0,12}?(?:以商招商|收获|不闲着)[^，。；\\n]{0,4}?[：:，,！!\\s]*)?"
                    + "(?:其实是|据|是|经由|经|由|从|通过|接到了?|收到了?|[一二三四]是|今天|昨天|前天|上周[一二三四五六日天]?|本周[一二三四五六日天]?|周末|近日|日前|刚刚|刚才|上午|下午|晚上|[0-9]{1,2}月[0-9]{1,2}日|[\\s，,])*$");
    /** Words before a company introducing another: what it is to us ("已落户高新区的", "我区签约的招商代理机构"). */
    private static final Pattern DESCRIBED = Patterns.compile("(?:已落户|落户|已投产|本地|在长|我区|我们的|老朋友|合作多年的)[^，。；]{0,12}?$");
    /** Words that say what the organisation is to us, written before its name and no part of it. */
    private static final Pattern ROLE_PREFIX = Patterns.compile("^(?:(?:经由|经(?![纬济营])|由|据)(?=[\\u4e00-\\u9fff]{6})|招商代理机构|代理机构|招商代理|中介机构)+");
    /** A branch or an institute of the organisation written after it ("中国银行长治分行", "上海交通大学先进产业技术研究院"). */
    private static final Pattern UNIT_AFTER = Patterns.compile("^[\\u4e00-\\u9fff]{2,10}?(?:分行|支行|研究院|研究所)");
    private static final Pattern CLAUSES = Patterns.compile("[，。；\\n]");

    private LeadIntroducers() { }

    /** The organisation at [start, end) of clause t introduces an enterprise (named after it in t or next). */
    static boolean introduces(String t, String next, int start, int end, String name) {
        String before = t.substring(0, start);
        if (MET_BEFORE.matcher(before).find()) return false;
        boolean company = name.endsWith("公司") || name.endsWith("集团") || name.endsWith("厂");
        if (!OPENING.matcher(before).matches() && !(company && DESCRIBED.matcher(before).find())) return false;
        String rest = t.substring(end) + (next.isEmpty() ? "" : "，" + next);
        Matcher m = AFTER.matcher(rest);
        if (!m.lookingAt()) return false;
        if (!company) return true;
        if (!COMPANY_VERB.matcher(m.group(1)).matches()) return false;
        for (OrgNames.Found f : OrgNames.find(rest.substring(m.end()))) if (!f.name().equals(name) && !name.endsWith(f.name())) return true;
        return false;
    }

    /** The organisation that introduced the lead's enterprise, or null. */
    static String source(String text) {
        String[] clauses = CLAUSES.split(text);
        for (int c = 0; c < clauses.length; c++) {
            String t = clauses[c];
            String next = c + 1 < clauses.length ? clauses[c + 1] : "";
            for (OrgNames.Found f : OrgNames.find(t)) {
                if (!introduces(t, next, f.start(), f.end(), f.name())) continue;
                String name = bare(f.name());
                Matcher u = UNIT_AFTER.matcher(t.substring(f.end()));
                return u.lookingAt() ? name + u.group() : name;
            }
        }
        return null;
    }

    /** The organisation without the words before it that say what it is to us ("招商代理机构X" → X). */
    static String bare(String name) {
        return name == null ? null : ROLE_PREFIX.matcher(name).replaceFirst("");
    }
}
