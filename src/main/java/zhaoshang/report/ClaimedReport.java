package zhaoshang.report;

import java.util.Map;

/**
 * One record as a language model claims to have read it from a message, before any check: the kind as it wrote
 * it ("VISIT", "走访"), its field values keyed by record component ("enterprise", "amountYuan", a date as
 * yyyy-MM-dd, lists joined by "、"), and the words of the message it cites for a date, an amount or an intent
 * ("今天", "2亿元", "意向较强"). {@link ClaimCheck} decides what of it is believed.
 */
public record ClaimedReport(String kind, Map<String, String> fields, Map<String, String> evidence) {
    public ClaimedReport {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }
}
