package zhaoshang.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sender-and-time lines of a chat record pasted into a message ("张三 2026-12-01 18:32", "李四 12-01 09:05",
 * "王五 昨天 18:32", "[2026/12/1 18:32] 张三"), as DingTalk and WeChat copy them: each opens the words posted at that
 * moment, which are read as of that day (今天 there is the day of the stamp, not the day the record is passed on).
 */
final class ChatStamps {

    /** Words posted at a moment: the text under one stamp and when it was posted. */
    record Posted(LocalDateTime at, String text) { }

    private static final String NAME = "[\\u4e00-\\u9fffA-Za-z][\\u4e00-\\u9fffA-Za-z0-9_·.\\-]{0,11}(?:[（(][^）)\\n]{1,16}[）)])?";
    private static final String DATE = "(?:[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?|[0-9]{1,2}[-/月][0-9]{1,2}日?|昨天|前天|今天)";
    private static final String TIME = "[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?";
    private static final Pattern STAMP = Patterns.compile(
            // "[微信转发] 宋志芳 12月9日 08:15": a tag the app puts before the first stamp
            "^[ \\t]*(?:[\\[【][\\u4e00-\\u9fff]{2,6}[\\]】][ \\t]*)?(?:(" + NAME + ")[ \\t]+(" + DATE + ")[ \\t]+(" + TIME + ")"
            + "|[\\[【]?(" + DATE + ")[ \\t]+(" + TIME + ")[\\]】]?[ \\t]+(" + NAME + "))[ \\t]*[:：]?[ \\t]*$");

    /** "[2026/12/1 18:32] 赵磊：今天下午走访了X": a stamp in brackets, its sender and the words posted on the same line. */
    private static final Pattern STAMP_INLINE = Patterns.compile(
            "^[ \\t]*[\\[【](" + DATE + ")[ \\t]+(" + TIME + ")[\\]】][ \\t]*(" + NAME + ")[ \\t]*[:：][ \\t]*(\\S.*)$");

    private ChatStamps() { }

    /**
     * The message cut at its stamp lines, each part with the moment it was posted; null when the message holds no
     * stamp line with a day, or a stamp later than {@code now}.
     */
    static List<Posted> read(String text, LocalDateTime now) {
        if (text == null || text.indexOf(':') < 0) return null;
        String[] lines = text.split("\n", -1);
        List<Posted> out = new ArrayList<>();
        LocalDateTime at = null;
        StringBuilder part = new StringBuilder();
        for (String line : lines) {
            LocalDateTime stamp = line.length() <= 48 && line.indexOf(':') >= 0 ? stamp(line, now) : null;
            String posted = null;
            if (stamp == null && line.indexOf(':') >= 0 && line.indexOf(']') + line.indexOf('】') > -2) {
                Matcher inline = STAMP_INLINE.matcher(line);
                if (inline.matches()) {
                    stamp = stamp(inline.group(1) + " " + inline.group(2) + " " + inline.group(3), now);
                    posted = inline.group(4);
                }
            }
            if (stamp == null) {
                part.append(line).append('\n');
                continue;
            }
            if (stamp.isAfter(now)) return null;
            if (at != null || !part.toString().isBlank()) out.add(new Posted(at == null ? now : at, part.toString().strip()));
            at = stamp;
            part.setLength(0);
            if (posted != null) part.append(posted).append('\n');
        }
        if (at == null) return null;
        out.add(new Posted(at, part.toString().strip()));
        out.removeIf(p -> p.text().isEmpty());
        return out.isEmpty() ? null : out;
    }

    private static LocalDateTime stamp(String line, LocalDateTime now) {
        Matcher m = STAMP.matcher(line);
        if (!m.matches()) return null;
        String name = m.group(1) != null ? m.group(1) : m.group(6);
        // "日期 2026-12-01 18:32", "时间 …": a labelled field of a report, not a sender
        if (name.startsWith("日期") || name.startsWith("时间") || name.startsWith("走访") || name.startsWith("考察")) return null;
        String date = m.group(2) != null ? m.group(2) : m.group(4);
        String time = m.group(3) != null ? m.group(3) : m.group(5);
        // "12-01": a month and day as chat records write them
        if (date.length() <= 5 && date.indexOf('-') > 0) date = date.replace('-', '/');
        LocalDate today = now.toLocalDate();
        LocalDate day = ChineseDates.parse(date, today, ChineseDates.Resolution.PAST).orElse(null);
        if (day == null) return null;
        String[] hm = time.split(":");
        int h = Integer.parseInt(hm[0]);
        int min = Integer.parseInt(hm[1]);
        if (h > 23 || min > 59) return null;
        return LocalDateTime.of(day, LocalTime.of(h, min));
    }
}
