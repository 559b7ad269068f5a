package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table typed into chat, its cells parted by tabs or bars ("| 日期 | 企业 | 对接人 | 意向 |", "日期\t企业名称\t对接人员"):
 * a header row naming the columns with a kind's field names (the enterprise, or a signing's project, among them),
 * then one record per row with as many cells. Rewritten as that kind's template, one "企业：X；日期：…；…" line per row,
 * which the template reader splits into one report per line. Columns with no field name (序号, 是否列入线索) and empty
 * cells ("—", "——") are left out; lines around the table stay as written (the title above it is replaced by the kind).
 */
final class Tables {

    private static final ReportKind[] KINDS = {ReportKind.VISIT, ReportKind.INSPECTION, ReportKind.SIGNING, ReportKind.LEAD};

    private Tables() { }

    /** The text with its table rewritten as template lines, or the text itself when it holds no table. */
    static String rewrite(String text) {
        if (text == null) return text;
        // "序号 组别 日期 企业 对接人 意向 备注": a table copied with its cells parted by spaces
        boolean spaced = text.indexOf('\t') < 0 && text.indexOf('|') < 0 && text.indexOf('｜') < 0;
        if (spaced && !Patterns.containsAny(text, "企业", "项目", "单位")) return text;
        // (a header of spaced cells holds three of them, parted by two spaces or more: a text with fewer holds none)
        if (spaced && spaces(text) < 2) return text;
        String[] lines = text.split("\n", -1);
        for (int h = 0; h < lines.length && h < 4; h++) {
            // "日期        单位        对接人": columns aligned by runs of spaces, a single space inside a cell ("俞会根 董事长")
            boolean wide = spaced && lines[h].contains("  ") && spacedCells(lines[h], true) != null;
            List<String> header = spaced ? spacedCells(lines[h], wide) : cells(lines[h]);
            if (header == null || header.size() < 3) continue;
            ReportKind kind = kind(header, h > 0 ? lines[h - 1] : "");
            if (kind == null) continue;
            StringBuilder out = new StringBuilder(text.length() + 64);
            out.append(kind.label()).append('\n');
            int i = h + 1;
            int rows = 0;
            int read = 0;
            for (; i < lines.length; i++) {
                if (lines[i].isBlank() || rule(lines[i])) continue;
                List<String> row = spaced ? spacedCells(lines[i], wide) : cells(lines[i]);
                // "11/10\tX\t宋健（秘书长）\t—\t": the empty cells at the row's end, lost with its trailing tabs
                // (and "2026-12-11    X公司    顾婕 董事长助理    一般": a spaced row whose last cells are empty)
                if (row != null && row.size() < header.size() && row.size() >= 3 && (spaced ? wide : lines[i].indexOf('\t') >= 0)) {
                    row = new ArrayList<>(row);
                    while (row.size() < header.size()) row.add("");
                }
                if (row == null || row.size() != header.size()) break;
                read++;
                // "…\t已报", "… 已报（补）": a row the 备注 says was reported on its own is no record
                if (reported(row)) continue;
                out.append(row(kind, header, row)).append('\n');
                rows++;
            }
            if (spaced && read < 1) return text;
            if (rows == 0 && read > 0) {
                // every row reported already: the lines around the table only
                StringBuilder rest = new StringBuilder();
                for (int j = 0; j < h; j++) rest.append(lines[j]).append('\n');
                for (; i < lines.length; i++) rest.append(lines[i]).append('\n');
                return rest.toString();
            }
            if (rows == 0) return text;
            for (; i < lines.length; i++) {
                // "（企业名称一栏空着，我问下武组长）": a note in brackets below the table is about it, no field of a row
                if (NOTE.matcher(lines[i].strip()).matches()) continue;
                out.append(lines[i]).append('\n');
            }
            return out.toString();
        }
        return text;
    }

