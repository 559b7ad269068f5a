package zhaoshang.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People in prose: 对接人员 as "姓名（职务）" ("总经理助理刘总", "副总裁刘建平", "徐斌副总经理接待", "王总（副总经理）",
 * a title alone: "副总经理"); our own people ("和王峰一起", "我和杨琦", "同行：赵斌、韦宁"); companions of an inspection
 * ("赵彦武、徐小飞全程陪同", "陪同人员：乜琳、林琳", "我和冯双田陪的"); who follows a lead up ("由林琳负责", "杨琦跟").
 */
final class ProsePeople {


    private ProsePeople() { }

    private static final String[] CORE = {"常务副总经理", "常务副秘书长", "常务副会长", "总经理助理", "董事长助理", "总裁助理", "会长助理",
            "董事会秘书", "副总经理", "副董事长", "副秘书长", "高级经理", "副总裁", "总经理", "董事长", "秘书长", "副会长", "副部长", "副处长",
            "副院长", "副所长", "副主任", "总工程师", "CEO助理", "总裁", "董秘", "会长", "部长", "处长", "院长", "所长", "主任", "总监",
            "经理", "负责人", "副总", "总工", "书记", "局长", "厂长", "行长", "主管", "合伙人", "CEO", "CTO", "CFO"};
    private static final String[] INTRO = {"对接人是", "对接人为", "对接人", "对接", "接待", "见了", "见到了", "见到", "约见了", "约到了", "与", "和",
            "是", "为", "的", "了", "公司", "集团", "对方", "由", "带队", "拜访", "见", "找", "姓", "其中", "以及", "及", "包括", "跟", "同"};
    private static final String[] OUR_SIDE = {"高新区", "潞州区", "管委会", "区领导", "我方", "我组", "投资促进部", "区委", "区长", "市领导", "组长"};

    /** 对接人员: "姓名（职务）" or the title alone, joined by 、; names in ours are our people, not theirs. */
    static String contacts(String text, Set<String> ours) {
        Set<String> out = new LinkedHashSet<>();
        String[] clauses = text.split("[，。；;,！、]");
        for (int ci = 0; ci < clauses.length; ci++) {
            String clause = clauses[ci];
            int i = 0;
            while (i < clause.length()) {
                String core = coreAt(clause, i);
                if (core == null) { i++; continue; }
                int te = i + core.length();
                while (clause.startsWith("兼", te) && coreAt(clause, te + 1) != null) te += 1 + coreAt(clause, te + 1).length();
                int ts = deptStart(clause, i);
                String dept = clause.substring(ts, i);
                String name = null;
                String title = clause.substring(ts, te);
                int after = te;
                while (after < clause.length() && clause.charAt(after) == ' ') after++;
                int n = clause.startsWith("一行", after) || clause.startsWith("等", after) ? 0 : PersonNames.nameAt(clause, after);
                if (n > 0) {
                    name = clause.substring(after, after + n);
                    te = after + n;
                } else if (ts > 0 && (clause.charAt(ts - 1) == '（' || clause.charAt(ts - 1) == '(')) {
                    int s0 = ts - 1;
                    int s = s0;
                    while (s > 0 && InputText.isCjk(clause.charAt(s - 1)) && s0 - s < 3) s--;
                    String who = clause.substring(s, s0);
                    if (PersonNames.nameAt(who, 0) == who.length() && who.length() >= 2) name = who;
                } else if (!dept.isEmpty() && PersonNames.isName(dept)) {
                    name = dept;
                    title = clause.substring(i, te);
                } else if (dept.length() == 1 && PersonNames.isSurname(dept.charAt(0))) {
                    out.add(dept + clause.substring(i, te));
                    i = te;
                    continue;
                } else if (ts >= 2 && PersonNames.isName(clause.substring(Math.max(0, ts - 3), ts).strip())) {
                    name = clause.substring(Math.max(0, ts - 3), ts).strip();
                } else if (ts >= 2 && PersonNames.isName(clause.substring(ts - 2, ts))) {
                    name = clause.substring(ts - 2, ts);
                } else if (te == clause.length() && ci + 1 < clauses.length && PersonNames.isName(clauses[ci + 1].strip())) {
                    // "副总裁 杨勇" in voice input, "对接：副总裁 李军、投资总监 王蕾"
                    name = clauses[ci + 1].strip();
                } else if (ts == 0 && ci > 0 && trailingName(clauses[ci - 1]) != null) {
                    // "见了徐晓东，董事会秘书"
                    name = trailingName(clauses[ci - 1]);
                }
                i = te;
                if (ourSide(dept) || name != null && ours.contains(name)) continue;
                out.add(name == null ? title : name + "（" + title + "）");
            }
        }
        if (out.isEmpty()) {
            Matcher z = Pattern.compile("([\\u4e00-\\u9fff](?:总|会长|部长|董))").matcher(text);
            while (z.find()) {
                String who = z.group(1);
                if (PersonNames.isSurname(who.charAt(0)) && !ours.contains(who)) { out.add(who); break; }
            }
        }
        return out.isEmpty() ? null : String.join("、", out);
    }

    private static String trailingName(String clause) {
        String c = clause.strip();
        for (int len = 3; len >= 2; len--) {
            if (c.length() < len) continue;
            String t = c.substring(c.length() - len);
            String before = c.substring(0, c.length() - len);
            if (PersonNames.isName(t) && (before.isEmpty() || before.endsWith("见了") || before.endsWith("对接") || before.endsWith("见到")
                    || before.endsWith("约了") || before.endsWith("是"))) return t;
        }
        return null;
    }

    private static String coreAt(String s, int i) {
        for (String c : CORE) if (s.startsWith(c, i)) return c;
        return null;
    }

