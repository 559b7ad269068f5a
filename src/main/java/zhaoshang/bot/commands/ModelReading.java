package zhaoshang.bot.commands;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zhaoshang.report.ExtractedReport;
import zhaoshang.report.Extraction;
import zhaoshang.report.FieldLabels;
import zhaoshang.report.OrganisationName;
import zhaoshang.report.Report;
import zhaoshang.report.ReportExtractor;
import zhaoshang.report.ReportKind;

/**
 * The optional language model's part in reading a report (BOT_LLM_*; {@link ReportExtractor#NONE} when off). It is
 * asked only when the rules read nothing or are unsure and the message names an organisation; what it says has
 * passed {@link zhaoshang.report.ClaimCheck} in the extractor, and it never becomes a record without the member's
 * answer: a field that failed its check is asked for, the rest is shown for "对". A timeout or failure gives nothing
 * (the rules' reading stands).
 */
final class ModelReading {

    private final ReportExtractor extractor;

    ModelReading(ReportExtractor extractor) {
        this.extractor = extractor;
    }

    boolean enabled() {
        return extractor != ReportExtractor.NONE;
    }

    /** The model's reading of a message the rules did not read as a report, when it names an organisation. */
    Optional<ExtractedReport> readNothing(String text, LocalDate today) {
        if (!enabled() || !OrganisationName.mentionedIn(text)) return Optional.empty();
        return extractor.extract(text, today).map(Extraction::reports).filter(r -> !r.isEmpty()).map(r -> r.get(0));
    }

    /** The model's reading of the same kind, to fill what the rules left empty; empty when none or off. */
    Optional<ExtractedReport> sameKind(String text, LocalDate today, ReportKind kind, List<ExtractedReport> cache) {
        if (!enabled()) return Optional.empty();
        if (cache.isEmpty()) extractor.extract(text, today).ifPresent(e -> cache.addAll(e.reports()));
        return cache.stream().filter(r -> r.report().kind() == kind).findFirst();
    }

    /** The rules' report with its empty fields taken from the model's report of the same kind. */
    static Report fill(Report rules, Report model) {
        if (model == null || model.kind() != rules.kind()) return rules;
        RecordComponent[] components = rules.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Object mine = components[i].getAccessor().invoke(rules);
                boolean empty = mine == null || (mine instanceof List<?> l && l.isEmpty());
                args[i] = empty ? components[i].getAccessor().invoke(model) : mine;
            }
            return rules.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record component of a doubtful field's label ("企业名称" → "enterprise"), or null. */
    static String component(ReportKind kind, String label) {
        for (Map.Entry<String, String> e : FieldLabels.of(kind).entrySet()) {
            if (e.getValue().equals(label)) return e.getKey();
        }
        return null;
    }
}
