package zhaoshang.ledger;

/** One field changed by {@link Ledger#correct}: component name, old and new value (String, LocalDate, Long or List). */
public record Change(String field, Object oldValue, Object newValue) { }