    /** Where the title's department words start ("战略投资部总经理"): after the last word that introduces it. */
    private static int deptStart(String clause, int at) {
        int p = at;
        while (p > 0 && p > at - 16) {
            char c = clause.charAt(p - 1);
            if (!(InputText.isCjk(c) || c < 128 && Character.isLetter(c))) break;
            p--;
        }
        int best = p;
        for (int q = at; q > p; q--) {
            boolean cut = false;
            for (String w : INTRO) {
                if (q - w.length() >= p && clause.startsWith(w, q - w.length())) { best = q; cut = true; break; }
            }
            if (cut) break;
        }
        return best;
    }

    private static boolean ourSide(String dept) {
        for (String w : OUR_SIDE) if (dept.contains(w)) return true;
        return false;
    }

    private static final Pattern TOGETHER = Pattern.compile("(?:和|与|同)(?:组员|同事)?([\\u4e00-\\u9fff、]{2,12}?)(?:一起|一同|同志)");
    private static final Pattern ME_AND = Pattern.compile("我(?:和|与|跟)([\\u4e00-\\u9fff]{2,3})");
    private static final Pattern LABELLED = Pattern.compile("(?:同行|同行人员|我方|我方人员|随行|陪同人员|陪同|参加人员|参加|参与人员)[：:]\\s*([\\u4e00-\\u9fff、， ]{2,30})");
    private static final Pattern OUR_GROUP = Pattern.compile("(?:我组|我们组|组长|组员|参加的有|参加人员有)([\\u4e00-\\u9fff、]{2,16}?)(?:一起|一同|同志|两人|三人|等|拜访|走访|去|到|赴|参加|陪同|，|$)");
    private static final Pattern ACCOMPANIED = Pattern.compile("([\\u4e00-\\u9fff、，,和]{2,24}?)(?:等)?(?:全程|一同|一起)?(?:陪同|陪的|陪着|参加|随行|带队)");
    private static final Pattern OWNER = Pattern.compile(
            "(?:由|请)([\\u4e00-\\u9fff]{2,3})(?:负责|跟踪|跟进|牵头|对接)|(?:跟踪责任人|责任人|项目责任人|负责人)(?:均为|为|是)?[：:]?\\s*([\\u4e00-\\u9fff]{2,3})"
                    + "|([\\u4e00-\\u9fff]{2,3})(?:负责后续跟踪|负责跟踪|负责跟进|跟踪|跟进|跟)(?:服务)?(?:吧)?(?=$|[，。；\\s])");

    /** Our people on a visit ("和王峰一起", "我和杨琦", "同行：赵斌、韦宁"), never the sender. */
    static List<String> ours(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LABELLED.matcher(text);
        while (m.find()) out.addAll(names(m.group(1)));
        m = TOGETHER.matcher(text);
        while (m.find()) out.addAll(names(m.group(1)));
        m = ME_AND.matcher(text);
        while (m.find()) {
            int n = PersonNames.nameAt(text, m.start(1));
            String g = text.substring(m.start(1), m.start(1) + n);
            if (n >= 2 && PersonNames.isName(g)) out.add(g);
        }
        m = OUR_GROUP.matcher(text);
        while (m.find()) out.addAll(names(m.group(1)));
        m = Pattern.compile("(?:和|与)([\\u4e00-\\u9fff]{2,3})(?:拜访|走访|去了|到|赴|一起)").matcher(text);
        while (m.find()) {
            int n = PersonNames.nameAt(m.group(1), 0);
            if (n >= 2 && n <= m.group(1).length()) out.add(m.group(1).substring(0, n));
        }
        return new ArrayList<>(out);
    }

    /** Companions of an inspection ("宋开、王建安陪同", "陪同：冯双田", "我和冯双田陪的"). */
    static List<String> companions(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LABELLED.matcher(text);
        while (m.find()) out.addAll(names(m.group(1)));
        m = ACCOMPANIED.matcher(text);
        while (m.find()) {
            String g = m.group(1);
            for (String prefix : new String[]{"我组", "届时由", "由", "我和", "和", "我与"}) {
                int i = g.lastIndexOf(prefix);
                if (i >= 0) g = g.substring(i + prefix.length());
            }
            out.addAll(names(g));
        }
        m = ME_AND.matcher(text);
        while (m.find()) {
            int n = PersonNames.nameAt(text, m.start(1));
            String g = text.substring(m.start(1), m.start(1) + n);
            if (n >= 2 && text.contains("陪") && PersonNames.isName(g)) out.add(g);
        }
        return new ArrayList<>(out);
    }

    /** Who follows it up ("由林琳负责", "跟踪责任人：李刚", "杨琦跟"); null when nobody is named (我来跟). */
    static String owner(String text) {
        Matcher m = OWNER.matcher(text);
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int n = PersonNames.nameAt(g, 0);
            if (n < 2) {
                // "…，杨琦跟": the name is the end of the captured text
                for (int len = 3; len >= 2; len--) {
                    if (g.length() >= len && PersonNames.nameAt(g, g.length() - len) == len) return g.substring(g.length() - len);
                }
                continue;
            }
            return g.substring(0, Math.min(n, g.length()));
        }
        return null;
    }

    /** The names in a list, dropping words that are not names ("全体成员", "两名同志"). */
    private static List<String> names(String t) {
        List<String> out = new ArrayList<>();
        for (String piece : t.split("[、，,和及与 ]+")) {
            String p = piece.strip();
            for (String prefix : new String[]{"组员", "同事", "组长"}) if (p.startsWith(prefix)) p = p.substring(prefix.length());
            if (p.endsWith("全程")) p = p.substring(0, p.length() - 2);
            if (PersonNames.isName(p)) out.add(p);
        }
        return out;
    }
}
