package zhaoshang.progress;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PeriodParser} made of a text: either a period or a Chinese error message for the user
 * (exactly one is present), and the rest of the text once the period expression was cut out
 * (for {@link PeriodParser#find}, e.g. "第二工作组" from "第二工作组 10月").
 */
public record PeriodParse(Optional<Period> period, Optional<String> error, String rest) {

    public PeriodParse {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(rest, "rest");
        if (period.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("exactly one of period and error must be present");
        }
    }

    public static PeriodParse of(Period period, String rest) {
        return new PeriodParse(Optional.of(period), Optional.empty(), rest);
    }

    public static PeriodParse failure(String error, String rest) {
        return new PeriodParse(Optional.empty(), Optional.of(error), rest);
    }

    public boolean isValid() {
        return period.isPresent();
    }
}
