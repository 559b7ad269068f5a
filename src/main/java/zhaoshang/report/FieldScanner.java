package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of one report into "名称：值" fields (any order, one per line or several on a line separated by
 * spaces, ，or ；) and the free text before the first field name (the "head", read by {@link FreeForm}).
 * A value runs until the next field name; lines without a field name continue the value above. A line starting
 * with an unknown short name and a colon ("备注：…") is not glued to the field above: it is kept whole, with the lines
 * that continue it, in {@link Scan#unplaced()}, so that the report keeps what the member wrote (issue 11: nothing
 * a member wrote is silently dropped).
 */
final class FieldScanner {

    /** A field as written: the component it fills, and its value (null when empty). */
    record RawField(String component, String value) { }

    /**
     * @param unplaced the lines under an unknown name, as written ("备注：对方下月回访"), one entry per name
     */
    record Scan(String head, List<RawField> fields, List<String> unknownNames, List<String> unplaced) { }

    private FieldScanner() { }

    static Scan scan(ReportKind kind, List<String> lines) {
        StringBuilder head = new StringBuilder();
        List<RawField> fields = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        String component = null;
        StringBuilder value = null;
        boolean skipping = false;
        boolean block = false; // the open field's name stood alone on its line: following lines are its value
        for (String line : lines) {
            int first = -1;
            int i = 0;
            int n = line.length();
            // an unknown "名称：" at the start of a line
            // (the field name at the line's start, looked up once for the unknown name's test and the scan below)
            FieldSynonyms.Found atStart = FieldSynonyms.colonLabelAt(kind, line, 0);
            int unknownEnd = block ? 0 : unknownNameEnd(line, atStart);
            if (unknownEnd > 0) {
                if (component != null) { close(component, value, fields, head, unplaced); component = null; }
                unknown.add(line.substring(0, unknownEnd - 1).strip());
                unplaced.add(line.substring(0, unknownEnd - 1).strip() + "：");
                skipping = true;
                i = unknownEnd;
            }
            int textStart = i;
            while (i < n) {
                boolean boundary = i == 0 || isBoundary(line.charAt(i - 1));
                FieldSynonyms.Found f = !boundary ? null : i == 0 ? atStart : FieldSynonyms.colonLabelAt(kind, line, i);
                if (f == null && i == 0 && !block) f = spacedPeople(kind, line);
                if (f == null) { i++; continue; }
                String before = line.substring(textStart, i);
                if (first < 0 && skipping) keep(unplaced, before);
                if (first < 0) {
                    appendBefore(before, component, value, head, skipping);
                } else {
                    value.append(before);
                }
                if (component != null) close(component, value, fields, head, unplaced);
                component = f.component();
                value = new StringBuilder();
                skipping = false;
                first = i;
                i = f.end();
                textStart = i;
            }
            String rest = line.substring(textStart);
            if (first < 0) {
                if (skipping) keep(unplaced, rest);
                appendBefore(rest, component, value, head, skipping);
            } else {
                value.append(rest);
                block = rest.isBlank() && first == 0 && value.toString().isBlank();
            }
        }
        if (component != null) close(component, value, fields, head, unplaced);
        unplaced.removeIf(u -> u.endsWith("："));
        return new Scan(head.toString().strip(), fields, unknown, unplaced);
    }

    /**
     * Ends a field: its value stops where {@link ProseClause#valueEnd} says ("对接人：华北区域总经理孟凡。企业对…" is 孟凡's),
     * the words after it are free text like those before the first field name, and are kept as written among the
     * unplaced lines ("企业：X有限公司；该企业主营储能电池" keeps 该企业主营储能电池 in the report's free text).
     */
    private static void close(String component, StringBuilder value, List<RawField> fields, StringBuilder head,
                              List<String> unplaced) {
        String v = value.toString();
        int end = ProseClause.valueEnd(component, v);
        fields.add(new RawField(component, InputText.value(v.substring(0, end))));
        String rest = end < v.length() ? InputText.value(v.substring(end + 1)) : null;
        if (rest != null) {
            if (head.length() > 0) head.append('\n');
            head.append(rest);
            unplaced.add(rest);
        }
    }

    /** Adds text under an unknown name to its entry (the last one), a continuing line after a "；". */
    private static void keep(List<String> unplaced, String text) {
        String t = text.strip();
        if (t.isEmpty() || unplaced.isEmpty()) return;
        int last = unplaced.size() - 1;
        String sofar = unplaced.get(last);
        unplaced.set(last, sofar.endsWith("：") ? sofar + t : sofar + "；" + t);
    }

    private static void appendBefore(String text, String component, StringBuilder value, StringBuilder head,
                                     boolean skipping) {
        if (skipping || text.isBlank()) return;
        // "我方：丰晓、钮文" then "车灯模组项目，意向一般": a line that names nobody does not continue a field of people
        boolean people = component != null && PEOPLE.contains(component) && value.length() > 0 && !Contacts.onlyPeople(text.strip());
        if (component != null && !people) {
            if (value.length() > 0) value.append('\n');
            value.append(text.strip());
        } else {
            if (head.length() > 0) head.append('\n');
            head.append(text.strip());
        }
    }

    private static final java.util.Set<String> PEOPLE = java.util.Set.of("contacts", "ourPeople", "companions", "owner");

    /**
     * "我方 王晓东", "陪同 申志强、郭雅琴", "对接 郭文 董事长" on a line of their own: the name of a field of people, a space
     * for its colon, then names (the one met with a title) and nothing else.
     */
    private static FieldSynonyms.Found spacedPeople(ReportKind kind, String line) {
        FieldSynonyms.Found f = FieldSynonyms.at(kind, line, 0);
        if (f == null || !PEOPLE.contains(f.component()) || f.end() >= line.length() || line.charAt(f.end()) != ' ') return null;
        int p = f.end();
        while (p < line.length() && line.charAt(p) == ' ') p++;
        String rest = line.substring(p).strip();
        if (rest.isEmpty()) return null;
        // "对接 黎明轩 总经理", "对接 任晓峰 总经理 + 白雪梅 财务总监": the one met with a title, and nothing else
        boolean people = !PersonNames.list(rest).isEmpty() || f.component().equals("contacts") && Contacts.onlyPeople(rest);
        return people ? new FieldSynonyms.Found(f.component(), p) : null;
    }

    private static boolean isBoundary(char c) {
        return c == ' ' || InputText.isSeparator(c) || c == ')' || c == '）' || c == '】' || c == ']' || c == '.';
    }

    /**
     * End (after the colon) of an unknown field name of 1–8 Chinese characters at the line start, else 0.
     * @param atStart the kind's field name with its colon at the line's start, or null
     */
    private static int unknownNameEnd(String line, FieldSynonyms.Found atStart) {
        int p = 0;
        while (p < line.length() && p < 9 && InputText.isCjk(line.charAt(p))) p++;
        if (p == 0 || p > 8) return 0;
        int q = p;
        while (q < line.length() && line.charAt(q) == ' ') q++;
        if (q >= line.length() || !InputText.isColon(line.charAt(q))) return 0;
        if (atStart != null) return 0;
        return q + 1;
    }
}
