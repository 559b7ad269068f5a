package zhaoshang.outbox;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The outbox's times as stored ({@link Instant#toString}: {@code 2026-12-01T09:47:55.421Z}) read back. Every claim of a
 * message reads its row's times, and {@link Instant#parse} (a {@code DateTimeFormatter} that resolves field by field)
 * was 15% of the sending threads' samples in {@code bench.SenderBenchmark} (JFR); that one form is read here directly,
 * anything else (another year range, an offset, a leap second, text that is no time) by {@link Instant#parse}, which
 * gives the same instant or the same exception.
 */
final class InstantText {

    private InstantText() { }

    static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z' || (n > 20 && (s.charAt(19) != '.' || n == 21))) {
            return Instant.parse(s);
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int fraction = n > 20 ? digits(s, 20, n - 1) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || fraction < 0) {
            return Instant.parse(s);
        }
        for (int i = n; i < 30; i++) fraction *= 10; // n - 21 digits given of nine
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second, fraction);
    }

    /** The decimal number in {@code s[from, to)}, or -1 when a character there is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
