package zhaoshang.report;

import java.time.LocalDate;
import java.util.Optional;

/** The optional language-model reader for what the rules cannot read with confidence. */
public interface ReportExtractor {
    ReportExtractor NONE = (text, today) -> Optional.empty();

    /** Empty when not configured, on timeout or failure; never throws. */
    Optional<Extraction> extract(String text, LocalDate today);
}
