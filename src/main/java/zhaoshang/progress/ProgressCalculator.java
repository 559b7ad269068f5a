package zhaoshang.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import zhaoshang.config.Target;
import zhaoshang.config.Targets;
import zhaoshang.config.Team;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.ledger.SigningProgress;
import zhaoshang.report.InspectionReport;
import zhaoshang.report.LeadReport;
import zhaoshang.report.SigningReport;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.TripSummaryReport;
import zhaoshang.report.VisitReport;

/**
 * Progress against the work plan's targets, computed from the ledgers. Every figure counts active records only
 * (withdrawn ones never count; late ones count and are shown as late), and lists the record numbers behind it.
 *
 * <p>Each target is counted over its own period: asked for a month, the quarterly target is shown for the quarter
 * containing it and the yearly ones for the year; asked for a longer period, a shorter target is multiplied
 * (a month's 15 visits become 45 for a quarter). Things that are planned but not yet happened (an inspection or
 * trip days after today) do not count.
 */
public final class ProgressCalculator {

    private final Ledger ledger;
    private final Targets targets;

    public ProgressCalculator(Ledger ledger, Targets targets) {
        this.ledger = ledger;
        this.targets = targets;
    }

    public TeamProgress team(Team team, Period asked, LocalDate today) {
        return teams(List.of(team), asked, today).get(0);
    }

    /**
     * Progress of each team, in the order given, reading each ledger once for all of them and each kind only over
     * the period its figures count: visits over the visits figure's period (and the trip days', for the days out
     * with no visit), leads, inspections, signings and landed projects over their own, trips over the trip days'.
     */
    public List<TeamProgress> teams(List<Team> teams, Period asked, LocalDate today) {
        return ledger.reading(() -> compute(teams, asked, today));
    }

