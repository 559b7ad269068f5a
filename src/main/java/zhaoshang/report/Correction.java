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
}
