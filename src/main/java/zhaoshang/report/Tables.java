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
        if (text == null || text.indexOf('\t') < 0 && text.indexOf('|') < 0 && text.indexOf('｜') < 0) return text;
        String[] lines = text.split("\n", -1);
        for (int h = 0; h < lines.length && h < 4; h++) {
            List<String> header = cells(lines[h]);
            if (header == null || header.size() < 3) continue;
            ReportKind kind = kind(header, h > 0 ? lines[h - 1] : "");
            if (kind == null) continue;
            StringBuilder out = new StringBuilder(text.length() + 64);
            out.append(kind.label()).append('\n');
            int i = h + 1;
            int rows = 0;
            for (; i < lines.length; i++) {
                if (lines[i].isBlank() || rule(lines[i])) continue;
                List<String> row = cells(lines[i]);
                if (row == null || row.size() != header.size()) break;
                out.append(row(kind, header, row)).append('\n');
                rows++;
            }
            if (rows == 0) return text;
            for (; i < lines.length; i++) out.append(lines[i]).append('\n');
            return out.toString();
        }
        return text;
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
                String c = FieldSynonyms.component(k, cell);
                if (c == null) continue;
                known++;
                if (k == ReportKind.SIGNING ? c.equals("project") : c.equals("enterprise")) identity = true;
            }
            if (!identity || known < 3 || known < header.size() - 2) continue;
            boolean named = title.contains(k.label());
            if (known > bestCount || known == bestCount && named) { best = k; bestCount = known; }
        }
        return best;
    }

    /** One row as a template line: the enterprise (or project) first, then the other named cells in order. */
    private static String row(ReportKind kind, List<String> header, List<String> row) {
        StringBuilder first = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        for (int c = 0; c < header.size(); c++) {
            String component = FieldSynonyms.component(kind, header.get(c));
            String value = row.get(c);
            if (component == null || empty(value)) continue;
            boolean identity = component.equals("enterprise") && kind != ReportKind.SIGNING
                    || component.equals("project") && kind == ReportKind.SIGNING;
            StringBuilder b = identity && first.isEmpty() ? first : rest;
            b.append(header.get(c)).append('：').append(value).append('；');
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
            String component = FieldSynonyms.component(kind, header.get(c));
            if (component == null || empty(row.get(c))) continue;
            if (component.equals("content")) return true;
            if (component.equals("contacts") || component.equals("intent") || component.equals("amountYuan")) told = true;
        }
        return !told;
    }

    private static boolean empty(String cell) {
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
    private static List<String> cells(String line) {
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