    /** How many spaces (plain or ideographic) the text holds, counted up to two. */
    private static int spaces(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < 2; i++) if (text.charAt(i) == ' ' || text.charAt(i) == '\u3000') n++;
        return n;
    }

    /** The kind whose field names name the most columns, the enterprise (or project) among them; null when none does. */
    private static ReportKind kind(List<String> header, String title) {
        // "类型|日期|企业|备注": each row names its own kind, read as before
        if (header.contains("类型") || header.contains("类别")) return null;
        ReportKind best = null;
        int bestCount = 0;
        for (ReportKind k : KINDS) {
            int known = 0;
            boolean identity = false;
            for (String cell : header) {
                String c = component(k, cell);
                if (c == null) continue;
                known++;
                if (k == ReportKind.SIGNING ? c.equals("project") : c.equals("enterprise")) identity = true;
            }
            // "序号", "组别", "备注": columns every table may have, named by no kind's field
            int neutral = 0;
            for (String cell : header) if (NEUTRAL.contains(cell) && component(k, cell) == null) neutral++;
            if (!identity || known < 3 || known < header.size() - neutral - 2) continue;
            boolean named = title.contains(k.label());
            if (known > bestCount || known == bestCount && named) { best = k; bestCount = known; }
        }
        return best;
    }

    /** One row as a template line: the enterprise (or project) first, then the other named cells in order. */
    private static String row(ReportKind kind, List<String> header, List<String> row) {
        StringBuilder first = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        // "对接人\t职务" over "邹明\t战略合作部部长": the title in a column of its own goes with the one met
        int title = -1;
        for (int c = 0; c < header.size(); c++) if (TITLE_COLUMNS.contains(header.get(c))) title = c;
        for (int c = 0; c < header.size(); c++) {
            String component = component(kind, header.get(c));
            String value = row.get(c);
            if (component == null || empty(value)) continue;
            if (title >= 0 && component.equals("contacts") && !empty(row.get(title)) && value.indexOf('（') < 0 && value.indexOf('、') < 0) {
                value = value + "（" + row.get(title) + "）";
            }
            // "拟投资额（万元）" over "8000": the column's unit goes with its bare figures
            String unit = unit(header.get(c));
            String label = header.get(c);
            if (unit != null) {
                label = UNIT.matcher(label).replaceFirst("$1");
                if (FIGURE.matcher(value).matches()) value = value + unit;
            }
            boolean identity = component.equals("enterprise") && kind != ReportKind.SIGNING
                    || component.equals("project") && kind == ReportKind.SIGNING;
            StringBuilder b = identity && first.isEmpty() ? first : rest;
            b.append(label).append('：').append(value).append('；');
        }
        // "| 11/9 | X公司 | 副总经理 梁启杰 | 较强 |": whom they met, how keen or how much, with no 内容 column, is what was
        // said; the row's words as written are the 洽谈内容 (as for a terse line)
        if (kind == ReportKind.VISIT && !rest.isEmpty() && !saidOf(kind, header, row)) {
            StringBuilder said = new StringBuilder();
            for (int c = 0; c < header.size(); c++) if (!empty(row.get(c))) said.append(said.isEmpty() ? "" : " ").append(row.get(c));
            rest.append("洽谈内容：").append(said).append('；');
        }
        return first.append(rest).toString();
    }

    /** Whether the row fills the visit's 内容 column, or names nobody met, no keenness and no amount to tell of. */
    private static boolean saidOf(ReportKind kind, List<String> header, List<String> row) {
        boolean told = false;
        for (int c = 0; c < header.size(); c++) {
            String component = component(kind, header.get(c));
            if (component == null || empty(row.get(c))) continue;
            if (component.equals("content")) return true;
            if (component.equals("contacts") || component.equals("intent") || component.equals("amountYuan")) told = true;
        }
        return !told;
    }

    private static final java.util.Set<String> TITLE_COLUMNS = java.util.Set.of("职务", "职位", "对接人职务", "联系人职务");
    private static final java.util.regex.Pattern NOTE = Patterns.compile("[（(][^（()）]{2,40}[)）]");
    private static final java.util.Set<String> NEUTRAL = java.util.Set.of("序号", "编号", "组别", "小组", "备注", "说明");

    /** "拟投资额（万元）", "投资额(亿元)": a column named with its unit in brackets. */
    private static final java.util.regex.Pattern UNIT = Patterns.compile("^(.{2,8}?)\\s*[（(]\\s*(万元|亿元|万|亿)\\s*[)）]$");
    /** A bare figure in a cell ("8000", "6.5"). */
    static final java.util.regex.Pattern FIGURE = Patterns.compile("[0-9]+(?:\\.[0-9]+)?");

    /** "投资额（万元）：32000": a field named with its unit in brackets, a bare figure after the colon. */
    private static final java.util.regex.Pattern UNIT_FIELD = Patterns.compile(
            "^(\\s*[\\u4e00-\\u9fff]{2,8})\\s*[（(]\\s*(万元|亿元|万|亿)\\s*[)）]\\s*([：:])\\s*([0-9][0-9,，]*(?:\\.[0-9]+)?)\\s*$");

    /**
     * A template line naming its amount's unit in brackets after the field name, as a table's column does: the unit
     * goes with the bare figure ("投资额（万元）：32000" → "投资额：32000万元"); any other line as it is.
     */
    static String unitField(String line) {
        int open = line.indexOf('（');
        if (open < 0) open = line.indexOf('(');
        if (open < 2 || open > 12 || line.indexOf('万', open) < 0 && line.indexOf('亿', open) < 0) return line;
        java.util.regex.Matcher m = UNIT_FIELD.matcher(line);
        if (!m.matches()) return line;
        String unit = m.group(2).endsWith("元") ? m.group(2) : m.group(2) + "元";
        return m.group(1) + m.group(3) + m.group(4).replace('，', ',') + unit;
    }

    /** The field a column's name is of, its unit in brackets aside. */
    private static String component(ReportKind kind, String name) {
        String c = FieldSynonyms.component(kind, name);
        if (c != null || name.indexOf('元') < 0) return c;
        java.util.regex.Matcher m = UNIT.matcher(name);
        return m.matches() ? FieldSynonyms.component(kind, m.group(1)) : null;
    }

    private static String unit(String name) {
        if (name.indexOf('元') < 0 && name.indexOf('万') < 0 && name.indexOf('亿') < 0) return null;
        java.util.regex.Matcher m = UNIT.matcher(name);
        return m.matches() ? (m.group(2).endsWith("元") ? m.group(2) : m.group(2) + "元") : null;
    }

    /** A cell saying the row was reported on its own ("已报", "已报（补）", "已单独报送"). */
    static boolean reported(List<String> row) {
        for (String cell : row) if (!cell.isEmpty() && cell.length() <= 12 && UnrecordedItems.without(cell) == null) return true;
        return false;
    }

    /**
     * The cells of a line parted by spaces, as a table copied without its tabs is (by runs of two or more when
     * {@code wide}); null when fewer than three.
     */
    private static List<String> spacedCells(String line, boolean wide) {
        String t = line.strip();
        if (t.isEmpty()) return null;
        // parted by hand: most lines of a message hold no space at all, and a regex split compiles its pattern per call
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && t.charAt(i) != ' ' && t.charAt(i) != '\u3000') continue;
            // (a single space inside a cell of a table aligned by runs of them)
            if (wide && i < t.length() && t.charAt(i) == ' ' && i + 1 < t.length() && t.charAt(i + 1) != ' ' && (i == 0 || t.charAt(i - 1) != ' ')) continue;
            if (i > start) out.add(t.substring(start, i));
            start = i + 1;
        }
        return out.size() >= 3 ? out : null;
    }

    static boolean empty(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if ("—-－/／ ".indexOf(cell.charAt(i)) < 0) return false;
        }
        return true;
    }

    /** "|---|:---|", "---\t---": the line under a markdown header. */
    private static boolean rule(String line) {
        String t = line.strip();
        if (t.isEmpty()) return false;
        for (int i = 0; i < t.length(); i++) if ("|｜-—:： \t".indexOf(t.charAt(i)) < 0) return false;
        return true;
    }

    /** The cells of a line parted by tabs, else by bars (the outer bars of "| a | b |" opening and closing none); null when unparted. */
    static List<String> cells(String line) {
        String t = line.strip();
        char sep;
        if (t.indexOf('\t') >= 0) sep = '\t';
        else if (t.indexOf('|') >= 0 || t.indexOf('｜') >= 0) sep = '|';
        else return null;
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            boolean cut = i == t.length() || (sep == '\t' ? t.charAt(i) == '\t' : t.charAt(i) == '|' || t.charAt(i) == '｜');
            if (!cut) continue;
            out.add(t.substring(start, i).strip());
            start = i + 1;
        }
        if (sep == '|' && !out.isEmpty() && out.get(0).isEmpty()) out.remove(0);
        if (sep == '|' && !out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out.size() >= 2 ? out : null;
    }
}
