package zhaoshang.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigLoader;
import zhaoshang.config.Target;
import zhaoshang.config.Team;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Pace;
import zhaoshang.progress.Period;
import zhaoshang.progress.TeamProgress;

/**
 * Issue 10 §1: charts are drawn with the font bundled in the jar, so they show Chinese on a machine with no CJK font
 * installed (this test must pass where {@code fc-list :lang=zh} is empty).
 */
class ChartFontsTest {

    @Test
    void chartsUseTheBundledFontWhateverIsInstalled() {
        Font font = ChartFonts.cjk();
        assertThat(font.getFamily(java.util.Locale.ROOT)).isEqualTo(ChartFonts.FAMILY);
        assertThat(font.getFontName(java.util.Locale.ROOT)).doesNotContainIgnoringCase("dialog");
        assertThat(ChartFonts.canDisplay("第一工作组")).isTrue();
    }

    @Test
    void theFontTravelsWithItsLicence() throws IOException {
        try (InputStream ttc = ChartFonts.class.getResourceAsStream(ChartFonts.RESOURCE);
             InputStream licence = ChartFonts.class.getResourceAsStream("/fonts/LICENSE-wqy-microhei.txt")) {
            assertThat(ttc).as("the font is in the jar").isNotNull();
            assertThat(licence).as("its licence is beside it").isNotNull();
            String text = new String(licence.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("WenQuanYi Micro Hei", "Apache License", "Version 2.0",
                    "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
        }
    }

    /**
     * Every text a progress chart can draw for the sample configuration — team names, target names, the period in
     * every form, legend, figures and axis digits — comes out of the same code that draws the chart, and the bundled
     * font has a glyph for each character.
     */
    @Test
    void theBundledFontDrawsEveryLabelOfTheSampleConfiguration() {
        BotConfig config = new ConfigLoader(Path.of("bot-config"), k -> null).load();
        List<Period> periods = new ArrayList<>();
        for (int m = 1; m <= 12; m++) periods.add(Period.month(YearMonth.of(2026, m)));
        for (int q = 1; q <= 4; q++) periods.add(Period.quarter(2026, q));
        periods.add(Period.year(2026));
        periods.add(Period.year(2027));
        periods.add(Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15)));
        periods.add(Period.custom(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 5)));
        periods.add(Period.custom(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5)));

        Set<String> texts = new LinkedHashSet<>();
        for (Period p : periods) {
            List<TeamProgress> all = new ArrayList<>();
            for (Team team : config.teams()) {
                TeamProgress one = progress(team, config.targets().list(), p);
                all.add(one);
                texts.addAll(ChartData.of(List.of(one), p, config.targets()).texts());
            }
            texts.addAll(ChartData.of(all, p, config.targets()).texts());
        }
        assertThat(texts).as("team names, target names and titles are among them")
                .contains(config.teams().get(0).name(), config.targets().list().get(0).label(), "目标", "月度任务",
                        "2026年第四季度", "0%");
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            int at = ChartFonts.cjk().canDisplayUpTo(t);
            if (at != -1) missing.add(t + " (cannot draw '" + t.charAt(at) + "')");
        }
        assertThat(missing).as("chart texts the bundled font cannot draw").isEmpty();
    }

    /** Figures as the calculator makes them: each over its target's own period; the first team has nothing yet. */
    static TeamProgress progress(Team team, List<Target> targets, Period p) {
        List<Figure> figures = new ArrayList<>();
        long n = team.id().equals("team1") ? -1 : 0;
        for (Target t : targets) {
            if (t.period().equals("day")) continue;
            figures.add(new Figure(t.key(), t.label(), own(t, p), n < 0 ? 0 : 1234 + n, t.amount(), Pace.BEHIND, 3, 0));
            if (n >= 0) n += 1001;
        }
        return new TeamProgress(team.id(), team.name(), p, p.start(), figures, 0, 0, List.of(), Map.of(), Map.of());
    }

    /** The period a target counts over when {@code asked} is asked for (as ProgressCalculator.periodFor). */
    static Period own(Target t, Period asked) {
        Period.Kind own = switch (t.period()) {
            case "month" -> Period.Kind.MONTH;
            case "quarter" -> Period.Kind.QUARTER;
            default -> Period.Kind.YEAR;
        };
        if (asked.kind() == Period.Kind.CUSTOM || own.ordinal() <= asked.kind().ordinal()) return asked;
        return Period.containing(own, asked.endInclusive());
    }
}
