package zhaoshang.report;

import java.util.List;
import java.util.Map;

/**
 * The fields of a 更正 command, read with the same synonyms and value rules as reports.
 *
 * @param values   new values keyed by record component name (e.g. "intent" → "明确", "amountYuan" → 200000000L,
 *                 "date" → LocalDate); insertion order is the order written
 * @param problems what could not be read; when not empty the correction must not be applied
 */
public record Correction(Map<String, Object> values, List<Problem> problems) {
    public Correction {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    public boolean isValid() { return problems.isEmpty() && !values.isEmpty(); }

    /** The report with these values put in (a pending draft completed by the member's answer). */
    public Report applyTo(Report report) {
        java.lang.reflect.RecordComponent[] components = report.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                types[i] = components[i].getType();
                args[i] = values.containsKey(name) ? values.get(name) : components[i].getAccessor().invoke(report);
                if (args[i] != null && !types[i].isInstance(args[i])) args[i] = components[i].getAccessor().invoke(report);
            }
            return report.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot apply a correction to " + report.kind(), e);
        }
    }
}
