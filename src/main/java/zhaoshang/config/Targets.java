package zhaoshang.config;

import java.util.List;
import java.util.Optional;

/**
 * All targets per team, and the amount at which a signed project counts as 亿元以上.
 */
public record Targets(List<Target> list, long landedThresholdYuan) {
    public Targets {
        list = List.copyOf(list);
    }

    public Optional<Target> get(String key) {
        return list.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
