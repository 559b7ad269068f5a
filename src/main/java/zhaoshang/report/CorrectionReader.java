package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static zhaoshang.report.ChineseDates.Resolution.NEAREST;
import static zhaoshang.report.ChineseDates.Resolution.PAST;

/**
 * Reads the field part of "更正 #V-0042 投资意向：明确；拟投资额：2亿" with the kind's field names and value rules.
 * Every "名称：" must be a known field name of the kind; "投资意向 明确" (a space instead of the colon) is accepted
 * when the whole text is one field. An empty value clears an optional field; required fields cannot be cleared.
 */
final class CorrectionReader {

    private CorrectionReader() { }

    static Correction read(ReportKind kind, List<String> lines, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        for (String line : lines) unknownNames(kind, line, problems);
        FieldScanner.Scan scan = FieldScanner.scan(kind, lines);
        Map<String, String> raw = new LinkedHashMap<>();
        for (FieldScanner.RawField f : scan.fields()) raw.put(f.component(), f.value());
        if (raw.isEmpty() && !scan.head().isEmpty()) {
            String head = scan.head();
            int space = head.indexOf(' ');
            String component = space > 0 ? FieldSynonyms.component(kind, head.substring(0, space)) : null;
            if (component != null) raw.put(component, InputText.value(head.substring(space + 1)));
        } else if (!scan.head().isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("字段", "“" + scan.head() + "”前面没有字段名，请写成“字段：新值”"));
        }
        if (raw.isEmpty()) {
            if (problems.isEmpty()) problems.add(ProblemMessages.nothingToCorrect());
            return new Correction(Map.of(), problems);
        }
        FieldReader f = new FieldReader(kind, raw, today);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String component : raw.keySet()) {
            if (raw.get(component) == null) {
                if (isRequired(kind, component)) f.problem(ProblemMessages.cannotClear(FieldLabels.label(kind, component)));
                else values.put(component, null);
                continue;
            }
            readValue(kind, component, f, values, today);
        }
        problems.addAll(f.problems());
        if (kind == ReportKind.TRIP_PLAN && values.get("departDate") instanceof LocalDate d
                && values.get("returnDate") instanceof LocalDate r && r.isBefore(d)) {
            problems.add(ProblemMessages.returnBeforeDepart(d, r));
        }
        return new Correction(problems.isEmpty() ? values : Map.of(), problems);
    }

    private static void readValue(ReportKind kind, String component, FieldReader f, Map<String, Object> values, LocalDate today) {
        switch (component) {
            case "amountYuan" -> values.put(component, f.amount(component));
            case "intent", "result" -> values.put(component, f.intent(component));
            case "progress" -> values.put(component, f.progress(component));
            case "enterprise", "project" -> values.put(component, f.name(component));
            case "contacts" -> values.put(component, Contacts.labelled(f.text(component)));
            case "date" -> {
                boolean planned = kind == ReportKind.INSPECTION;
                boolean pastOnly = kind == ReportKind.VISIT || kind == ReportKind.SIGNING;
                values.put(component, f.date(component, planned ? NEAREST : PAST, pastOnly));
            }
            case "departDate", "returnDate" -> values.put(component, f.date(component, NEAREST, false));
            case FieldSynonyms.TRIP_DATES -> {
                ChineseDates.Range r = f.range(component, NEAREST);
                if (r != null) { values.put("departDate", r.start()); values.put("returnDate", r.end()); }
            }
            case "plannedVisits" -> values.put(component, f.plannedVisits(component, null));
            case "trip" -> {
                String trip = f.text(component);
                values.put(component, trip);
                ChineseDates.parseRange(trip, today, NEAREST).ifPresent(r -> {
                    values.put("departDate", r.start());
                    values.put("returnDate", r.end());
                });
            }
            default -> values.put(component, f.text(component));
        }
    }

    private static boolean isRequired(ReportKind kind, String component) {
        return switch (kind) {
            case VISIT -> component.equals("enterprise") || component.equals("content") || component.equals("date");
            case LEAD -> component.equals("enterprise") || component.equals("date");
            case INSPECTION -> component.equals("enterprise") || component.equals("date");
            case SIGNING -> component.equals("project") || component.equals("enterprise") || component.equals("amountYuan")
                    || component.equals("date") || component.equals("progress");
            case TRIP_PLAN -> component.equals("destination") || component.equals("departDate") || component.equals("returnDate")
                    || component.equals(FieldSynonyms.TRIP_DATES);
            case TRIP_SUMMARY -> component.equals("visits");
        };
    }

    /** "备注：…" (1–8 Chinese characters and a colon, at a line start or after a separator) that is no field name. */
    private static void unknownNames(ReportKind kind, String line, List<Problem> problems) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && !(line.charAt(i - 1) == ' ' || InputText.isSeparator(line.charAt(i - 1)))) continue;
            if (!InputText.isCjk(line.charAt(i))) continue;
            int p = i;
            while (p < n && p - i < 9 && InputText.isCjk(line.charAt(p))) p++;
            if (p - i > 8) continue;
            int q = p;
            while (q < n && line.charAt(q) == ' ') q++;
            if (q >= n || !InputText.isColon(line.charAt(q))) continue;
            if (FieldSynonyms.colonLabelAt(kind, line, i) == null) {
                problems.add(ProblemMessages.unknownField(line.substring(i, p)));
            }
            i = q;
        }
    }
}
