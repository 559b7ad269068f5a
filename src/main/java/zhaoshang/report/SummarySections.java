package zhaoshang.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 周报, 月报 or 小结 compiled in the office's sections ("一、走访情况 … 二、线索情况 … 三、考察接待：无 … 四、签约落地 …
 * 五、下步打算：…"), tidied before it is read: what is still to come (下步打算, 下周计划) is no record and leaves the
 * message, an item that points to another section ("天能控股来潞州区考察（见三）", "中鼎密封件，见上") is read where it
 * is written in full, and a section that says it holds nothing ("：无", "：无新增") is only its heading. A trip's own
 * summary (one with a 行程 section) is left as written: it is one record.
 */
final class SummarySections {

    private SummarySections() { }

    /** "一、走访情况（本周4家）", "（三）考察接待：无", "五、下步打算：…": a section's number and label, and what follows its colon. */
    private static final Pattern SECTION = Patterns.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）])\\s*([^：:，,。；;\\s（(]{2,12})([（(][^）)]{0,12}[)）])?\\s*(?:[：:]\\s*(.*))?$");
    private static final Pattern RECORD_LABEL = Patterns.compile("走访|拜访|线索|考察|接待|签约|落地");
    private static final Pattern PLAN_LABEL = Patterns.compile("^(?:下步|下一步|下周|下阶段|下月|下个月|近期|后续)|打算");
    /** "（见三）", "见上", "详见第三项": the item is told in full in another section. */
    private static final Pattern ELSEWHERE = Patterns.compile(
            "[（(](?:详)?见(?:第)?[一二三四五六七八九十上下](?:项|条|部分)?[)）]|(?:^|[，,。；;\\s])(?:详)?见(?:上|下|上文|下文|第[一二三四五六七八九十]项)[。；;]?\\s*$");
    /** A section body that holds nothing. */
    private static final Pattern NOTHING = Patterns.compile("(?:无|暂无|没有|无新增|暂无新增|本周无|本月无)[。.；;]?");

    private static final Pattern NAME_COLUMN = Patterns.compile("企业|企业名称|单位|单位名称|项目|项目名称");
    private static final Pattern AMOUNT_COLUMN = Patterns.compile("投资|金额");

    /** A row of column names, one of them the enterprise's or the project's. */
    private static boolean tableHeader(List<String> cells) {
        if (cells.size() < 3) return false;
        boolean name = false;
        for (String c : cells) {
            if (c.length() > 8) return false;
            if (NAME_COLUMN.matcher(c).matches()) name = true;
        }
        return name;
    }

    /** A table's row as the numbered item a member would write: its cells in order, keenness and amount said as such. */
    private static String item(int n, List<String> header, List<String> cells) {
        StringBuilder b = new StringBuilder().append(n).append(". ");
        boolean first = true;
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (v.isEmpty() || Tables.empty(v)) continue;
            String h = i < header.size() ? header.get(i) : "";
            if (h.contains("意向") && !v.contains("意向")) v = "意向" + v;
            else if (AMOUNT_COLUMN.matcher(h).find() && !v.contains("投资")) {
                if (Tables.FIGURE.matcher(v).matches()) v = v + (h.contains("亿") ? "亿元" : h.contains("万") ? "万元" : "");
                v = "拟投资" + v;
            }
            b.append(first ? "" : "，").append(v);
            first = false;
        }
        return b.toString();
    }

    /** The message tidied, and the full names of what it drops (known to the reader for their short forms below). */
    record Tidied(String text, List<String> dropped) { }

    /** The line's first character after white space (\s) is one a SECTION's number opens with: a Chinese numeral or a bracket. */
    private static boolean sectionStart(String line) {
        int i = 0;
        while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) i++;
        return i < line.length() && "一二三四五六七八九十（(".indexOf(line.charAt(i)) >= 0;
    }

    /** The text tidied when it is a summary in sections; null when it is not one. */
    static Tidied tidy(String text) {
        if (text == null || text.indexOf('\n') < 0 || !Patterns.containsAny(text, "、", "（", "(")) return null;
        String[] lines = text.split("\n", -1);
        int records = 0;
        for (String line : lines) {
            if (!sectionStart(line)) continue;
            Matcher m = SECTION.matcher(line);
            if (!m.matches()) continue;
            String label = m.group(1);
            // "一、行程：11月23日-27日 上海": a trip's summary, one record, read as written
            if (label.contains("行程")) return null;
            if (RECORD_LABEL.matcher(label).find() && !PLAN_LABEL.matcher(label).find()) records++;
        }
        if (records < 2) return null;
        List<String> out = new ArrayList<>(lines.length);
        boolean plan = false;
        List<String> header = null;
        int row = 0;
        for (String line : lines) {
            // "日期\t企业\t对接人\t意向\t备注" under 一、走访情况: the rows pasted below it as numbered items
            List<String> cells = line.indexOf('\t') >= 0 ? Tables.cells(line) : null;
            if (cells == null) header = null;
            else if (header == null && tableHeader(cells)) { header = cells; row = 0; continue; }
            else if (header != null && !plan) {
                // "12/15\t深圳市山西商会\t\t\t已报": a row reported on its own is no item
                if (!Tables.reported(cells)) out.add(item(++row, header, cells));
                continue;
            }
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                plan = PLAN_LABEL.matcher(m.group(1)).find();
                if (plan) continue;
                String body = m.group(3);
                if (body != null && (NOTHING.matcher(body.strip()).matches() || ELSEWHERE.matcher(body).find())) {
                    out.add(line.substring(0, m.start(3)).strip());
                    continue;
                }
                out.add(line);
                continue;
            }
            if (plan || ELSEWHERE.matcher(line).find()) continue;
            out.add(line);
        }
        String kept = String.join("\n", out);
        // "2. 12月3日，浙江晶盛机电股份有限公司（已报）" then "晶盛机电碳化硅衬底片项目…": the short form below names the one
        // already reported in full
        StringBuilder read = new StringBuilder();
        for (String line : out) {
            String rest = UnrecordedItems.without(line);
            if (rest != null) read.append(rest).append('\n');
        }
        Set<String> dropped = new LinkedHashSet<>();
        for (OrgNames.Found f : OrgNames.find(text)) if (f.suffixed() && read.indexOf(f.name()) < 0) dropped.add(f.name());
        return new Tidied(kept, List.copyOf(dropped));
    }
}
