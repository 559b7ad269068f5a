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

    private static final String TITLES = "(?:常务副总经理|副总经理|总经理助理|董事长助理|总经理|副总裁|总裁|副董事长|董事长|董事会秘书|董秘|副秘书长|秘书长"
            + "|副会长|会长|副部长|部长|副处长|处长|副院长|院长|副所长|所长|副主任|主任|总监|经理|负责人|总工程师|总工|副总|书记|局长|厂长|行长|主管|专员|科长|合伙人)";
    private static final Pattern TITLE = Pattern.compile(TITLES);
    private static final String DEPT_END = "部中心处办群院所组室科局会司";

    private ProsePeople() { }

    /** 对接人员 after the enterprise name: "姓名（职务）" joined by 、; excluded names are ours. */
    static String contacts(String text, Set<String> ours) {
        List<String> out = new ArrayList<>();
        Matcher m = TITLE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() < last) continue;
            int ts = titleStart(text, m.start());
            String title = text.substring(ts, m.end());
            // "副总经理兼董秘": one title
            int te = m.end();
            if (text.startsWith("兼", te)) {
                Matcher m2 = TITLE.matcher(text).region(te + 1, text.length());
                if (m2.lookingAt()) { te = m2.end(); title = text.substring(ts, te); }
            }
            String name = null;
            int after = te;
            while (after < text.length() && text.charAt(after) == ' ') after++;
            int n = PersonNames.nameAt(text, after);
            if (n > 0 && !text.startsWith("一行", after)) { name = text.substring(after, after + n); last = after + n; }
            else {
                // "徐斌副总经理", "张立军总经理助理"
                int b = ts;
                for (int len = 3; len >= 2 && name == null; len--) {
                    if (b - len >= 0 && PersonNames.nameAt(text, b - len) == len) name = text.substring(b - len, b);
                }
                last = te;
            }
            if (name != null && ours.contains(name)) continue;
            if (title.startsWith("我方") || title.startsWith("我组")) continue;
            out.add(name == null ? title : name + "（" + title + "）");
        }
        // "见了方总", "吴总说" without a title, "王总（副总经理）"
        Matcher b = Pattern.compile("([\\u4e00-\\u9fff]总)[（(]([^）)]{2,12})[）)]").matcher(text);
        if (out.isEmpty() && b.find()) out.add(b.group(1) + "（" + b.group(2) + "）");
        if (out.isEmpty()) {
            Matcher z = Pattern.compile("(?<![\\u4e00-\\u9fff])?([\\u4e00-\\u9fff](?:总|会长|部长))").matcher(text);
            while (z.find()) {
                String who = z.group(1);
                if (PersonNames.isSurname(who.charAt(0)) && !who.equals("老总")) { out.add(who); break; }
            }
        }
        return out.isEmpty() ? null : String.join("、", new LinkedHashSet<>(out));
    }

    /** The title's department words before it ("战略投资部总经理", "封装事业部负责人"), stopping at a verb or a name. */
    private static int titleStart(String text, int at) {
        int p = at;
        int limit = Math.max(0, at - 12);
        while (p > limit) {
            char c = text.charAt(p - 1);
            if (!InputText.isCjk(c) && !Character.isLetter(c)) break;
            p--;
        }
        String pre = text.substring(p, at);
        // keep only a department ending in 部/中心/处… directly before the title
        int best = at;
        for (int i = pre.length() - 1; i >= 0; i--) {
            if (DEPT_END.indexOf(pre.charAt(i)) >= 0 && i == pre.length() - 1) {
                int s = i;
                while (s > 0 && !stopBefore(pre, s)) s--;
                best = p + s;
                break;
            }
        }
        return best;
    }

    private static boolean stopBefore(String pre, int s) {
        String[] stops = {"对接", "接待", "见了", "见到", "的", "了", "与", "和", "是", "司", "团", "，", "公司", "集团", "接"};
        for (String w : stops) if (pre.startsWith(w, s - w.length() < 0 ? 0 : s - w.length()) && s - w.length() >= 0) return true;
        return false;
    }

    private static final Pattern TOGETHER = Pattern.compile("(?:和|与|同)(?:组员|同事)?([\\u4e00-\\u9fff、]{2,12}?)(?:一起|一同|同志)");
    private static final Pattern ME_AND = Pattern.compile("我(?:和|与|跟)([\\u4e00-\\u9fff]{2,3})");
    private static final Pattern LABELLED = Pattern.compile("(?:同行|我方|我方人员|随行|陪同人员|陪同)[：:]\\s*([\\u4e00-\\u9fff、，, ]{2,30})");
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
            int n = PersonNames.nameAt(m.group(1), 0);
            if (n >= 2) out.add(m.group(1).substring(0, n));
        }
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
            String g = m.group(1);
            int n = PersonNames.nameAt(g, 0);
            if (n >= 2 && text.contains("陪")) out.add(g.substring(0, n));
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
