package zhaoshang.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/** Bar charts of actual vs target (per team or per target) as PNG images, with Chinese text. */
public final class ProgressChart {

    static final String ACTUAL = "实际";
    static final String TARGET = "目标";
    /** How figures on the bars and the y axis are written. */
    static final String DECIMAL_PATTERN = "#,##0";
    private static final Color ACTUAL_COLOR = new Color(0x2F, 0x6E, 0xBA);
    private static final Color TARGET_COLOR = new Color(0xBF, 0xBF, 0xBF);

    private ProgressChart() { }

    /** {@link #png(String, List, List, List, int, int)} of the data. */
    public static byte[] png(ChartData data, int width, int height) {
        return png(data.title(), data.categories(), data.actual(), data.target(), width, height);
    }

    /**
     * A PNG of grouped bars, 实际 beside 目标, one group per category, with the figures on the bars.
     *
     * @param title      chart title, e.g. 第一工作组 2026年11月进度
     * @param categories bar groups, e.g. team names or target names; at least one
     * @param actual     actual figures, one per category
     * @param target     target figures, one per category
     * @param width      image width in pixels
     * @param height     image height in pixels
     */
    public static byte[] png(String title, List<String> categories, List<Long> actual, List<Long> target,
                             int width, int height) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        if (categories.isEmpty()) throw new IllegalArgumentException("no categories");
        if (actual.size() != categories.size() || target.size() != categories.size()) {
            throw new IllegalArgumentException("categories, actual and target differ in size: " + categories.size()
                    + ", " + actual.size() + ", " + target.size());
        }
        if (width < 100 || height < 100) throw new IllegalArgumentException("image too small: " + width + "x" + height);

        Font base = ChartFonts.cjk();
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height)
                .title(title == null ? "" : title).build();
        CategoryStyler s = chart.getStyler();
        Font plain = base.deriveFont(Font.PLAIN, 13f);
        Font small = base.deriveFont(Font.PLAIN, 12f);
        s.setBaseFont(plain);
        s.setChartTitleFont(base.deriveFont(Font.BOLD, 18f));
        s.setLegendFont(plain);
        s.setAxisTitleFont(plain);
        s.setAxisTickLabelsFont(plain);
        s.setAnnotationTextFont(small);
        s.setAnnotationTextPanelFont(small);
        s.setToolTipFont(small);
        s.setLabelsFont(base.deriveFont(Font.BOLD, 12f));

        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridVerticalLinesVisible(false);
        s.setPlotGridLinesColor(new Color(0xE0, 0xE0, 0xE0));
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setXAxisTitleVisible(false);
        s.setYAxisTitleVisible(false);
        s.setSeriesColors(new Color[] {ACTUAL_COLOR, TARGET_COLOR});
        s.setAvailableSpaceFill(0.7);
        s.setOverlapped(false);
        s.setLabelsVisible(true);
        s.setLabelsFontColorAutomaticEnabled(true);
        s.setLabelsFontColorAutomaticLight(Color.WHITE);
        s.setLabelsFontColorAutomaticDark(Color.BLACK);
        s.setLabelsPosition(0.92);
        s.setDecimalPattern(DECIMAL_PATTERN);
        s.setYAxisDecimalPattern(DECIMAL_PATTERN);
        s.setYAxisMin(0.0);
        long max = 0;
        for (int i = 0; i < categories.size(); i++) {
            max = Math.max(max, Math.max(value(actual, i), value(target, i)));
        }
        s.setYAxisMax(max <= 0 ? 1.0 : max * 1.15);
        if (categories.size() > 6) s.setXAxisLabelRotation(30);

        List<String> labels = new ArrayList<>(categories.size());
        for (String c : categories) labels.add(c == null ? "" : c);
        chart.addSeries(ACTUAL, labels, numbers(actual));
        chart.addSeries(TARGET, labels, numbers(target));
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long value(List<Long> values, int i) {
        Long v = values.get(i);
        return v == null ? 0 : v;
    }

    private static List<Number> numbers(List<Long> values) {
        List<Number> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) out.add(value(values, i));
        return out;
    }
}
