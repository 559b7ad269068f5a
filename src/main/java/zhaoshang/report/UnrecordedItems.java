package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of a summary that say themselves they are no record: an item already reported on its own ("亿纬锂能（已报）",
 * "11月23日X已单独报送，本周不重复"), one the team keeps out of the ledgers ("…（已签约项目回访），不再单独登记", "…待核实，
 * 暂不列线索"), a group that did not go out ("三组：今日在途，无走访", "三、其他组无外出"). Each such piece (from the sentence
 * mark, colon or line start before the words to the sentence mark after them) is taken out before the message is read,
 * so that it opens no record and lends its date or name to none.
 */
final class UnrecordedItems {

    private UnrecordedItems() { }

    /** Said of an item that is recorded elsewhere or not at all: the whole piece goes. */
    private static final Pattern NOT_RECORDED = Patterns.compile(
            "[（(](?:前已|此前已|之前已|已)(?:上报|报送|报)(?:过)?(?:[，,、；;][^（）()]{0,10})?[）)]"
            // "…投资8000万元（已录入签约台账）": said to be in the ledger already
            + "|[（(](?:前已|此前已|之前已|已)(?:录入|登记|入账|登记入账)(?:[^（）()]{0,6}?台账)?[）)]|已单独(?:报送|上报|报)|(?:本周|本月|此处)不(?:再)?重复"
            + "|不(?:用|必|需)?(?:再)?(?:单独)?(?:登记|计入)(?:走访|台账)?(?![线])|不计入走访"
            // "12月7日 上能电气（无锡）——已报", a table row whose 备注 cell says "已报（补）", "…，走访已报。": a bare mark
            + "|(?:(?<=[\\s，,—－\\-])|^)(?:已报|已上报|已报送)(?:[（(]补[)）])?(?=$|[\\s。，,；;])|走访(?:均|都)?已(?:上)?报(?=$|[\\s。，,；;])"
            // "（12月12日，已报）": the day before it in the brackets; "（见三）": told in full under section three
            // "这条已报，请忽略：…": a report posted again, said to be ignored
            + "|(?:这条|此条|该条|这个|上面这条)?已(?:经)?(?:上报|报送|报)(?:过)?了?[，,\\s]*(?:请|麻烦)?(?:大家)?(?:忽略|无视)"
            + "|[（(][^（）()]{1,12}?[，,、\\s]已(?:上报|报送|报)(?:过)?[）)]|[（(](?:详)?见(?:第)?[一二三四五六七八九十](?:部分)?[）)]");
    /** Said of a lead not (yet) listed, or a day without visits: the piece goes when it tells of no visit of its own. */
    private static final Pattern NOTHING_DONE = Patterns.compile(
            "暂不列(?:入)?(?:实效)?线索|不列(?:入)?(?:实效)?线索|(?:未|无|没有|没)外出|今日在途|今天在途|无走访");
    private static final Pattern DONE_VERB = Patterns.compile("走访|拜访|拜会|见了|考察|签约|签订|洽谈");
    private static final String PIECE_ENDS = "。；;！!\n";
    /** What is left of a line when the piece was all it said: its number and a short label ("二、四组：", "③"). */
    private static final Pattern ONLY_LABEL = Patterns.compile("[\\p{IsHan}A-Za-z0-9（）()]{0,8}[：:]?\\s*[，,]?\\s*");

    /**
     * "这条已报，请忽略：…", "以下已经上报过了：…": the message says of itself, before anything else, that it is already
     * recorded — a report posted again, no new record.
     */
    private static final Pattern ALL_REPORTED = Patterns.compile(
            "^(?:这条|此条|该条|本条|这一条|以下|下面这条|下面)(?:信息|内容|走访|线索|记录|汇报)?(?:之前|前面|此前|昨天|上周)?(?:已经|已)(?:上报|报送|报|登记)(?:过)?(?:了)?(?=$|[\\s，,。：:；;！!（(])");

