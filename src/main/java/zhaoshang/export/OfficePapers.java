package zhaoshang.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import zhaoshang.config.BotConfig;
import zhaoshang.config.Team;
import zhaoshang.ledger.FollowUps;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Period;
import zhaoshang.progress.ProgressCalculator;
import zhaoshang.progress.Ranking;
import zhaoshang.progress.TeamProgress;
import zhaoshang.report.Money;
import zhaoshang.report.SigningReport;
import zhaoshang.report.TripPlanReport;

/**
 * The office's papers as Word documents (issue 14 §7): the monthly 调度会材料 and the quarterly 通报, read from the
 * ledgers and the progress figures; the 考察邀请函 and 《考察接待方案》 drafts are {@link InspectionPapers}.
 */
public final class OfficePapers {

    /** A signed project, with its team's name. */
    record Signed(String number, String team, SigningReport report) { }

    /** A trip planned, with its team's name. */
    record Trip(String number, String team, TripPlanReport report) { }

    /**
     * A problem needing a decision: a signed project's 存在问题/需要解决的问题 in the ledger, or a problem recorded by
     * {@code 项目 #S-0007 问题：…} and not yet marked solved.
     */
    record Problem(String number, String team, String project, String issue) { }

    /** What the papers of a period say. */
    record Facts(Period period, LocalDate today, List<TeamProgress> progress, List<Ranking.Place> ranking,
                 List<Signed> signings, List<Signed> bigProjects, List<Problem> problems, List<Trip> nextTrips,
                 long thresholdYuan) { }

    private final Ledger ledger;
    private final BotConfig config;
    private final ProgressCalculator calculator;

    public OfficePapers(Ledger ledger, BotConfig config, ProgressCalculator calculator) {
        this.ledger = ledger;
        this.config = config;
        this.calculator = calculator;
    }

    /** 调度会材料 of a month: 2026年11月招商工作调度会材料.docx. */
    public LedgerExport.File meetingPack(YearMonth month, LocalDate today) {
        Facts facts = facts(Period.month(month), today);
        return new LedgerExport.File("调度会材料_" + LedgerExport.token(facts.period()) + ".docx",
                MeetingPack.write(facts, config.letterhead()));
    }

    /** 季度通报 of a quarter: 季度通报_2026Q4.docx. */
    public LedgerExport.File bulletin(Period quarter, LocalDate today) {
        Facts facts = facts(quarter, today);
        return new LedgerExport.File("季度通报_" + LedgerExport.token(quarter) + ".docx",
                QuarterlyBulletin.write(facts, config.letterhead()));
    }

    Facts facts(Period period, LocalDate today) {
        List<TeamProgress> progress = calculator.teams(config.teams(), period, today);
        List<Ranking.Place> ranking = Ranking.rank(progress, config.targets());
        long threshold = config.targets().landedThresholdYuan();
        List<Signed> signings = signed(period.start(), period.endInclusive());
        Period year = Period.year(period.start().getYear());
        List<Signed> yearSignings = signed(year.start(), min(year.endInclusive(), period.endInclusive()));
        List<Signed> big = yearSignings.stream()
                .filter(s -> s.report().amountYuan() != null && s.report().amountYuan() >= threshold)
                .sorted(Comparator.comparing((Signed s) -> s.report().amountYuan()).reversed()).toList();
        List<Problem> problems = new ArrayList<>();
        for (Signed s : yearSignings) {
            String issue = s.report().issues();
            if (issue == null || issue.isBlank() || "投产".equals(s.report().progress())) continue;
            problems.add(new Problem(s.number(), s.team(), s.report().project(), issue.strip()));
        }
        // problems recorded by `项目 #S-0007 问题：…` and not yet marked solved (any record, any year)
        for (FollowUps.Note note : ledger.followUps().openProblems(null)) {
            String text = note.text() == null ? "" : note.text().strip();
            if (text.isEmpty() || problems.stream().anyMatch(p -> p.number().equals(note.number()) && p.issue().equals(text))) {
                continue;
            }
            String project = ledger.find(note.number()).map(e -> e.report() instanceof SigningReport s ? s.project()
                    : e.report() instanceof zhaoshang.report.LeadReport l && l.project() != null ? l.project()
                    : e.kind().label()).orElse(note.number());
            problems.add(new Problem(note.number(), teamName(note.teamId()), project, text));
        }
        LocalDate nextStart = period.endInclusive().plusDays(1);
        LocalDate nextEnd = period.kind() == Period.Kind.QUARTER ? nextStart.plusMonths(3).minusDays(1)
                : nextStart.plusMonths(1).minusDays(1);
        List<Trip> trips = new ArrayList<>();
        for (LedgerEntry<?> e : ledger.entries(zhaoshang.report.ReportKind.TRIP_PLAN, null, nextStart, nextEnd, false)) {
            TripPlanReport t = (TripPlanReport) e.report();
            if (t.departDate() != null && t.departDate().isBefore(nextStart)) continue;  // under way: not "next"
            trips.add(new Trip(e.number(), teamName(e.teamId()), t));
        }
        trips.sort(Comparator.comparing((Trip t) -> teamOrder().apply(t.team()))
                .thenComparing(t -> t.report().departDate(), Comparator.nullsLast(Comparator.naturalOrder())));
        return new Facts(period, today, progress, ranking, signings, big, problems, trips, threshold);
    }

    private List<Signed> signed(LocalDate from, LocalDate to) {
        List<Signed> out = new ArrayList<>();
        for (LedgerEntry<SigningReport> e : ledger.signings(null, from, to)) {
            out.add(new Signed(e.number(), teamName(e.teamId()), e.report()));
        }
        out.sort(Comparator.comparing((Signed s) -> teamOrder().apply(s.team()))
                .thenComparing(s -> s.report().date(), Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private String teamName(String id) {
        return config.team(id).map(Team::name).orElse(id);
    }

    private Function<String, Integer> teamOrder() {
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < config.teams().size(); i++) order.put(config.teams().get(i).name(), i);
        return name -> order.getOrDefault(name, Integer.MAX_VALUE);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    // ---------------------------------------------------------------- shared wording

    /** 走访 16/15 as the tables show a figure: actual / target, with the period when it is not the paper's. */
    static String figure(Figure f) {
        return f.actual() + "/" + f.target();
    }

    /** The figures of a team by key. */
    static Map<String, Figure> byKey(TeamProgress t) {
        return t.figures().stream().collect(Collectors.toMap(Figure::key, f -> f, (a, b) -> a));
    }

    /** 6.2亿元 / 3000万元. */
    static String money(Long yuan) {
        return yuan == null ? "—" : Money.formatWan(yuan);
    }

    /** 12月3日—12月8日. */
    static String days(LocalDate from, LocalDate to) {
        if (from == null) return to == null ? "" : Dates.monthDay(to);
        return to == null || to.equals(from) ? Dates.monthDay(from) : Dates.monthDay(from) + "—" + Dates.monthDay(to);
    }

    /** Chinese numbers for headings: 一 … 二十. */
    static String chineseNumber(int n) {
        String[] d = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        if (n <= 10) return d[n];
        if (n < 20) return "十" + d[n - 10];
        return d[n / 10] + "十" + (n % 10 == 0 ? "" : d[n % 10]);
    }
}
