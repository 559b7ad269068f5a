package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several reports numbered inside one terse line: "线索两条 1.沪电股份 高端PCB项目 4亿 潞州区 崔亮跟 2.长电 先进封装二期项目 5亿
 * 高新区 小李跟", "今天两家 1.万华化学 孙总 意向较强 投3亿 2.东方电热 刘总 意向一般". The line is cut into its heading and
 * one line per item, as if typed on lines of their own. Under a heading naming no kind but a day (and how many), items
 * that each read as a terse visit (the enterprise, the one met, how the talk went) are visits: the heading says so.
 */
final class TerseList {

    /** "1.万华化学", " 2.东方电热", "2、长电": a number 1–9 with its mark before Chinese words, a pause before it. */
    private static final Pattern ITEM = Patterns.compile("(?:^|(?<=[ \\u3000]))([1-9])[.、．](?=\\p{IsHan})");
    /** "两家", "2家", "三条": how many, the rest of a heading that names a day. */
    private static final Pattern COUNT = Patterns.compile("^(?:走了|见了|跑了)?[0-9一二两三四五六七八九十]{1,2}(?:家|个)(?:企业)?$");

    private TerseList() { }

    /** The lines with a one-line numbered list cut into its items; the lines themselves when there is none. */
    static List<String> split(List<String> lines, LocalDate today) {
        if (lines.size() != 1) return lines;
        String s = lines.get(0).strip();
        if (s.length() > 200 || s.indexOf(' ') < 0 || s.indexOf('2') < 0) return lines;
        Matcher m = ITEM.matcher(s);
        List<Integer> starts = new ArrayList<>();
        int expected = 1;
        while (m.find()) {
            if (m.group(1).charAt(0) - '0' != expected) continue;
            starts.add(m.start());
            expected++;
        }
        if (starts.size() < 2) return lines;
        List<String> out = new ArrayList<>();
        String heading = s.substring(0, starts.get(0)).strip();
        for (int k = 0; k < starts.size(); k++) {
            out.add(s.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : s.length()).strip());
        }
        if (!heading.isEmpty()) out.add(0, visitHeading(heading, out, today));
        return out;
    }

    /**
     * "今天两家" over items that each read as a terse visit: "今天走访两家". Any other heading as written.
     */
    private static String visitHeading(String heading, List<String> items, LocalDate today) {
        if (ReportKinds.firstIn(heading).isPresent() || ProseCues.of(heading) != null) return heading;
        ProseDates.Found f = ProseDates.find(ProseDates.arabic(heading), today, false);
        if (f == null || f.at() != 0) return heading;
        String rest = ProseDates.arabic(heading).substring(f.written().length()).strip();
        if (!rest.isEmpty() && !COUNT.matcher(rest).matches()) return heading;
        for (String item : items) {
            String body = item.substring(NumberedLine.markerEnd(item)).strip();
            if (TerseLine.mark(body, today) == null) return heading;
        }
        return f.written() + "走访" + rest;
    }
}