    /** The message (an @-mention before it aside) opens by saying it is already recorded ({@link #ALL_REPORTED}). */
    static boolean allReported(String text) {
        if (text == null || text.indexOf('已') < 0) return false;
        String s = text.strip();
        while (s.startsWith("@") || s.startsWith("＠")) {
            int space = 0;
            while (space < s.length() && !Character.isWhitespace(s.charAt(space))) space++;
            s = s.substring(space).strip();
        }
        return ALL_REPORTED.matcher(s).lookingAt();
    }

    /**
     * "现将本月考察情况梳理如下，以下均已报送，不再单独登记：", "下列项目均已录入台账：": a line saying the numbered items below it
     * are all recorded already.
     */
    private static final Pattern BELOW_RECORDED = Patterns.compile(
            "(?:以下|下列|下面|如下)[^。：:\\n]{0,12}?(?:(?:均|都|全部|皆)(?:已经|已)(?:上报|报送|报|登记|录入|入账)|不再(?:单独|重复)?(?:登记|报送|上报))");

    static List<String> without(List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).indexOf('已') >= 0 && ALL_REPORTED.matcher(lines.get(0)).lookingAt()) return List.of();
        List<String> out = null;
        boolean itemsRecorded = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // the numbered items below a line saying they are all recorded already go with it
            if (itemsRecorded && NumberedLine.markerEnd(line.strip()) > 0) {
                if (out == null) out = new ArrayList<>(lines.subList(0, i));
                continue;
            }
            // every BELOW_RECORDED match opens with one of these words (a 下 alone, as in every 下午, is not enough)
            if (line.indexOf('下') >= 0 && Patterns.containsAny(line, "以下", "下列", "下面", "如下")) {
                itemsRecorded = BELOW_RECORDED.matcher(line).find();
            } else {
                itemsRecorded = false;
            }
            String kept = without(line);
            if (kept == line && out == null) continue;
            if (out == null) out = new ArrayList<>(lines.subList(0, i));
            if (kept != null) out.add(kept);
        }
        return out == null ? lines : out;
    }

    /** The line without its pieces that are no record; null when nothing of it is left; the same string when none. */
    static String without(String line) {
        if (!Patterns.containsAny(line, "报", "重复", "登记", "计入", "线索", "外出", "在途", "无走访", "见", "录入", "入账")) return line;
        String s = line;
        boolean changed = false;
        for (int guard = 0; guard < 8; guard++) {
            int[] piece = piece(s);
            if (piece == null) break;
            s = s.substring(0, piece[0]) + s.substring(piece[1]);
            changed = true;
        }
        if (!changed) return line;
        String rest = s.strip();
        int m = NumberedLine.markerEnd(rest);
        String body = rest.substring(m);
        if (body.isEmpty() || ONLY_LABEL.matcher(body).matches() && OrgNames.find(body).isEmpty()) return null;
        return rest;
    }

    /** "还有晋城那家…", "另外一家…", "其余两个…": the clause names one more item of a list, after those before it. */
    private static final Pattern ONE_MORE = Patterns.compile("^\\s*(?:还有|另有|另外|此外|另一|其余|其他|其它|剩下|剩余)");

    /** The bounds of the first piece that is no record, or null. */
    private static int[] piece(String s) {
        Matcher m = mayBeRecorded(s) ? NOT_RECORDED.matcher(s) : null;
        boolean found = m != null && m.find();
        if (found) {
            int[] b = bounds(s, m.start(), m.end());
            String before = s.substring(b[0], m.start());
            // "拜访了X（…意向较强，已在上周报过线索，不再单独登记）": the lead is what was reported, the visit told is not —
            // only the words about the lead go
            int lead = before.lastIndexOf("线索");
            if (lead > 0 && DONE_VERB.matcher(before.substring(0, lead)).find()) {
                int from = b[0] + lead;
                while (from > b[0] && "，,（(".indexOf(s.charAt(from - 1)) < 0) from--;
                if (from > b[0] && (s.charAt(from - 1) == '，' || s.charAt(from - 1) == ',')) from--;
                return new int[] {from, m.end()};
            }
            // "X…项目（…）、Y…项目（…），还有晋城那家的项目前天已单独报送。": the last of a list alone is the one reported
            for (int c = before.length() - 1; c > 0; c--) {
                char ch = before.charAt(c);
                if (ch != '，' && ch != ',') continue;
                if (ONE_MORE.matcher(before.substring(c + 1)).lookingAt()) return new int[] {b[0] + c, b[1]};
                break;
            }
            return b;
        }
        if (!found) {
            if (!Patterns.containsAny(s, "线索", "外出", "在途", "无走访")) return null;
            m = NOTHING_DONE.matcher(s);
            while (found = m.find()) {
                int[] b = bounds(s, m.start(), m.end());
                String words = s.substring(b[0], m.start()) + s.substring(m.end(), b[1]);
                // "X公司 董事长秘书房雪 意向一般，暂不列线索": a meeting told by how keen they were is a visit, no lead
                // (said in words of intent: "企业还在观望" of a lead candidate is no meeting told)
                if (!DONE_VERB.matcher(words).find() && (ProseFields.intent(words) == null
                        || words.indexOf('意') < 0)) break;
            }
            if (!found) return null;
        }
        return bounds(s, m.start(), m.end());
    }

    /**
     * Whether NOT_RECORDED may match: every match holds 已 and 报, 重复, 登记, 计入, or 见 in brackets (keep in step with
     * it); NOTHING_DONE's words are looked for before it runs likewise.
     */
    private static boolean mayBeRecorded(String s) {
        return s.indexOf('已') >= 0 && (s.indexOf('报') >= 0 || s.contains("录入") || s.contains("入账")) || s.contains("重复") || s.contains("登记") || s.contains("计入")
                || s.indexOf('见') >= 0 && (s.indexOf('（') >= 0 || s.indexOf('(') >= 0);
    }

    private static final Pattern AND_ALSO = Patterns.compile("\\s*(?:还有|另有|另外|此外)");

    /** "第一家…第二家…": where voice without sentence marks starts the next item of a list. */
    private static final Pattern ORDINAL = Patterns.compile("第[一二三四五六七八九十两0-9]{1,2}(?:家|个|站|项)");

    private static int[] bounds(String s, int start, int end) {
        boolean bracket = s.charAt(start) == '（' || s.charAt(start) == '(';
        int from = start;
        while (from > 0 && PIECE_ENDS.indexOf(s.charAt(from - 1)) < 0) {
            char c = s.charAt(from - 1);
            if (c == '：' || c == ':') {
                // "12月21日 X公司 高新区 陪同：任雅琴（已报）": a cell's label inside an item that names the enterprise
                // before it — the item goes, not the cell; "三组：今日在途" stops at its label
                int back = from - 1;
                while (back > 0 && PIECE_ENDS.indexOf(s.charAt(back - 1)) < 0) back--;
                if (!bracket || OrgNames.find(s.substring(back, from - 1)).isEmpty()) break;
            }
            from--;
        }
        int to = end;
        while (to < s.length() && PIECE_ENDS.indexOf(s.charAt(to)) < 0) to++;
        // "走访了两家：A公司（已报），还有B公司…": the mark in brackets is said of the name before it alone when the
        // sentence goes on to name another
        if (bracket && end < to && (s.charAt(end) == '，' || s.charAt(end) == ',' || s.charAt(end) == '、')
                && !OrgNames.find(s.substring(end, to)).isEmpty()) {
            int f = start;
            while (f > from && "，,、：:".indexOf(s.charAt(f - 1)) < 0) f--;
            // "…（已报），还有B公司": the word adding one more to the list goes with it
            Matcher more = AND_ALSO.matcher(s).region(end + 1, to);
            return new int[] {f, more.lookingAt() ? more.end() : end + 1};
        }
        if (to < s.length()) to++;
        // "第一家X那个之前报过了不再单独登记第二家Y…": voice that names its items by number
        Matcher o = ORDINAL.matcher(s).region(from, start);
        int last = -1;
        while (o.find()) last = o.start();
        if (last >= 0) from = last;
        o = ORDINAL.matcher(s).region(end, to);
        if (o.find()) to = o.start();
        return new int[] {from, to};
    }
}
