package zhaoshang.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigLoader;
import zhaoshang.config.Targets;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Pace;
import zhaoshang.progress.Period;
import zhaoshang.progress.TeamProgress;

/**
 * Issue 12 item 4: the progress chart separates month, quarter and year targets and says which period each bar
 * covers; the all-teams chart stays readable with teams at zero and with 13 teams. Checked on the chart's data, on
 * where its texts go, and in the PNG itself: each label is there, in the bundled font, pixel for pixel.
 */
class ProgressChartTest {

    static final BotConfig CONFIG = new ConfigLoader(Path.of("bot-config"), k -> null).load();
    static final Targets TARGETS = CONFIG.targets();
    static final Period NOVEMBER = Period.month(YearMonth.of(2026, 11));
    static final Period Q4 = Period.quarter(2026, 4);
    static final Period YEAR = Period.year(2026);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /** A team's figures asked for November, each over its own period as the calculator counts them. */
    static TeamProgress team(String id, String name, long visits, long leads, long inspections, long signings,
                             long landed, long tripDays) {
        List<Figure> f = List.of(
                new Figure("visits", "拜访重点企业", NOVEMBER, visits, 15, pace(visits, 15), 10, 0),
                new Figure("leads", "有价值招商信息", NOVEMBER, leads, 6, pace(leads, 6), 10, 0),
                new Figure("inspections", "组织企业来区考察", Q4, inspections, 6, pace(inspections, 6), 41, 0),
                new Figure("signings", "签约项目", YEAR, signings, 12, pace(signings, 12), 41, 0),
                new Figure("landed", "亿元以上项目落地", YEAR, landed, 3, pace(landed, 3), 41, 0),
                new Figure("tripDays", "外出招商天数", NOVEMBER, tripDays, 10, pace(tripDays, 10), 10, 0));
        return new TeamProgress(id, name, NOVEMBER, TODAY, f, 0, 0, List.of(), Map.of(), Map.of());
    }

    static Pace pace(long actual, long target) {
        return actual >= target ? Pace.MET : actual * 2 >= target ? Pace.ON_PACE : Pace.BEHIND;
    }

    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"};