    private List<TeamProgress> compute(List<Team> teams, Period asked, LocalDate today) {
        Map<String, Period> periods = new HashMap<>();
        for (Target t : targets.list()) {
            if (!t.period().equals("day")) periods.put(t.key(), periodFor(t, asked));
        }
        String teamId = teams.size() == 1 ? teams.get(0).id() : null;
        Period visitPeriod = periods.getOrDefault("visits", asked);
        Period leadPeriod = periods.getOrDefault("leads", asked);
        Period signingPeriod = periods.getOrDefault("signings", asked);
        Period tripPeriod = periods.getOrDefault("tripDays", asked);
        Period inspectionPeriod = periods.get("inspections");
        Period landedPeriod = periods.get("landed");
        Period visitsRead = span(visitPeriod, tripPeriod);
        Map<String, List<LedgerEntry<VisitReport>>> visits =
                byTeam(ledger.visits(teamId, visitsRead.start(), visitsRead.endInclusive()));
        Map<String, List<LedgerEntry<LeadReport>>> leads =
                byTeam(ledger.leads(teamId, leadPeriod.start(), leadPeriod.endInclusive()));
        Map<String, List<LedgerEntry<InspectionReport>>> inspections = inspectionPeriod == null ? Map.of()
                : byTeam(ledger.inspections(teamId, inspectionPeriod.start(), inspectionPeriod.endInclusive()));
        Map<String, List<LedgerEntry<SigningReport>>> signings =
                byTeam(ledger.signings(teamId, signingPeriod.start(), signingPeriod.endInclusive()));
        Map<String, List<LedgerEntry<SigningReport>>> landed = landedPeriod == null ? Map.of()
                : byTeam(ledger.landedSignings(teamId, landedPeriod.start(), landedPeriod.endInclusive()));
        Map<String, List<LedgerEntry<TripPlanReport>>> trips =
                byTeam(ledger.tripPlans(teamId, tripPeriod.start(), tripPeriod.endInclusive()));
        Map<String, List<LedgerEntry<TripSummaryReport>>> summaries =
                byTeam(ledger.tripSummaries(teamId, tripPeriod.start(), tripPeriod.endInclusive()));

        List<TeamProgress> out = new ArrayList<>();
        for (Team team : teams) {
            String id = team.id();
            List<LedgerEntry<VisitReport>> v = visits.getOrDefault(id, List.of());
            List<LedgerEntry<LeadReport>> l = leads.getOrDefault(id, List.of());
            List<LedgerEntry<InspectionReport>> i = inspections.getOrDefault(id, List.of());
            List<LedgerEntry<SigningReport>> s = signings.getOrDefault(id, List.of());
            List<LedgerEntry<SigningReport>> ld = landed.getOrDefault(id, List.of());
            Set<LocalDate> daysOut = daysOut(trips.getOrDefault(id, List.of()), summaries.getOrDefault(id, List.of()), today);

            List<Figure> figures = new ArrayList<>();
            for (Target t : targets.list()) {
                Period p = periods.get(t.key());
                if (p == null) continue;
                Figure f = switch (t.key()) {
                    case "visits" -> {
                        List<LedgerEntry<VisitReport>> in = within(v, e -> e.report().date(), p);
                        yield figure(t, p, asked, today, in.size(), in.stream().filter(LedgerEntry::late).count(), numbers(in));
                    }
                    case "leads" -> {
                        List<LedgerEntry<LeadReport>> in = within(l, e -> e.report().date(), p);
                        yield figure(t, p, asked, today, in.size(), 0, numbers(in));
                    }
                    case "inspections" -> {
                        List<LedgerEntry<InspectionReport>> in = within(i, e -> e.report().date(), p).stream()
                                .filter(e -> !e.report().date().isAfter(today)).toList();
                        Map<String, LedgerEntry<InspectionReport>> distinct = new TreeMap<>();
                        for (LedgerEntry<InspectionReport> e : in) distinct.putIfAbsent(e.enterpriseKey(), e);
                        yield figure(t, p, asked, today, distinct.size(), 0, numbers(List.copyOf(distinct.values())));
                    }
                    case "signings" -> {
                        List<LedgerEntry<SigningReport>> in = within(s, e -> e.report().date(), p);
                        yield figure(t, p, asked, today, in.size(), 0, numbers(in));
                    }
                    case "landed" -> {
                        List<LedgerEntry<SigningReport>> in = within(ld, LedgerEntry::landedOn, p).stream()
                                .filter(e -> e.report().amountYuan() != null
                                        && e.report().amountYuan() >= targets.landedThresholdYuan())
                                .toList();
                        yield figure(t, p, asked, today, in.size(), 0, numbers(in));
                    }
                    case "tripDays" -> {
                        Period tp = p;
                        long days = daysOut.stream().filter(tp::contains).count();
                        yield figure(t, p, asked, today, days, 0, List.of());
                    }
                    default -> null;
                };
                if (f != null) figures.add(f);
            }
            Period vp = visitPeriod;
            Period lp = leadPeriod;
            Period sp = signingPeriod;
            Period trp = tripPeriod;
            List<LedgerEntry<SigningReport>> signedIn = within(s, e -> e.report().date(), sp);
            long amount = signedIn.stream().map(e -> e.report().amountYuan()).filter(a -> a != null)
                    .mapToLong(Long::longValue).sum();
            long started = signedIn.stream().filter(e -> SigningProgress.parse(e.report().progress())
                    .map(SigningProgress::landed).orElse(false)).count();
            Set<LocalDate> visitDays = v.stream().map(e -> e.report().date()).collect(Collectors.toSet());
            List<LocalDate> noVisit = daysOut.stream().filter(trp::contains).filter(d -> !visitDays.contains(d)).sorted().toList();
            Map<String, Long> visitsByMember = within(v, e -> e.report().date(), vp).stream()
                    .collect(Collectors.groupingBy(LedgerEntry::reporterId, TreeMap::new, Collectors.counting()));
            Map<String, Long> leadsByMember = within(l, e -> e.report().date(), lp).stream()
                    .collect(Collectors.groupingBy(LedgerEntry::reporterId, TreeMap::new, Collectors.counting()));
            out.add(new TeamProgress(id, team.name(), asked, today, figures, amount, started, noVisit,
                    visitsByMember, leadsByMember));
        }
        return out;
    }

