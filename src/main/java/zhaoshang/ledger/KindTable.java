package zhaoshang.ledger;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zhaoshang.report.InspectionReport;
import zhaoshang.report.LeadReport;
import zhaoshang.report.Report;
import zhaoshang.report.ReportKind;
import zhaoshang.report.SigningReport;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.TripSummaryReport;
import zhaoshang.report.VisitReport;

/**
 * How each kind of report is laid out in its table: table name, the date columns a period query uses, the
 * required fields, and the mapping of record components to columns (component {@code amountYuan} → column
 * {@code amount_yuan}). Component values are String, LocalDate (stored as yyyy-MM-dd), Long (INTEGER 元);
 * {@code TripPlanReport.plannedVisits} lives in {@code trip_plan_visit}.
 */
enum KindTable {
    VISIT(ReportKind.VISIT, "visit", VisitReport.class, "date", "date", List.of("date", "enterprise", "content"), ""),
    LEAD(ReportKind.LEAD, "lead", LeadReport.class, "date", "date", List.of("date", "enterprise", "stage"),
            ", (SELECT v.number FROM visit v WHERE v.id = t.visit_id) AS visit_number"
                    + ", (SELECT s.number FROM signing s WHERE s.id = t.signing_id) AS signing_number"),
    INSPECTION(ReportKind.INSPECTION, "inspection", InspectionReport.class, "date", "date",
            List.of("enterprise", "date"), ""),
    SIGNING(ReportKind.SIGNING, "signing", SigningReport.class, "date", "date",
            List.of("project", "enterprise", "date", "amountYuan", "progress"),
            ", (SELECT l.number FROM lead l WHERE l.id = t.lead_id) AS lead_number"),
    TRIP_PLAN(ReportKind.TRIP_PLAN, "trip_plan", TripPlanReport.class, "depart_date", "return_date",
            List.of("destination", "departDate", "returnDate"), ""),
    TRIP_SUMMARY(ReportKind.TRIP_SUMMARY, "trip_summary", TripSummaryReport.class, "period_from", "period_to",
            List.of("visits"), "");

    /** Component of TripPlanReport kept in its own table. */
    static final String PLANNED_VISITS = "plannedVisits";

    /** Chinese field names for messages. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("date", "日期"), Map.entry("enterprise", "企业名称"), Map.entry("enterpriseInfo", "企业基本情况"),
            Map.entry("region", "所在地区"), Map.entry("industry", "产业方向"), Map.entry("contacts", "对接人员"),
            Map.entry("ourPeople", "我方人员"), Map.entry("content", "洽谈内容"), Map.entry("intent", "投资意向"),
            Map.entry("amountYuan", "投资额"), Map.entry("followUp", "后续建议"), Map.entry("project", "项目名称"),
            Map.entry("area", "区域"), Map.entry("owner", "责任人"), Map.entry("source", "线索来源"),
            Map.entry("stage", "当前阶段"), Map.entry("nextStep", "下步计划"), Map.entry("visitors", "来访人员"),
            Map.entry("companions", "陪同人员"), Map.entry("itinerary", "考察内容"), Map.entry("result", "结果/意向"),
            Map.entry("progress", "项目进度"), Map.entry("issues", "存在问题"), Map.entry("destination", "目的地"),
            Map.entry("departDate", "出发日期"), Map.entry("returnDate", "返回日期"),
            Map.entry("plannedVisits", "拟拜访企业"), Map.entry("partners", "对接依托单位"), Map.entry("division", "人员分工"),
            Map.entry("route", "行程路线"), Map.entry("trip", "行程"), Map.entry("visits", "走访情况"),
            Map.entry("projects", "意向项目"), Map.entry("experience", "经验做法"), Map.entry("problems", "存在问题"),
            Map.entry("suggestions", "改进建议"), Map.entry("remark", "备注"));

    final ReportKind kind;
    final String table;
    final Class<? extends Report> type;
    /** Columns a period [from, to] is matched against: a record counts when toColumn ≥ from and fromColumn ≤ to. */
    final String fromColumn;
    final String toColumn;
    final List<String> required;
    /** Extra select expressions giving the numbers of linked records. */
    final String linkSelect;
    private final RecordComponent[] components;
    /** The column of each component, in component order (computed once: rows are rebuilt by the thousand). */
    private final String[] columnNames;
    private final Constructor<? extends Report> constructor;

    KindTable(ReportKind kind, String table, Class<? extends Report> type, String fromColumn, String toColumn,
              List<String> required, String linkSelect) {
        this.kind = kind;
        this.table = table;
        this.type = type;
        this.fromColumn = fromColumn;
        this.toColumn = toColumn;
        this.required = required;
        this.linkSelect = linkSelect;
        this.components = type.getRecordComponents();
        this.columnNames = Arrays.stream(components).map(c -> column(c.getName())).toArray(String[]::new);
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    static KindTable of(ReportKind kind) {
        return valueOf(kind.name());
    }

    static KindTable of(Report report) {
        return of(report.kind());
    }

    static String label(String component) {
        return LABELS.getOrDefault(component, component);
    }

    /** camelCase component → snake_case column. */
    static String column(String component) {
        StringBuilder b = new StringBuilder();
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) b.append('_').append(Character.toLowerCase(c));
            else b.append(c);
        }
        return b.toString();
    }

    Optional<RecordComponent> component(String name) {
        return Arrays.stream(components).filter(c -> c.getName().equals(name)).findFirst();
    }

    List<String> componentNames() {
        return Arrays.stream(components).map(RecordComponent::getName).toList();
    }

    Object value(Report report, String component) {
        try {
            return component(component).orElseThrow().getAccessor().invoke(report);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Component values by name, in declaration order. */
    Map<String, Object> values(Report report) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : components) values.put(c.getName(), value(report, c.getName()));
        return values;
    }

    /** A report of this kind from component values by name (missing names are null). */
    Report report(Map<String, Object> values) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) args[i] = values.get(components[i].getName());
        return construct(args);
    }

    private Report construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Column values to store for a report (all components but planned visits): String, Long or yyyy-MM-dd. */
    Map<String, Object> columns(Report report) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            if (c.getName().equals(PLANNED_VISITS)) continue;
            Object v = value(report, c.getName());
            columns.put(column(c.getName()), v instanceof LocalDate d ? d.toString() : v);
        }
        return columns;
    }

    /** Rebuilds the report from its row (planned visits given separately). */
    Report report(Row row, List<TripPlanReport.PlannedVisit> plannedVisits) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Class<?> t = c.getType();
            if (c.getName().equals(PLANNED_VISITS)) args[i] = plannedVisits;
            else if (t == LocalDate.class) args[i] = row.date(columnNames[i]);
            else if (t == Long.class) args[i] = row.whole(columnNames[i]);
            else args[i] = row.text(columnNames[i]);
        }
        return construct(args);
    }

    /** Names of required components that are null or blank in a report, with the lead's "project or amount". */
    List<String> missing(Report report) {
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            Object v = value(report, name);
            if (v == null || (v instanceof String s && s.isBlank())) missing.add(name);
        }
        if (this == LEAD) {
            LeadReport lead = (LeadReport) report;
            if ((lead.project() == null || lead.project().isBlank()) && lead.amountYuan() == null) {
                missing.add("project");
            }
        }
        return missing;
    }
}
