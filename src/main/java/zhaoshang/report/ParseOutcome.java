package zhaoshang.report;

import java.util.List;

/** What a chat message held. No items means the message is not a report (the bot then tries commands). */
public record ParseOutcome(List<ParsedItem> items) {
    public ParseOutcome {
        items = List.copyOf(items);
    }

    public static ParseOutcome notAReport() { return new ParseOutcome(List.of()); }

    public boolean isReport() { return !items.isEmpty(); }

    /**
     * A report whose every record has a kind only guessed because no word of the message names one (an organisation
     * named, nothing about 走访/线索/考察/签约): while a draft waits, such a message is its answer rather than a new
     * report ("企业：山西潞安化工集团有限公司").
     */
    public boolean kindNamedNowhere() {
        if (items.isEmpty()) return false;
        for (ParsedItem item : items) {
            if (item.doubts().stream().noneMatch(Doubt::kindUnknown)) return false;
        }
        return true;
    }
}
