package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signing typed as one terse line whose kind word does not open it: "签了 三一重工 挖机结构件项目 1亿 高新区 今天上午",
 * "月底补报 11.27 签约 正泰电器 逆变器生产基地项目 2.6亿 高新区", "12月15日 拟签约 法士特 新能源变速器项目 3.5亿",
 * "法士特 变速器项目 上月30号签的 1.5亿". The line is rewritten under the kind word 签约 with its day first (wherever it
 * was written, or glued before the word: "上月30号签的") and read as a headed signing. The line must name a project or
 * an amount, and tell no one met, no intent and no visit (those are a visit's words: "张总 下月签约").
 */
final class TerseSigning {

    /** The signing word, what is glued before it (a day) and after it (the name and project run together). */
    private static final Pattern SIGNED = Patterns.compile("^(.{0,8}?)(?:已|拟|正式)?(?:签约了|签约|签了|签的|签下了|签下|签(?=$|[一1][个家单笔]))"
            // "签约一个：太行精工", "又签一个": how many signed, said before the name
            + "([一1][个家单笔])?[：:]?(.*)$");
    /**
     * "年底前 … 一个", "年底又", "又", "今天又", "终于": a remark before the signing word, with perhaps its day ahead of it —
     * told as done by the adverb or the count after the word ("年底签约" alone is a signing still to come).
     */
    private static final Pattern REMARK = Patterns.compile("^(.{0,6}?)(?:(?:年底|月底|年末|月末|年前|节前)前?)?(又|再|也|终于|刚刚|刚)?$");
    /** "补", "补报", "月底补报", "补一条": the report sent late, said as its first word. */
    private static final Pattern LATE = Patterns.compile("^(?:月底|年底|周末)?(?:补|补报|补录|补记|补一个|补一条)$");
    /** "跟大家说一下", "汇报一下", "好消息": the words a speaker opens with, before what was signed. */
    private static final Pattern OPENER = Patterns.compile("^(?:跟大家|给大家|向大家|和大家)?(?:说|汇报|报告|通报|报)一下$|^好消息(?:好消息)?$");
    private static final Pattern SUBSTANCE = Patterns.compile("项目|亿|千万|[0-9]万");
    /** Words of a visit: someone met, how the talk went. */
    private static final Pattern VISIT_WORDS = Patterns.compile("拜访|走访|见了|聊了|谈了|意向|意愿|洽谈|对接|考察|线索");
    private static final Pattern END_MARK = Patterns.compile("[。！!]+$");
    /** A day said only roughly: the signing's day is asked. */
    private static final Pattern ROUGH = Patterns.compile("^(?:上周|前几天|前些天|最近|近日|日前|这几天)$");

    private static final Pattern ZONE = Patterns.compile("^(?:落地?|在|于)?((?:长治)?(?:高新区|潞州区))$");

    private TerseSigning() { }

    /**
     * The line as a headed signing ("签约 11.27 正泰电器 逆变器生产基地项目 2.6亿 …"); null when it is no such line
     * (the caller has seen that it is one line of words apart, no question, of 120 characters at most).
     */
    static String rewrite(String line, LocalDate today) {
        String s = line.strip();
        if (s.indexOf('签') < 0) return null;
        s = END_MARK.matcher(s).replaceFirst("");
        if (!SUBSTANCE.matcher(s).find() || VISIT_WORDS.matcher(s).find()) return null;
        String[] t = TerseLine.words(s);
        if (t.length < 3) return null;
        String day = null;
        int signed = -1;
        List<String> rest = new ArrayList<>();
        for (int k = 0; k < t.length; k++) {
            String w = t[k];
            if (k == 0 && (LATE.matcher(w).matches() || OPENER.matcher(w).matches())) continue;
            if (TerseLine.PERSON.matcher(w).matches()) return null;
            // "浙江华友钴业的正极材料项目 昨天签的": the owner and its project said as a phrase of speech, read as prose
            if (w.endsWith("项目") && w.indexOf('的') > 0) return null;
            Matcher m = w.indexOf('签') >= 0 ? SIGNED.matcher(w) : null;
            if (m != null && m.matches()) {
                if (signed >= 0) return null;
                String before = m.group(1);
                // "高新区签约", "落潞州区签约": where it lands, the pause before the word closed (as speech input closes it)
                Matcher zone = before.isEmpty() ? null : ZONE.matcher(before);
                if (zone != null && zone.matches()) {
                    rest.add(zone.group(1));
                    before = "";
                }
                if (!before.isEmpty() && !TerseLine.onlyADate(before, today)) {
                    // "年底又签一个", "今天又签了": a remark on the season or the count, a day perhaps ahead of it
                    Matcher r = REMARK.matcher(before);
                    if (!r.matches() || r.group(1).length() == before.length() || r.group(2) == null && m.group(2) == null) return null;
                    before = r.group(1);
                }
                if (!before.isEmpty()) {
                    if (day != null) return null;
                    // "上周签了…": a day said only roughly is asked, which the headed reading does not do
                    if (ROUGH.matcher(before).matches() || !TerseLine.onlyADate(before, today)) return null;
                    day = before;
                }
                signed = k;
                if (!m.group(3).isEmpty()) rest.add(m.group(3));
                continue;
            }
            // "今天签了 跟X公司签的…项目": the signing told again in a sentence is prose, read as such
            if (w.indexOf('签') >= 0) return null;
            if (day == null && TerseLine.onlyADate(w, today)) {
                if (ROUGH.matcher(w).matches()) return null;
                day = w;
                continue;
            }
            rest.add(w);
        }
        if (signed < 0 || rest.isEmpty()) return null;
        StringBuilder b = new StringBuilder("签约");
        if (day != null) b.append(' ').append(day);
        for (String w : rest) b.append(' ').append(w);
        return b.toString();
    }
}