    /** The period a target is counted over when {@code asked} is asked for. */
    static Period periodFor(Target t, Period asked) {
        Period.Kind own = switch (t.period()) {
            case "month" -> Period.Kind.MONTH;
            case "quarter" -> Period.Kind.QUARTER;
            default -> Period.Kind.YEAR;
        };
        if (asked.kind() == Period.Kind.CUSTOM || rank(own) <= rank(asked.kind())) return asked;
        return Period.containing(own, asked.endInclusive());
    }

    /** The target for a period: a shorter target multiplied into a longer period, prorated by days for a custom one. */
    static long targetFor(Target t, Period p) {
        if (p.kind() == Period.Kind.CUSTOM) {
            int ownDays = switch (t.period()) {
                case "month" -> 30;
                case "quarter" -> 91;
                default -> 365;
            };
            return Math.max(1, Math.round((double) t.amount() * p.totalDays() / ownDays));
        }
        int times = switch (t.period()) {
            case "month" -> p.kind() == Period.Kind.QUARTER ? 3 : p.kind() == Period.Kind.YEAR ? 12 : 1;
            case "quarter" -> p.kind() == Period.Kind.YEAR ? 4 : 1;
            default -> 1;
        };
        return (long) t.amount() * times;
    }

    private static int rank(Period.Kind k) {
        return switch (k) {
            case MONTH -> 1;
            case QUARTER -> 2;
            case YEAR -> 3;
            case CUSTOM -> 0;
        };
    }

    private static Figure figure(Target t, Period p, Period asked, LocalDate today, long actual, long late,
                                 List<String> numbers) {
        long target = targetFor(t, p);
        return new Figure(t.key(), t.label(), p, actual, target,
                Pace.of(actual, target, p.elapsedDays(today), p.totalDays()), p.remainingDays(today), late, numbers);
    }

    /** The days from the earlier start to the later end of two periods. */
    private static Period span(Period a, Period b) {
        LocalDate from = a.start().isBefore(b.start()) ? a.start() : b.start();
        LocalDate to = a.endInclusive().isAfter(b.endInclusive()) ? a.endInclusive() : b.endInclusive();
        return Period.custom(from, to);
    }

    /** Days on a trip up to today: the union of trip plans' and trip summaries' date ranges. */
    static Set<LocalDate> daysOut(List<LedgerEntry<TripPlanReport>> plans, List<LedgerEntry<TripSummaryReport>> summaries,
                                  LocalDate today) {
        Set<LocalDate> days = new TreeSet<>();
        for (LedgerEntry<TripPlanReport> e : plans) addDays(days, e.report().departDate(), e.report().returnDate(), today);
        for (LedgerEntry<TripSummaryReport> e : summaries) {
            addDays(days, e.report().departDate(), e.report().returnDate(), today);
        }
        return days;
    }

    private static void addDays(Set<LocalDate> days, LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null || to.isBefore(from)) return;
        for (LocalDate d = from; !d.isAfter(to) && !d.isAfter(today); d = d.plusDays(1)) days.add(d);
    }

    private static <R extends zhaoshang.report.Report> Map<String, List<LedgerEntry<R>>> byTeam(List<LedgerEntry<R>> entries) {
        return entries.stream().collect(Collectors.groupingBy(LedgerEntry::teamId));
    }

    private static <R extends zhaoshang.report.Report> List<LedgerEntry<R>> within(
            List<LedgerEntry<R>> entries, Function<LedgerEntry<R>, LocalDate> date, Period p) {
        return entries.stream().filter(e -> e.active() && date.apply(e) != null && p.contains(date.apply(e))).toList();
    }

    private static List<String> numbers(List<? extends LedgerEntry<?>> entries) {
        return entries.stream().map(LedgerEntry::number).collect(Collectors.toCollection(LinkedHashSet::new))
                .stream().toList();
    }
}
