package zhaoshang.report;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * 100,000 random and mutated messages: no exception escapes {@link ReportParser#parse}, every outcome is either
 * "not a report" or well-formed items, and no single message makes the parser spin (catastrophic backtracking would).
 * The spin is caught on the CPU time of the parsing thread, not on the wall clock: a loaded machine stretches the
 * wall clock of a message but not the CPU it takes, and a bound a thousand times a message's usual cost still
 * catches an input that runs for seconds or forever. How fast the parser is belongs to ParserBenchmark.
 */
class ReportParserFuzzTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int MESSAGES = 100_000;
    /**
     * CPU a single message may take. A message usually takes well under a millisecond; the slowest of a run (a
     * short message that meets a lazily loaded part of the name recogniser) 200–430 ms. Catastrophic backtracking
     * takes seconds to hours.
     */
    private static final long CPU_LIMIT_MS = 5_000;
    private static final String[] ODDITIES = {"\u200b", "\u200f", "\u202e", "\ufeff", "\ufe0f", "😀", "👍🏽", "\ud83d",
            "\udc00", "\r\n", "\r", "\t", "\u3000", "\u2005", "\u0000", "\u00a0", "：", ":", "；", "，", "、", "【", "】",
            "（", "）", "@", "#", "1.", "2、", "（3）", "①", "亿", "万", "元", "月", "日", "号", "周", "上周", "下", "-", "至",
            "１", "Ａ", "—", "\n", " ", "走访", "签约", "考察", "线索", "外出计划", "外出总结", "企业：", "投资额：", "日期：",
            "今天", "明天", "2026-02-30", "99999999999亿", "一点五亿", "美元", "..", "//", "\\", "\"", "'", "{", "$"};
    private static final String ALPHABET = "走访拜访线索考察签约外出计划总结企业公司项目时间日期内容意向明确较强一般无拟投资额亿万元"
            + "今天昨天前天周二上下本星期月日号年0123456789.:/：，；、,;（）()【】[] \n@#-至到~高新区潞州区开工投产注册";

    private final ReportParser parser = new ReportParser(
            Clock.fixed(OffsetDateTime.parse("2026-11-22T10:00+08:00").toInstant(), SHANGHAI), SHANGHAI);

    @Test
    void randomAndMutatedMessagesNeverBreakTheParser() {
        List<String> corpus = ReportCorpus.load().stream().map(ReportCorpus::text).filter(t -> t != null && !t.isEmpty()).toList();
        // class loading and the name recogniser's dictionaries are the first messages' cost, not a slow input's
        for (String text : corpus) parser.parse(text);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threads.isCurrentThreadCpuTimeSupported();
        if (cpuClock && !threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
        Random random = new Random(20261122L);
        long slowestNanos = 0;
        String slowest = null;
        int reports = 0;
        for (int i = 0; i < MESSAGES; i++) {
            String message = switch (i % 4) {
                case 0 -> randomText(random);
                default -> mutate(corpus.get(random.nextInt(corpus.size())), corpus, random);
            };
            long start = cpuClock ? threads.getCurrentThreadCpuTime() : 0;
            ParseOutcome outcome;
            try {
                outcome = parser.parse(message);
            } catch (RuntimeException | StackOverflowError e) {
                fail("parse threw %s for message %d: %s", e, i, escape(message));
                return;
            }
            long took = cpuClock ? threads.getCurrentThreadCpuTime() - start : 0;
            if (took > slowestNanos) { slowestNanos = took; slowest = message; }
            assertThat(outcome).isNotNull();
            assertThat(outcome.items()).isNotNull();
            if (outcome.isReport()) reports++;
            for (ParsedItem item : outcome.items()) {
                try {
                    wellFormed(item, message);
                } catch (AssertionError e) {
                    throw new AssertionError("message " + i + ": " + escape(message) + "\n→ " + item + "\n" + e.getMessage(), e);
                }
            }
        }
        // the fuzz must really reach the parser's report paths, not only "not a report"
        assertThat(reports).as("messages read as reports").isGreaterThan(MESSAGES / 4);
        assertThat(slowestNanos / 1_000_000).as("CPU ms of the slowest message: %s", escape(slowest)).isLessThan(CPU_LIMIT_MS);
    }

    private static void wellFormed(ParsedItem item, String message) {
        assertThat(item.kind()).isNotNull();
        if (item instanceof ParsedItem.Invalid invalid) {
            assertThat(invalid.problems()).as(escape(message)).isNotEmpty();
            for (Problem p : invalid.problems()) {
                assertThat(p.field()).isNotBlank();
                assertThat(p.message()).isNotBlank();
            }
        } else {
            Report r = ((ParsedItem.Ok) item).report();
            assertThat(r.kind()).isEqualTo(item.kind());
            if (r instanceof VisitReport v) {
                assertThat(v.enterprise()).isNotBlank();
                assertThat(v.content()).isNotBlank();
                assertThat(v.date()).as(escape(message)).isBeforeOrEqualTo(TODAY);
            }
            if (r instanceof SigningReport s) {
                assertThat(s.amountYuan()).isNotNull().isNotNegative();
                assertThat(s.date()).isBeforeOrEqualTo(TODAY);
                assertThat(s.progress()).isIn("签约", "注册", "开工", "投产");
            }
            if (r instanceof TripPlanReport t) {
                assertThat(t.returnDate()).isAfterOrEqualTo(t.departDate());
            }
        }
    }

    private static String randomText(Random random) {
        int length = random.nextInt(20) == 0 ? random.nextInt(12_000) : random.nextInt(120);
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 6) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            else if (pick < 8) b.append(ODDITIES[random.nextInt(ODDITIES.length)]);
            else b.append((char) random.nextInt(0x10000));
        }
        return b.toString();
    }

    private static String mutate(String text, List<String> corpus, Random random) {
        StringBuilder b = new StringBuilder(text);
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds && b.length() > 0; r++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(7)) {
                case 0 -> b.setLength(at); // cut
                case 1 -> b.insert(at, b.substring(at, Math.min(b.length(), at + random.nextInt(40)))); // duplicate
                case 2 -> { // swap two chars
                    int other = random.nextInt(b.length());
                    char c = b.charAt(at);
                    b.setCharAt(at, b.charAt(other));
                    b.setCharAt(other, c);
                }
                case 3 -> b.insert(at, ODDITIES[random.nextInt(ODDITIES.length)]);
                case 4 -> b.deleteCharAt(at);
                case 5 -> b.insert(at, corpus.get(random.nextInt(corpus.size()))); // splice another message in
                default -> b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    private static String escape(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder();
        for (char c : s.substring(0, Math.min(s.length(), 300)).toCharArray()) {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || (c >= 0x2000 && c <= 0x206f) || c == 0xfeff) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
