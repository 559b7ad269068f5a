package zhaoshang.report;

import java.time.LocalDate;

/**
 * The words that open a report: "走访", "【走访记录】", "签约：", "今天走访两家：", "11月20日拜访了3家企业", followed
 * on the same line by the report's first text ("走访 11月20日 上海新材料协会 …"). A kind word followed directly by
 * other Chinese text ("走访情况", "签约台账", "考察日期") or by a record number ("签约 #S-0007") opens no report.
 *
 * @param kind  the kind named
 * @param date  a date written before the kind word ("今天走访两家") applying to every report below, or null
 * @param multi the header announces several reports ("两家", "3个项目", "如下")
 * @param rest  the text after the header on the same line
 */
record KindHeader(ReportKind kind, String date, boolean multi, String rest) {

    private static final String[] COUNT_UNITS = {"家", "个", "条", "项", "次", "批", "位"};
    private static final String[] COUNT_NOUNS = {"企业", "公司", "项目", "线索", "客商", "单位"};

    /** The header at the start of the line, or null. */
    static KindHeader read(String line, LocalDate today) {
        if (line.isEmpty()) return null;
        char first = line.charAt(0);
        if (first == '【' || first == '[') {
            int close = line.indexOf(first == '【' ? '】' : ']');
            if (close < 0 || close > 24) return null;
            String inner = line.substring(1, close).strip();
            KindHeader h = read(inner, today);
            if (h == null || !h.rest().isEmpty()) return null;
            String rest = line.substring(close + 1).strip();
            rest = stripLeadingColon(rest);
            return new KindHeader(h.kind(), h.date(), h.multi(), rest);
        }
        int p = 0;
        String date = null;
        ChineseDates.Reading d = ChineseDates.read(line, 0, today, ChineseDates.Resolution.PAST);
        if (d != null) {
            p = ChineseDates.skipTimeOfDay(line, d.end());
            date = line.substring(0, d.end());
            if (p < line.length() && (line.charAt(p) == '，' || line.charAt(p) == ',')) p++;
            while (p < line.length() && line.charAt(p) == ' ') p++;
        }
        ReportKinds.Match m = ReportKinds.at(line, p);
        if (m == null) return null;
        int q = m.end();
        // "走访企业：深圳欣迪", "签约日期：…" — the words are a field name of that kind: the line is a field
        if (FieldSynonyms.colonLabelAt(m.kind(), line, p) != null) {
            return date == null ? new KindHeader(m.kind(), null, false, line.substring(p)) : null;
        }
        boolean multi = false;
        if (q < line.length() && line.charAt(q) == '了') q++;
        // "拜访的是深圳市X公司": the copula after the kind word introduces the organisation
        else if (line.startsWith("的是", q) && startsWithOrganisation(m.kind(), line, q + 2)) q += 2;
        int c = countEnd(line, q);
        if (c > q) { multi = true; q = c; }
        if (line.startsWith("情况如下", q)) { q += 4; multi = true; }
        else if (line.startsWith("如下", q)) { q += 2; multi = true; }
        if (q < line.length()) {
            char next = line.charAt(q);
            if (next == '#') return null;
            // "走访深圳欣迪新能源，…", "拜访了康佳集团 …": the kind word glued to an organisation's name
            if (InputText.isCjk(next) && !startsWithOrganisation(m.kind(), line, q)) return null;
        }
        String rest = stripLeadingColon(line.substring(q).strip());
        if (rest.startsWith("#")) return null;
        return new KindHeader(m.kind(), date, multi, rest);
    }

    private static boolean startsWithOrganisation(ReportKind kind, String line, int q) {
        int e = q;
        while (e < line.length() && e - q < 40) {
            char c = line.charAt(e);
            if (c == ' ' || InputText.isSeparator(c) || InputText.isColon(c)) break;
            e++;
        }
        String piece = line.substring(q, e);
        if (FreeForm.isOrganisation(piece)) return true;
        return (kind == ReportKind.SIGNING || kind == ReportKind.LEAD) && piece.endsWith("项目") && piece.length() > 3;
    }

    private static String stripLeadingColon(String rest) {
        int i = 0;
        while (i < rest.length() && (InputText.isColon(rest.charAt(i)) || rest.charAt(i) == ' '
                || rest.charAt(i) == '，' || rest.charAt(i) == ',' || rest.charAt(i) == '!' || rest.charAt(i) == '！')) i++;
        return rest.substring(i);
    }

    /** "两家", "3个项目", "三家企业" after the kind word; returns the end or q when there is none. */
    private static int countEnd(String line, int q) {
        int p = q;
        while (p < line.length() && p - q < 3 && (Character.isDigit(line.charAt(p)) || "一二两三四五六七八九十几多".indexOf(line.charAt(p)) >= 0)) p++;
        if (p == q) {
            if (line.startsWith("以下", p)) p += 2;
            else return q;
        }
        boolean unit = false;
        for (String u : COUNT_UNITS) {
            if (line.startsWith(u, p)) { p += u.length(); unit = true; break; }
        }
        for (String n : COUNT_NOUNS) {
            if (line.startsWith(n, p)) { p += n.length(); unit = true; break; }
        }
        return unit ? p : q;
    }
}
