package zhaoshang.bot.commands;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import zhaoshang.chat.Block;
import zhaoshang.chat.Span;
import zhaoshang.report.FieldLabels;
import zhaoshang.report.Money;
import zhaoshang.report.Report;
import zhaoshang.report.TripPlanReport;

/** How a record's fields read in a chat answer: Chinese labels, amounts in 万元, dates as yyyy-MM-dd. */
final class RecordView {

    private RecordView() { }

    /** "企业名称：…\n走访日期：…" for every field that has a value, in the record's order. */
    static String fields(Report report) {
        return fieldBlocks(report).stream().map(f -> f.label() + "：" + Span.text(f.value()))
                .collect(Collectors.joining("\n"));
    }

    /** The record's fields as key/value rows kept together. */
    static Block.Group fieldGroup(Report report) {
        return new Block.Group(List.copyOf(fieldBlocks(report)));
    }

    /** One key/value row for every field that has a value, in the record's order. */
    static List<Block.Field> fieldBlocks(Report report) {
        Map<String, String> labels = FieldLabels.of(report.kind());
        List<Block.Field> lines = new ArrayList<>();
        for (RecordComponent c : report.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(report);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String text = value(c.getName(), v);
            if (text == null || text.isBlank()) continue;
            String label = labels.getOrDefault(c.getName(), c.getName());
            lines.add(new Block.Field(label, List.of(Span.plain(text))));
        }
        return lines;
    }

    /** The value of one record component ("enterprise"), or null when empty or not a component of the report. */
    static Object valueOf(Report report, String component) {
        for (RecordComponent c : report.getClass().getRecordComponents()) {
            if (!c.getName().equals(component)) continue;
            try {
                return c.getAccessor().invoke(report);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    /** One value as people read it. */
    static String value(String component, Object v) {
        if (v == null) return null;
        if (v instanceof Long l && component.toLowerCase().contains("yuan")) return Money.formatWan(l);
        if (v instanceof LocalDate d) return d.toString();
        if (v instanceof List<?> list) {
            if (list.isEmpty()) return null;
            return list.stream().map(o -> o instanceof TripPlanReport.PlannedVisit p
                    ? p.enterprise() + (p.date() == null ? "" : "（" + p.date().getMonthValue() + "/" + p.date().getDayOfMonth() + "）")
                    : String.valueOf(o)).collect(Collectors.joining("、"));
        }
        return String.valueOf(v);
    }

    /** A short one-line summary for lists: the enterprise/project/destination and the date. */
    static String summary(Report r) {
        if (r instanceof zhaoshang.report.VisitReport v) return v.date() + " " + v.enterprise();
        if (r instanceof zhaoshang.report.LeadReport l) return l.enterprise() + (l.project() == null ? "" : " · " + l.project());
        if (r instanceof zhaoshang.report.InspectionReport i) return i.date() + " " + i.enterprise();
        if (r instanceof zhaoshang.report.SigningReport s) {
            return s.project() + " · " + s.enterprise() + (s.amountYuan() == null ? "" : " · " + Money.formatWan(s.amountYuan()));
        }
        if (r instanceof TripPlanReport t) return t.departDate() + "—" + t.returnDate() + " " + t.destination();
        zhaoshang.report.TripSummaryReport s = (zhaoshang.report.TripSummaryReport) r;
        return s.trip() == null ? "外出总结" : s.trip();
    }
}
