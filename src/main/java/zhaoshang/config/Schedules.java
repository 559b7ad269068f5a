package zhaoshang.config;

import java.time.LocalTime;
import java.util.Map;

/**
 * Reminder times and rules. {@code rules} maps a rule key (e.g. "dailyVisitCheck") to its settings
 * (time → LocalTime; numbers → Integer; everything else as text).
 */
public record Schedules(LocalTime quietFrom, LocalTime quietTo, Map<String, Map<String, Object>> rules) {
    public Schedules {
        rules = Map.copyOf(rules);
    }

    public LocalTime time(String rule, LocalTime fallback) {
        Object v = rules.getOrDefault(rule, Map.of()).get("time");
        return v instanceof LocalTime t ? t : fallback;
    }

    public int number(String rule, String key, int fallback) {
        Object v = rules.getOrDefault(rule, Map.of()).get(key);
        return v instanceof Integer i ? i : fallback;
    }

    public boolean enabled(String rule) {
        Object v = rules.getOrDefault(rule, Map.of()).get("enabled");
        return !(v instanceof Boolean b) || b;
    }
}
