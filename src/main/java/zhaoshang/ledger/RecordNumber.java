package zhaoshang.ledger;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.report.ReportKind;

/**
 * The visible number of a record: kind prefix and per-kind sequence, shown as {@code #V-0042}
 * (4 digits, more when the sequence passes 9999).
 */
public record RecordNumber(ReportKind kind, long seq) {

    private static final Pattern FORM = Pattern.compile("#?\\s*([A-Za-z])\\s*[-_–—]?\\s*(\\d{1,15})");

    public RecordNumber {
        Objects.requireNonNull(kind, "kind");
        if (seq < 1) throw new IllegalArgumentException("seq must be positive: " + seq);
    }

    /**
     * Reads the forms people type: "#V-0042", "V-42", "v42", "#v 42", full-width "＃Ｖ－００４２".
     * Empty when the text is not a record number.
     */
    public static Optional<RecordNumber> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = FORM.matcher(EnterpriseName.foldWidth(text).strip());
        if (!m.matches()) return Optional.empty();
        ReportKind kind = ReportKind.byPrefix(m.group(1));
        long seq = Long.parseLong(m.group(2));
        if (kind == null || seq < 1) return Optional.empty();
        return Optional.of(new RecordNumber(kind, seq));
    }

    /** "#V-0042". */
    @Override
    public String toString() {
        // by hand: String.format was 4% of the inbound worker's time (a Formatter and a locale look-up per number)
        String digits = Long.toString(seq);
        StringBuilder b = new StringBuilder(3 + Math.max(4, digits.length())).append('#').append(kind.prefix()).append('-');
        for (int i = digits.length(); i < 4; i++) b.append('0');
        return b.append(digits).toString();
    }
}
