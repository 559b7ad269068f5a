package zhaoshang.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class InstantTextTest {

    @Test
    void readsWhatInstantToStringWroteAsInstantParseDoes() {
        Random random = new Random(17);
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long second = from + (long) (random.nextDouble() * (to - from));
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(second, nano);
            String text = t.toString();
            assertEquals(Instant.parse(text), InstantText.parse(text), text);
        }
    }

    @Test
    void otherFormsAndMistakesAsInstantParse() {
        for (String s : List.of("2026-12-01T09:47:55Z", "2026-12-01T09:47:55.4Z", "2026-12-01T09:47:55.123456789Z",
                "2024-02-29T23:59:59.999Z", "+10000-01-01T00:00:00Z", "2026-12-01T09:47:55+08:00",
                "2026-12-01t09:47:55z", "2016-12-31T23:59:60Z", "-0001-01-01T00:00:00Z", "2026-12-01T24:00:00Z",
                "2026-12-01T09:47:55.Z", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-01T25:00:00Z",
                "2026-12-01T09:47:55.1234567891Z", "2026-1a-01T00:00:00Z", "", "2026-12-01T09:47:5xZ",
                "2026-04-31T00:00:00Z", "2026-12-01T09:60:00Z")) {
            assertEquals(outcome(() -> Instant.parse(s)), outcome(() -> InstantText.parse(s)), s);
        }
    }

    /** The instant, or the exception's class. */
    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (DateTimeException e) {
            return e.getClass();
        }
    }
}