    /** {@code n} teams; those in {@code zero} have nothing recorded. */
    static List<TeamProgress> teams(int n, Set<Integer> zero) {
        List<TeamProgress> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = "第" + NUMERALS[i - 1] + "工作组";
            out.add(zero.contains(i) ? team("team" + i, name, 0, 0, 0, 0, 0, 0)
                    : team("team" + i, name, 3 + i, i % 7, i % 4, i % 9, i % 2, 2 + i % 8));
        }
        return out;
    }

    @Test
    void aTeamsChartHasASectionPerPeriodSayingWhichPeriodItsBarsCover() throws IOException {
        ChartData data = ChartData.of(List.of(team("team2", "第二工作组", 7, 2, 0, 5, 0, 3)), NOVEMBER,
                TARGETS);

        assertThat(data.title()).isEqualTo("第二工作组 2026年11月 任务进度");
        assertThat(data.note()).isEqualTo("截至 2026年11月20日");
        assertThat(data.periods()).containsExactly("2026年11月", "2026年第四季度", "2026年");
        assertThat(data.groups()).extracting(ChartData.Group::title)
                .containsExactly("月度任务 · 2026年11月", "季度任务 · 2026年第四季度", "年度任务 · 2026年");
        assertThat(data.group("2026年11月").bars()).extracting(ChartData.Bar::label, ChartData.Bar::figure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("拜访重点企业", "7/15"),
                        org.assertj.core.groups.Tuple.tuple("有价值招商信息", "2/6"),
                        org.assertj.core.groups.Tuple.tuple("外出招商天数", "3/10"));
        assertThat(data.group("2026年第四季度").bars()).extracting(ChartData.Bar::label, ChartData.Bar::figure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("组织企业来区考察", "0/6"));
        assertThat(data.group("2026年").bars()).extracting(ChartData.Bar::label, ChartData.Bar::figure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("签约项目", "5/12"),
                        org.assertj.core.groups.Tuple.tuple("亿元以上项目落地", "0/3"));

        // drawn: each period's heading above its own rows, and every bar's figure on its label's line
        ProgressChart.Drawing d = ProgressChart.layout(data);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ProgressChart.png(data)));
        assertThat(png.getWidth()).isEqualTo(ProgressChart.WIDTH);
        assertThat(png.getHeight()).isEqualTo(d.height());
        int previousHeading = -1;
        for (ChartData.Group g : data.groups()) {
            ProgressChart.Text heading = only(d, g.title());
            assertThat(heading.baseline()).isGreaterThan(previousHeading);
            previousHeading = heading.baseline();
            for (ChartData.Bar b : g.bars()) {
                ProgressChart.Text label = only(d, b.label());
                assertThat(label.baseline()).as("%s is in the section of %s", b.label(), g.period())
                        .isGreaterThan(heading.baseline());
                ChartData.Group next = nextGroup(data, g);
                if (next != null) assertThat(label.baseline()).isLessThan(only(d, next.title()).baseline());
                assertThat(d.texts()).as("%s beside %s", b.figure(), b.label())
                        .anyMatch(t -> t.text().equals(b.figure()) && t.baseline() == label.baseline());
            }
        }
        for (ProgressChart.Text t : d.texts()) assertDrawnInTheBundledFont(png, t);
    }

    @Test
    void asked_for_a_quarter_the_monthly_targets_are_counted_over_the_quarter_and_say_so() {
        TeamProgress t = team("team1", "第一工作组", 0, 0, 0, 0, 0, 0);
        List<Figure> quarter = new ArrayList<>();
        for (Figure f : t.figures()) {
            Period p = f.period().equals(NOVEMBER) ? Q4 : f.period();
            long target = f.period().equals(NOVEMBER) ? f.target() * 3 : f.target();
            quarter.add(new Figure(f.key(), f.label(), p, 20, target, Pace.BEHIND, 41, 0));
        }
        TeamProgress q = new TeamProgress("team1", "第一工作组", Q4, TODAY, quarter, 0, 0, List.of(), Map.of(), Map.of());
        ChartData data = ChartData.of(List.of(q), Q4, TARGETS);
        assertThat(data.periods()).containsExactly("2026年第四季度", "2026年");
        assertThat(data.group("2026年第四季度").bars()).extracting(ChartData.Bar::figure)
                .containsExactly("20/45", "20/18", "20/6", "20/30");
    }

    @Test
    void thirteenTeamsWithSomeAtZeroEachHaveARowAndAVisibleZero() throws IOException {
        Set<Integer> zero = Set.of(3, 7, 13);
        ChartData data = ChartData.of(teams(13, zero), NOVEMBER, TARGETS);

        assertThat(data.title()).isEqualTo("各工作组 2026年11月 任务完成率");
        assertThat(data.layout()).isEqualTo(ChartData.Layout.COLUMNS);
        assertThat(data.periods()).containsExactly("2026年11月", "2026年第四季度", "2026年");
        assertThat(data.groups()).extracting(ChartData.Group::heading).containsExactly("月度任务", "季度任务", "年度任务");
        // what each column's rate counts: the scored targets of its period (外出天数 weighs 0 in targets.yaml)
        assertThat(data.groups()).extracting(ChartData.Group::detail).containsExactly("走访 线索", "考察", "签约 亿元落地");
        for (ChartData.Group g : data.groups()) {
            assertThat(g.bars()).hasSize(13);
            for (int i : zero) {
                ChartData.Bar b = g.bars().get(i - 1);
                assertThat(b.label()).isEqualTo("第" + NUMERALS[i - 1] + "工作组");
                assertThat(b.figure()).isEqualTo("0%");
                assertThat(b.status()).isEqualTo(ChartData.Status.BEHIND);
            }
        }
        // 第一工作组 in November: 4/15 and 1/6 → (26.7% + 16.7%) / 2 = 22%
        assertThat(data.group("2026年11月").bars().get(0).figure()).isEqualTo("22%");

        ProgressChart.Drawing d = ProgressChart.layout(data);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ProgressChart.png(data)));
        // a row per team at full size, none overlapping, in team order
        int previous = -1;
        for (ChartData.Bar team : data.groups().get(0).bars()) {
            ProgressChart.Text label = only(d, team.label());
            assertThat(label.font().getSize2D()).as("%s is not shrunk", team.label()).isEqualTo(ProgressChart.LABEL_SIZE);
            assertThat(label.baseline() - previous).as("rows do not overlap").isGreaterThanOrEqualTo(30);
            previous = label.baseline();
            if (zero.contains(data.groups().get(0).bars().indexOf(team) + 1)) {
                List<ProgressChart.Text> zeros = d.texts().stream()
                        .filter(t -> t.text().equals("0%") && t.baseline() == label.baseline()).toList();
                assertThat(zeros).as("%s shows 0%% in each period", team.label()).hasSize(3);
                assertThat(d.boxes()).as("%s: a grey track in each column, no coloured bar", team.label())
                        .filteredOn(b -> b.y() < label.baseline() && b.y() + b.height() > label.baseline() - 22)
                        .extracting(ProgressChart.Box::color).containsOnly(ProgressChart.TRACK).hasSize(3);
            }
        }
        // the column headings say which period each column's bars cover, above the rows
        ProgressChart.Text firstRow = only(d, "第一工作组");
        for (ChartData.Group g : data.groups()) {
            ProgressChart.Text period = only(d, g.period());
            ProgressChart.Text heading = only(d, g.heading());
            assertThat(heading.baseline()).isLessThan(period.baseline());
            assertThat(period.baseline()).isLessThan(firstRow.baseline());
            assertThat(d.texts()).as("the bars under %s start at its heading", g.period())
                    .anyMatch(t -> t.x() > period.x() && t.x() < period.x() + 200 && t.baseline() == firstRow.baseline());
        }
        assertThat(png.getHeight()).as("13 rows fit").isEqualTo(d.height())
                .isGreaterThan(ProgressChart.layout(ChartData.of(teams(4, Set.of()), NOVEMBER, TARGETS))
                        .height() + 8 * 30);
        for (ProgressChart.Text t : d.texts()) assertDrawnInTheBundledFont(png, t);
    }

    @Test
    void everyTeamAtZeroStillDrawsEveryRowAndFigure() throws IOException {
        ChartData data = ChartData.of(teams(4, Set.of(1, 2, 3, 4)), NOVEMBER, TARGETS);
        ProgressChart.Drawing d = ProgressChart.layout(data);
        assertThat(d.find("0%")).hasSize(12);
        int rows = only(d, "第一工作组").baseline() - 30; // below the legend's colour swatches
        assertThat(d.boxes()).filteredOn(b -> b.y() > rows && !b.color().equals(ProgressChart.RULE)).extracting(ProgressChart.Box::color)
                .containsOnly(ProgressChart.TRACK).hasSize(12);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ProgressChart.png(data)));
        for (ProgressChart.Text t : d.texts()) assertDrawnInTheBundledFont(png, t);
    }

    @Test
    void aBarOverItsTargetFillsItsRowAndTheTrackEndsAtTheTarget() {
        ChartData data = ChartData.of(List.of(team("team1", "第一工作组", 30, 6, 1, 0, 0, 0)), NOVEMBER,
                TARGETS);
        ProgressChart.Drawing d = ProgressChart.layout(data);
        ProgressChart.Text visits = only(d, "拜访重点企业");
        List<ProgressChart.Box> row = d.boxes().stream()
                .filter(b -> b.y() < visits.baseline() && b.y() + b.height() > visits.baseline() - 22).toList();
        ProgressChart.Box track = row.stream().filter(b -> b.color().equals(ProgressChart.TRACK)).findFirst().orElseThrow();
        ProgressChart.Box bar = row.stream().filter(b -> b.color().equals(ProgressChart.MET)).findFirst().orElseThrow();
        assertThat(bar.width()).isCloseTo(2 * track.width(), org.assertj.core.api.Assertions.within(1)); // 30 of 15
        assertThat(bar.x()).isEqualTo(track.x());
        assertThat(d.texts()).anyMatch(t -> t.text().equals("30/15") && t.baseline() == visits.baseline());
    }

    @Test
    void columnsMustHaveTheSameRows() {
        ChartData.Bar a = new ChartData.Bar("第一工作组", 1, 100, "1%", ChartData.Status.BEHIND);
        ChartData.Bar b = new ChartData.Bar("第二工作组", 1, 100, "1%", ChartData.Status.BEHIND);
        assertThatThrownBy(() -> new ChartData("x", "", ChartData.Layout.COLUMNS, List.of(
                new ChartData.Group("月度任务", "2026年11月", "", List.of(a, b)),
                new ChartData.Group("年度任务", "2026年", "", List.of(b, a))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChartData("x", "", ChartData.Layout.SECTIONS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ChartData.Group nextGroup(ChartData data, ChartData.Group g) {
        int i = data.groups().indexOf(g);
        return i + 1 < data.groups().size() ? data.groups().get(i + 1) : null;
    }

    private static ProgressChart.Text only(ProgressChart.Drawing d, String text) {
        List<ProgressChart.Text> found = d.find(text);
        assertThat(found).as("'%s' is drawn once", text).hasSize(1);
        return found.get(0);
    }

    /**
     * The text is in the picture where the layout put it, drawn in the bundled font: painted alone on white with the
     * same font at the same place, it gives exactly the picture's pixels (so nothing covers it and nothing was drawn
     * in another font), it has ink, and it lies inside the image.
     */
    static void assertDrawnInTheBundledFont(BufferedImage chart, ProgressChart.Text t) {
        assertThat(t.font().getFamily(Locale.ROOT)).as("font of '%s'", t.text()).isEqualTo(ChartFonts.FAMILY);
        assertThat(ChartFonts.canDisplay(t.text())).as("the bundled font has every glyph of '%s'", t.text()).isTrue();
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D m = ProgressChart.graphics(scratch);
        FontMetrics fm = m.getFontMetrics(t.font());
        m.dispose();
        int x0 = t.x() - 2;
        int y0 = t.baseline() - fm.getAscent() - 2;
        int w = fm.stringWidth(t.text()) + 4;
        int h = fm.getAscent() + fm.getDescent() + 4;
        assertThat(x0).isNotNegative();
        assertThat(y0).isNotNegative();
        assertThat(x0 + w).as("'%s' ends inside the image", t.text()).isLessThanOrEqualTo(chart.getWidth());
        assertThat(y0 + h).as("'%s' ends inside the image", t.text()).isLessThanOrEqualTo(chart.getHeight());
        BufferedImage alone = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = ProgressChart.graphics(alone);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        ProgressChart.paint(g, t, x0, y0);
        g.dispose();
        int ink = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int expected = alone.getRGB(x, y) & 0xFFFFFF;
                if (expected == 0xFFFFFF) continue;
                ink++;
                assertThat(chart.getRGB(x0 + x, y0 + y) & 0xFFFFFF).as("pixel (%d,%d) of '%s'", x, y, t.text())
                        .isEqualTo(expected);
            }
        }
        assertThat(ink).as("'%s' has ink", t.text()).isGreaterThan(t.text().length() * 8);
    }
}
