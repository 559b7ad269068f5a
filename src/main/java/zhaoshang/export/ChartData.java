package zhaoshang.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import zhaoshang.config.Targets;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Pace;
import zhaoshang.progress.Period;
import zhaoshang.progress.TeamProgress;

/**
 * What a progress chart shows: a title, a note (截至 …), and bar groups, one per period the figures count over, each
 * saying which period its bars cover (月度任务 2026年11月, 季度任务 2026年第四季度, 年度任务 2026年). Every bar carries the
 * figure written beside it ("7/15", "85%"), so a bar of zero is still read as 0.
 *
 * @param title  e.g. 第一工作组 2026年11月 任务进度
 * @param note   a line under the title, e.g. 截至 2026年11月20日 (may be empty)
 * @param layout {@link Layout#SECTIONS} (one team: a section per period, a row per target) or {@link Layout#COLUMNS}
 *               (all teams: a row per team, a column per period; every group has the same rows in the same order)
 * @param groups the periods, shortest first
 */
public record ChartData(String title, String note, Layout layout, List<Group> groups) {

    /** How the groups are laid out. */
    public enum Layout { SECTIONS, COLUMNS }

    /** The colour of a bar: the pace of what it shows (🟢🟡🔴 as in the text answer). */
    public enum Status { MET, ON_PACE, BEHIND }

    /**
     * The bars of one period.
     *
     * @param heading e.g. 月度任务
     * @param period  the period the bars cover, as people read it: 2026年11月
     * @param detail  what the bars count, when the heading does not say it (e.g. 走访 线索 for completion rates), or ""
     * @param bars    one per target (one team) or per team (all teams)
     */
    public record Group(String heading, String period, String detail, List<Bar> bars) {
        public Group {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(period, "period");
            detail = detail == null ? "" : detail;
            bars = List.copyOf(bars);
        }

        /** The heading and period as drawn on one line: 月度任务 · 2026年11月. */
        public String title() {
            return heading + " · " + period;
        }
    }

    /**
     * One bar: {@code actual} drawn over a track of {@code target}, with {@code figure} beside it.
     *
     * @param label  the target (拜访重点企业) or the team (第二工作组)
     * @param figure what is written beside the bar: 7/15, 0/6, 85%, 0%
     */
    public record Bar(String label, long actual, long target, String figure, Status status) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(status, "status");
        }
    }

    public ChartData {
        Objects.requireNonNull(title, "title");
        note = note == null ? "" : note;
        Objects.requireNonNull(layout, "layout");
        groups = List.copyOf(groups);
        if (groups.isEmpty()) throw new IllegalArgumentException("a chart needs at least one group");
        if (layout == Layout.COLUMNS) {
            List<String> rows = groups.get(0).bars().stream().map(Bar::label).toList();
            for (Group g : groups) {
                if (!g.bars().stream().map(Bar::label).toList().equals(rows)) {
                    throw new IllegalArgumentException("columns differ in their rows: " + rows + " and " + g.bars());
                }
            }
        }
    }

    /** The periods of the groups, in order: 2026年11月, 2026年第四季度, 2026年. */
    public List<String> periods() {
        return groups.stream().map(Group::period).toList();
    }

    /** The group covering {@code period}. */
    public Group group(String period) {
        return groups.stream().filter(g -> g.period().equals(period)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group for " + period + " in " + periods()));
    }

    /** Every text the chart draws: title, note, legend, group headings and periods, bar labels and figures. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        out.add(title);
        if (!note.isEmpty()) out.add(note);
        out.addAll(ProgressChart.LEGEND);
        for (Group g : groups) {
            out.add(g.title());
            out.add(g.heading());
            out.add(g.period());
            if (!g.detail().isEmpty()) out.add(g.detail());
            for (Bar b : g.bars()) {
                out.add(b.label());
                out.add(b.figure());
            }
        }
        return out;
    }

    /**
     * What a progress chart shows, grouped by the period each figure counts over (asked for 11月: the monthly targets
     * over 2026年11月, the quarterly over 2026年第四季度, the yearly over 2026年). One team: a bar per target, actual over
     * target. Several: a bar per team and period, the weighted completion of that period's targets (the ranking's
     * weights; a period whose targets all weigh 0 counts them equally).
     */
    public static ChartData of(List<TeamProgress> teams, Period asked, Targets targets) {
        if (teams.isEmpty()) throw new IllegalArgumentException("no teams to chart");
        LocalDate today = teams.get(0).today();
        String note = "截至 " + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
        List<Period> periods = new ArrayList<>();
        for (TeamProgress t : teams) {
            for (Figure f : t.figures()) if (!periods.contains(f.period())) periods.add(f.period());
        }
        periods.sort(Comparator.comparingInt(Period::totalDays).thenComparing(Period::start));
        List<Group> groups = new ArrayList<>();
        if (teams.size() == 1) {
            TeamProgress t = teams.get(0);
            for (Period p : periods) {
                List<Bar> bars = new ArrayList<>();
                for (Figure f : t.figures()) {
                    if (!f.period().equals(p)) continue;
                    bars.add(new Bar(f.label(), f.actual(), f.target(), f.actual() + "/" + f.target(),
                            status(f.pace())));
                }
                groups.add(new Group(heading(p), p.label(), "", bars));
            }
            return new ChartData(t.teamName() + " " + asked.label() + " 任务进度", note, Layout.SECTIONS, groups);
        }
        for (Period p : periods) {
            List<Bar> bars = new ArrayList<>();
            Set<String> counted = new LinkedHashSet<>();
            for (TeamProgress t : teams) {
                List<Figure> figures = t.figures().stream().filter(f -> f.period().equals(p)).toList();
                List<Figure> scored = figures.stream().filter(f -> weight(f, targets) > 0).toList();
                boolean alike = scored.isEmpty(); // a period whose targets all weigh 0: each counts alike
                if (alike) scored = figures;
                double weights = 0;
                double sum = 0;
                Pace worst = Pace.MET;
                for (Figure f : scored) {
                    double w = alike ? 1 : weight(f, targets);
                    weights += w;
                    sum += w * f.completion();
                    counted.add(f.shortLabel());
                    if (f.pace().ordinal() > worst.ordinal()) worst = f.pace(); // the colour of what the rate counts
                }
                long percent = weights == 0 ? 0 : Math.round(sum / weights * 100);
                bars.add(new Bar(t.teamName(), percent, 100, percent + "%", status(worst)));
            }
            groups.add(new Group(heading(p), p.label(), String.join(" ", counted), bars));
        }
        return new ChartData("各工作组 " + asked.label() + " 任务完成率", note, Layout.COLUMNS, groups);
    }

    /** 月度任务, 季度任务, 年度任务; 本期任务 for a range of days. */
    private static String heading(Period p) {
        return switch (p.kind()) {
            case MONTH -> "月度任务";
            case QUARTER -> "季度任务";
            case YEAR -> "年度任务";
            case CUSTOM -> "本期任务";
        };
    }

    private static double weight(Figure f, Targets targets) {
        return targets.get(f.key()).map(t -> (double) Math.max(0, t.weight())).orElse(0.0);
    }

    private static Status status(Pace pace) {
        return switch (pace) {
            case MET -> Status.MET;
            case ON_PACE -> Status.ON_PACE;
            case BEHIND -> Status.BEHIND;
        };
    }
}
