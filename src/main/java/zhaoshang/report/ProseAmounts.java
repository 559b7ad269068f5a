package zhaoshang.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The investment amount in prose, by its cue: 总投资 first, then 拟投资/计划投资/预计投资/投资额/投资规模/可以投/投资,
 * then a bare amount in a short voice message; never 注册资本, 年产值, 营收, 融资; 一期 only when it is the only
 * figure. Ranges and vague amounts ("三到五个亿", "五千万到一个亿", "一个多亿") are not filled: {@link #vague} tells.
 */
final class ProseAmounts {

    /** An amount read: yuan, or null with vague = true when only a range or vague figure was written. */
    record Found(Long yuan, boolean vague, String written) { }

    /** A number: digits ("3", "1.2", "1点2"), digits with 千/百 ("3千万", typed as said), or numerals. */
    private static final String NUM = "(?:[0-9]+点[0-9]+|[0-9]+(?:\\.[0-9]+)?[千百]?|[零〇一二两三四五六七八九十百千点几]+)";
    /** After 亿, the 万 part ("两亿五千万", "1亿5000万") or one spoken digit ("两亿五", "一亿二" = 2.5亿, 1.2亿). */
    private static final String UNDER_YI = "(?:[0-9]+(?:千|百)?万|[零〇一二两三四五六七八九十百千]+万|[一二两三四五六七八九](?![0-9零〇一二两三四五六七八九十百千万个家人年月号期座栋条台只位项]))?";
    static final Pattern AMOUNT = Patterns.compile(
            NUM + "(?:(?:到|至|~|-|－|—)" + NUM + ")?(?:个)?(?:多)?(?:亿" + UNDER_YI + "|万)(?:元|人民币)?(?:以上|左右|上下|多)?(?:(?:到|至|~|-|－|—)" + NUM + "(?:个)?(?:亿|万)?(?:元)?)?");
    private static final String[] NOT_INVESTMENT = {"注册资本", "年产值", "产值", "营收", "营业收入", "收入", "销售额", "融资", "年销售", "利税",
            "税收", "纳税", "营业额", "补贴", "奖励", "基金", "资金", "市值", "年产",
            // "B轮刚融了3亿元", "去年融到5亿": money raised, not invested
            "融了", "融到", "轮融", "A轮", "B轮", "C轮"};
    private static final String[] STRONG = {"总投资额", "总投资", "计划总投资"};
    private static final String[] CUES = {"拟投资额", "拟投资", "计划投资", "预计投资", "投资额", "投资规模", "可以投", "新增投资", "项目投资", "投入",
            "投资约", "投资", "规模",
            // "想在高新区投一个两个亿的项目", "准备投三个亿": the investment said with the bare verb, as speech says it
            "投一个", "投个", "想投", "要投", "准备投", "打算投"};

    private static final Pattern CHANGED_TO = Patterns.compile("(?:增加到了|加到了|加到|提到了|涨到了|涨到|增至|增加到|增加至|提高到|提高至|提升至|上调至|上调到|调整为|调整到|调整至|变更为|改为|追加至)(" + AMOUNT.pattern() + ")");

    private ProseAmounts() { }

    static Found find(String text, boolean bareAllowed) {
        Found strong = null;
        Found cued = null;
        Found phase = null;
        Found bare = null;
        // where the first bare figure ends and the first 一期 figure starts
        int bareEnd = -1;
        int phaseStart = -1;
        // "总投资贰亿元", "伍亿元整": capital numerals read as the everyday ones (same length, same positions)
        text = Money.plainNumerals(text);
        Matcher m = AMOUNT.matcher(text);
        int figures = 0;
        boolean bareFigure = false;
        // every AMOUNT (and so every CHANGED_TO) holds 亿 or 万: a text with neither names no amount
        boolean money = text.indexOf('亿') >= 0 || text.indexOf('万') >= 0;
        while (money && m.find()) {
            String before = text.substring(Math.max(0, m.start() - 10), m.start());
            // "厂房需求1.2万平米", "年产10万吨": a count or a measure, never the investment, whatever cue stands before it
            if (m.end() < text.length() && text.charAt(m.end()) != '块' && measured(text, m.end())) continue;
            figures++;
            if (excluded(before)) continue;
            Found f = read(m.group(), text.substring(m.end()));
            int ph = Math.max(lastIndex(before, "一期"), lastIndex(before, "首期"));
            boolean isPhase = ph >= 0 && before.length() - ph <= 6;
            if (isPhase) { if (phase == null) { phase = f; phaseStart = m.start(); } continue; }
            if (lastCue(before, STRONG) >= 0 && strong == null) strong = f;
            else if (lastCue(before, CUES) >= 0 && cued == null) cued = f;
            else if (bare == null) { bare = f; bareEnd = m.end(); bareFigure = !measured(text, m.end()) && "0123456789一二两三四五六七八九".indexOf(m.group().charAt(0)) >= 0; }
        }
        // "投资额由3亿元增至3.5亿元": the figure it was changed to
        Matcher changed = CHANGED_TO.matcher(text);
        if (money && changed.find()) {
            Found f = read(changed.group(1), text.substring(changed.end()));
            if (f.yuan() != null) return f;
        }
        if (strong != null) return strong;
        if (cued != null) return cued;
        // "总投资：2.2亿元 其中一期8000万": a figure, then 其中 (of which) the 一期 part — the whole is the figure before it
        if (phase != null && bare != null && bare.yuan() != null && bareEnd >= 0 && bareEnd < phaseStart
                && text.substring(bareEnd, phaseStart).contains("其中")) return bare;
        if (phase != null) return phase;
        // "有个小项目 大概两千万": the only figure of money in the message, with no cue, is the investment told of
        return bareAllowed || figures == 1 && bareFigure ? bare : null;
    }

    /** Words after a figure that make it a count or a measure, not money: "2万平方米", "10万吨", "5000万元产值" (not "6.2亿元人民币"). */
    private static final Pattern MEASURED = Patterns.compile(
            "^(?:[平亩吨台套件辆片只个户瓦株头张块方米斤箱桶根颗枚]|人(?!民币)|千瓦|的?(?:年?产值|营收|销售额|收入|税收|利税|融资|注册资本|市值))");

    private static boolean measured(String text, int end) {
        return MEASURED.matcher(text.substring(end, Math.min(text.length(), end + 6))).find();
    }

    /** "总投资分别为1.5亿元、3亿元", "分别投资2亿元和8000万元": one figure for each of several records, in order. */
    private static final Pattern RESPECTIVELY = Patterns.compile(
            "分别(?:为|是|达|约|投资|计划投资|拟投资)*[：:]?\\s*(" + AMOUNT.pattern() + "(?:\\s*(?:、|和|及|与|，|,)\\s*" + AMOUNT.pattern() + ")+)");

    /**
     * The figures said once for several records in order ("总投资分别为1.5亿元、3亿元"), with where the words start in
     * the text; null when the text has none. Every figure must read as an amount.
     */
    static Respective respectively(String text) {
        if (text.indexOf("分别") < 0) return null;
        Matcher m = RESPECTIVELY.matcher(Money.plainNumerals(text));
        if (!m.find()) return null;
        java.util.List<Long> each = new java.util.ArrayList<>();
        Matcher a = AMOUNT.matcher(m.group(1));
        while (a.find()) {
            Money.Reading r = Money.read(a.group());
            if (!r.ok()) return null;
            each.add(r.yuan());
        }
        return each.size() >= 2 ? new Respective(each, text.substring(m.start(), m.end())) : null;
    }

    /** Figures said once for several records, and the words that said them. */
    record Respective(java.util.List<Long> each, String written) { }

    /** The figure with what is written right after it ("3亿多元", "2亿美元"): vague or foreign when so. */
    private static Found read(String written, String after) {
        Money.Reading r = Money.readInContext(written, after);
        return r.ok() ? new Found(r.yuan(), false, written) : new Found(null, true, written);
    }

    private static boolean excluded(String before) {
        int cue = Math.max(lastCue(before, STRONG), lastCue(before, CUES));
        for (String n : NOT_INVESTMENT) {
            int i = lastIndex(before, n);
            // "融资规模可达2亿元": a cue word glued to what is no investment is part of it
            // "可投入运营资金约0.6亿元": funds put in are the investment
            if (i >= 0 && n.equals("资金") && lastIndex(before, "投入") >= 0 && lastIndex(before, "投入") < i) continue;
            if (i >= 0 && (i >= cue || i + n.length() >= cue && !before.startsWith("投资", cue))) return true;
        }
        return false;
    }

    private static int lastCue(String before, String[] cues) {
        int best = -1;
        for (String c : cues) best = Math.max(best, lastIndex(before, c));
        return best;
    }

    private static int lastIndex(String s, String w) { return s.lastIndexOf(w); }
}
