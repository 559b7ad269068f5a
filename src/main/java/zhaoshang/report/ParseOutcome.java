package zhaoshang.report;

import java.util.List;

/** What a chat message held. No items means the message is not a report (the bot then tries commands). */
public record ParseOutcome(List<ParsedItem> items) {
    public ParseOutcome {
        items = List.copyOf(items);
    }

    public static ParseOutcome notAReport() { return new ParseOutcome(List.of()); }

    public boolean isReport() { return !items.isEmpty(); }
}
