package zhaoshang.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import zhaoshang.ledger.LedgerTallies;
import zhaoshang.report.InspectionReport;

/**
 * Progress against the work plan's targets, computed from the ledgers. Every figure counts active records only
 * (withdrawn ones never count; late ones count and are shown as late).
 *
 * <p>Each target is counted over its own period: asked for a month, the quarterly target is shown for the quarter
 * containing it and the yearly ones for the year; asked for a longer period, a shorter target is multiplied
 * (a month's 15 visits become 45 for a quarter). Things that are planned but not yet happened (an inspection or
 * trip days after today) do not count.
 *
 * <p>The figures come from aggregate queries ({@link LedgerTallies}): no record is read to count it, so the figures of
 * a hundred teams over a million records take milliseconds. The records behind a figure — for the 进度汇总 workbook,
 * so every number can be checked row by row — are read only when asked for, by {@link #rowsBehind}, which selects
 * exactly what the counts count.
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
     * Progress of each team, in the order given, counting each kind only over the period its figures count: visits
     * over the visits figure's period (and their days over the trip days', for the days out with no visit), leads,
     * inspections, signings and landed projects over their own, trips over the trip days'. One connection, one
     * aggregate query per kind for all the teams.
     */
    public List<TeamProgress> teams(List<Team> teams, Period asked, LocalDate today) {
        return ledger.reading(() -> compute(teams, asked, today));
    }

    private Map<String, Period> periods(Period asked) {
        Map<String, Period> periods = new HashMap<>();
        for (Target t : targets.list()) {
            if (!t.period().equals("day")) periods.put(t.key(), periodFor(t, asked));
        }
        return periods;
    }

    private List<TeamProgress> compute(List<Team> teams, Period asked, LocalDate today) {
        Map<String, Period> periods = periods(asked);
        String teamId = teams.size() == 1 ? teams.get(0).id() : null;
        Period visitPeriod = periods.getOrDefault("visits", asked);
        Period leadPeriod = periods.getOrDefault("leads", asked);
        Period signingPeriod = periods.getOrDefault("signings", asked);
        Period tripPeriod = periods.getOrDefault("tripDays", asked);
        Period inspectionPeriod = periods.get("inspections");
        Period landedPeriod = periods.get("landed");
        LedgerTallies tallies = ledger.tallies();

        Map<String, List<LedgerTallies.MemberCount>> visits = byTeam(
                tallies.visitsByMember(teamId, visitPeriod.start(), visitPeriod.endInclusive()), LedgerTallies.MemberCount::teamId);
        Map<String, List<LedgerTallies.MemberCount>> leads = byTeam(
                tallies.leadsByMember(teamId, leadPeriod.start(), leadPeriod.endInclusive()), LedgerTallies.MemberCount::teamId);
        Map<String, Long> inspected = new HashMap<>();
        if (inspectionPeriod != null && !inspectionPeriod.start().isAfter(today)) {
            LocalDate to = inspectionPeriod.endInclusive().isAfter(today) ? today : inspectionPeriod.endInclusive();
            tallies.inspectedEnterprises(teamId, inspectionPeriod.start(), to).forEach(c -> inspected.put(c.teamId(), c.count()));
        }
        Map<String, LedgerTallies.SigningTally> signings = new HashMap<>();
        tallies.signings(teamId, signingPeriod.start(), signingPeriod.endInclusive()).forEach(s -> signings.put(s.teamId(), s));
        Map<String, Long> landed = new HashMap<>();
        if (landedPeriod != null) {
            tallies.landed(teamId, landedPeriod.start(), landedPeriod.endInclusive(), targets.landedThresholdYuan())
                    .forEach(c -> landed.put(c.teamId(), c.count()));
        }
        Map<String, List<LedgerTallies.Trip>> trips = byTeam(
                tallies.trips(teamId, tripPeriod.start(), tripPeriod.endInclusive()), LedgerTallies.Trip::teamId);
        Map<String, Set<LocalDate>> visitDays = new HashMap<>();
        if (!trips.isEmpty()) {
            for (LedgerTallies.TeamDay d : tallies.visitDays(teamId, tripPeriod.start(), tripPeriod.endInclusive())) {
                visitDays.computeIfAbsent(d.teamId(), k -> new HashSet<>()).add(d.day());
            }
        }

        List<TeamProgress> out = new ArrayList<>();
        for (Team team : teams) {
            String id = team.id();
            List<LedgerTallies.MemberCount> v = visits.getOrDefault(id, List.of());
            List<LedgerTallies.MemberCount> l = leads.getOrDefault(id, List.of());
            LedgerTallies.SigningTally s = signings.getOrDefault(id, new LedgerTallies.SigningTally(id, 0, 0, 0));
            Set<LocalDate> daysOut = daysOut(trips.getOrDefault(id, List.of()), today);

            List<Figure> figures = new ArrayList<>();
            for (Target t : targets.list()) {
                Period p = periods.get(t.key());
                if (p == null) continue;
                Figure f = switch (t.key()) {
                    case "visits" -> figure(t, p, today, sum(v, LedgerTallies.MemberCount::count),
                            sum(v, LedgerTallies.MemberCount::late));
                    case "leads" -> figure(t, p, today, sum(l, LedgerTallies.MemberCount::count), 0);
                    case "inspections" -> figure(t, p, today, inspected.getOrDefault(id, 0L), 0);
                    case "signings" -> figure(t, p, today, s.count(), 0);
                    case "landed" -> figure(t, p, today, landed.getOrDefault(id, 0L), 0);
                    case "tripDays" -> figure(t, p, today, daysOut.stream().filter(p::contains).count(), 0);
                    default -> null;
                };
                if (f != null) figures.add(f);
            }
            Set<LocalDate> visited = visitDays.getOrDefault(id, Set.of());
            List<LocalDate> noVisit = daysOut.stream().filter(tripPeriod::contains).filter(d -> !visited.contains(d))
                    .sorted().toList();
            out.add(new TeamProgress(id, team.name(), asked, today, figures, s.amountYuan(), s.started(), noVisit,
                    byMember(v), byMember(l)));
        }
        return out;
    }

    /**
     * The records one figure of these teams counts, in date order (then team and number): what the 进度汇总 workbook
     * lists beside the figure. {@code key} is a target key; tripDays gives the trip plans behind the days out. The
     * progress must be of one team or of several teams computed together for the same asked period.
     */
    public List<LedgerEntry<?>> rowsBehind(List<TeamProgress> progress, String key) {
        if (progress.isEmpty()) return List.of();
        TeamProgress first = progress.get(0);
        Period p = first.figure(key).map(Figure::period).orElse(null);
        if (p == null) return List.of();
        LocalDate today = first.today();
        Set<String> teamIds = progress.stream().map(TeamProgress::teamId).collect(Collectors.toSet());
        String teamId = teamIds.size() == 1 ? first.teamId() : null;
        List<? extends LedgerEntry<?>> rows = switch (key) {
            case "visits" -> ledger.visits(teamId, p.start(), p.endInclusive());
            case "leads" -> ledger.leads(teamId, p.start(), p.endInclusive());
            case "inspections" -> {
                // the first inspection of each enterprise of each team up to today
                Map<String, LedgerEntry<InspectionReport>> distinct = new LinkedHashMap<>();
                for (LedgerEntry<InspectionReport> e : ledger.inspections(teamId, p.start(), p.endInclusive())) {
                    if (!e.report().date().isAfter(today)) distinct.putIfAbsent(e.teamId() + "\u0000" + e.enterpriseKey(), e);
                }
                yield List.copyOf(distinct.values());
            }
            case "signings" -> ledger.signings(teamId, p.start(), p.endInclusive());
            case "landed" -> ledger.landedSignings(teamId, p.start(), p.endInclusive()).stream()
                    .filter(e -> e.report().amountYuan() != null && e.report().amountYuan() >= targets.landedThresholdYuan())
                    .toList();
            case "tripDays" -> ledger.tripPlans(teamId, p.start(), p.endInclusive());
            default -> List.of();
        };
        List<LedgerEntry<?>> out = new ArrayList<>(rows.size());
        for (LedgerEntry<?> e : rows) {
            if (teamIds.contains(e.teamId())) out.add(e);
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

    private static Figure figure(Target t, Period p, LocalDate today, long actual, long late) {
        long target = targetFor(t, p);
        return new Figure(t.key(), t.label(), p, actual, target,
                Pace.of(actual, target, p.elapsedDays(today), p.totalDays()), p.remainingDays(today), late);
    }

    private static <T> long sum(List<T> counts, java.util.function.ToLongFunction<T> value) {
        return counts.stream().mapToLong(value).sum();
    }

    /** member id → count, in member id order. */
    private static Map<String, Long> byMember(List<LedgerTallies.MemberCount> counts) {
        Map<String, Long> out = new TreeMap<>();
        for (LedgerTallies.MemberCount c : counts) out.merge(c.memberId(), c.count(), Long::sum);
        return out;
    }

    /** Days on a trip up to today: the union of trip plans' and trip summaries' date ranges. */
    static Set<LocalDate> daysOut(List<LedgerTallies.Trip> trips, LocalDate today) {
        Set<LocalDate> days = new TreeSet<>();
        for (LedgerTallies.Trip t : trips) addDays(days, t.depart(), t.back(), today);
        return days;
    }

    private static void addDays(Set<LocalDate> days, LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null || to.isBefore(from)) return;
        for (LocalDate d = from; !d.isAfter(to) && !d.isAfter(today); d = d.plusDays(1)) days.add(d);
    }

    private static <T> Map<String, List<T>> byTeam(List<T> rows, Function<T, String> team) {
        return rows.stream().collect(Collectors.groupingBy(team));
    }
}
