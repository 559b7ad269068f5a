package zhaoshang.export;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * What a progress chart shows: a title, one bar group per category, 实际 and 目标 per group.
 *
 * @param title      e.g. 第一工作组 2026年11月 任务进度
 * @param categories team names or target labels
 * @param actual     one figure per category
 * @param target     one figure per category
 */
public record ChartData(String title, List<String> categories, List<Long> actual, List<Long> target) {

    public ChartData {
        categories = List.copyOf(categories);
        actual = List.copyOf(actual);
        target = List.copyOf(target);
    }

    /** Every text the chart draws: title, category labels, legend, the figures on the bars and the axis ticks. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        out.add(title);
        out.addAll(categories);
        out.add(ProgressChart.ACTUAL);
        out.add(ProgressChart.TARGET);
        DecimalFormat figures = new DecimalFormat(ProgressChart.DECIMAL_PATTERN);
        for (List<Long> values : List.of(actual, target)) {
            for (Long v : values) out.add(figures.format(v));
        }
        out.add("0123456789" + figures.getDecimalFormatSymbols().getGroupingSeparator()); // axis ticks
        return out;
    }
}
