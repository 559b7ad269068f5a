package zhaoshang.remind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.ledger.EnterpriseName;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.ledger.PlannedVisitEntry;
import zhaoshang.ledger.Submissions;
import zhaoshang.ledger.Submissions.Submission;
import zhaoshang.progress.Period;
import zhaoshang.progress.TeamProgress;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.TripSummaryReport;
import zhaoshang.report.VisitReport;

/**
 * What the rules look at, read once per evaluation: trips (from trip plans), trip summaries, visits and planned
 * visits around the window, leaves and mutes, and progress figures on demand (computed once per period).
 */
public final class Facts {

    /** How far before the window the ledgers are read: the longest a rule looks back (trip summary overdue). */
    static final int LOOKBACK_DAYS = 45;

    private final List<Trip> trips;
    private final Map<String, List<Trip>> tripsByTeam;
    private final Map<String, List<LedgerEntry<TripSummaryReport>>> summariesByTeam;
    private final Map<String, List<LedgerEntry<VisitReport>>> visitsByTeam;
    private final Map<String, Set<LocalDate>> visitDaysByTeam;
    private final List<PlannedVisitEntry> planned;
    private final List<Pause> pauses;
    private final List<Mute> mutes;
    private final ProgressSource progress;
    private final ZoneId zone;
    private final Map<String, Map<String, TeamProgress>> progressMemo = new HashMap<>();
    private final List<Team> teams;
    private final Function<YearMonth, Map<String, Submission>> submissions;
    private final Map<YearMonth, Map<String, Submission>> submissionMemo = new HashMap<>();

    public Facts(BotConfig config, ZoneId zone, List<LedgerEntry<TripPlanReport>> tripPlans,
                 List<LedgerEntry<TripSummaryReport>> summaries, List<LedgerEntry<VisitReport>> visits,
                 List<PlannedVisitEntry> planned, List<Pause> pauses, List<Mute> mutes, ProgressSource progress) {
        this(config, zone, tripPlans, summaries, visits, planned, pauses, mutes, progress, m -> Map.of());
    }

    /**
     * @param submissions the latest submitted snapshot (报送) of each team for a month, by team id (read when a rule
     *                    asks, once per month and evaluation)
     */
    public Facts(BotConfig config, ZoneId zone, List<LedgerEntry<TripPlanReport>> tripPlans,
                 List<LedgerEntry<TripSummaryReport>> summaries, List<LedgerEntry<VisitReport>> visits,
                 List<PlannedVisitEntry> planned, List<Pause> pauses, List<Mute> mutes, ProgressSource progress,
                 Function<YearMonth, Map<String, Submission>> submissions) {
        this.submissions = submissions;
        this.zone = zone;
        this.teams = config.teams();
        this.trips = trips(config, tripPlans);
        this.tripsByTeam = trips.stream().collect(Collectors.groupingBy(Trip::teamId));
        this.summariesByTeam = summaries.stream().filter(LedgerEntry::active)
                .collect(Collectors.groupingBy(LedgerEntry::teamId));
        this.visitsByTeam = visits.stream().filter(LedgerEntry::active).collect(Collectors.groupingBy(LedgerEntry::teamId));
        this.visitDaysByTeam = new HashMap<>();
        visitsByTeam.forEach((team, list) -> visitDaysByTeam.put(team,
                list.stream().map(e -> e.report().date()).collect(Collectors.toSet())));
        this.planned = List.copyOf(planned);
        this.pauses = List.copyOf(pauses);
        this.mutes = List.copyOf(mutes);
        this.progress = progress;
    }

    /** No ledger facts: enough for describing the rules. */
    public static Facts empty(BotConfig config, ZoneId zone) {
        return new Facts(config, zone, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                (teams, period, today) -> List.of());
    }

    /** Reads the ledgers for the days a window over [from, to] can concern. */
    public static Facts load(BotConfig config, Ledger ledger, ProgressSource progress, List<Pause> pauses,
                             List<Mute> mutes, LocalDate from, LocalDate to) {
        LocalDate back = from.minusDays(LOOKBACK_DAYS);
        Submissions submissions = ledger.submissions();
        return new Facts(config, ledger.zone(), ledger.tripPlans(null, back, to.plusDays(1)),
                ledger.tripSummaries(null, back, to), ledger.visits(null, back, to),
                ledger.plannedVisits(null, back, to), pauses, mutes, progress, submissions::latestOfMonth);
    }

    /** The team's latest snapshot of the month (报送), if it submitted one. */
    public Optional<Submission> submission(String teamId, YearMonth month) {
        return Optional.ofNullable(submissionMemo.computeIfAbsent(month, submissions).get(teamId));
    }

    /**
     * Whether the team has handed in the month's ledgers (submitted or filed, not returned) at or after
     * {@code since} (null: at any time).
     */
    public boolean handedIn(String teamId, YearMonth month, java.time.Instant since) {
        return submission(teamId, month).filter(Submission::handedIn)
                .filter(s -> since == null || !s.submittedAt().isBefore(since)).isPresent();
    }

    public List<Trip> trips() {
        return trips;
    }

    public List<Trip> tripsOf(String teamId) {
        return tripsByTeam.getOrDefault(teamId, List.of());
    }

    public boolean hasVisit(String teamId, LocalDate day) {
        return visitDaysByTeam.getOrDefault(teamId, Set.of()).contains(day);
    }

    /** Visits of the team dated in [from, to]. */
    public List<LedgerEntry<VisitReport>> visits(String teamId, LocalDate from, LocalDate to) {
        return visitsByTeam.getOrDefault(teamId, List.of()).stream()
                .filter(e -> !e.report().date().isBefore(from) && !e.report().date().isAfter(to)).toList();
    }

    /** Whether the team recorded a visit to the enterprise dated in [from, to] (enterprise keys compared loosely). */
    public boolean visited(String teamId, String enterpriseKey, LocalDate from, LocalDate to) {
        return visits(teamId, from, to).stream().anyMatch(e -> EnterpriseName.sameEnterprise(e.enterpriseKey(), enterpriseKey));
    }

    public List<PlannedVisitEntry> plannedVisits() {
        return planned;
    }

    /**
     * Whether a summary covers the trip: an active summary of the team whose dates overlap the trip, or one without
     * dates filed on or after the return day.
     */
    public boolean summaryFiled(Trip trip) {
        for (LedgerEntry<TripSummaryReport> e : summariesByTeam.getOrDefault(trip.teamId(), List.of())) {
            TripSummaryReport s = e.report();
            if (s.departDate() != null && s.returnDate() != null) {
                if (!s.returnDate().isBefore(trip.depart()) && !s.departDate().isAfter(trip.returnDate())) return true;
            } else if (!LocalDate.ofInstant(e.createdAt(), zone).isBefore(trip.returnDate())) {
                return true;
            }
        }
        return false;
    }

    public List<Pause> pauses() {
        return pauses;
    }

    public List<Mute> mutes() {
        return mutes;
    }

    public boolean onLeave(String memberId, LocalDate day) {
        for (Pause p : pauses) if (p.memberId().equals(memberId) && p.covers(day)) return true;
        return false;
    }

    public boolean muted(String teamId, String rule, LocalDate day) {
        if (teamId == null) return false;
        for (Mute m : mutes) if (m.covers(teamId, rule, day)) return true;
        return false;
    }

    /** Progress of every team over the period as of {@code today}, computed once per evaluation. */
    public TeamProgress progress(String teamId, Period period, LocalDate today) {
        Map<String, TeamProgress> all = progressMemo.computeIfAbsent(period + "@" + today, k -> {
            Map<String, TeamProgress> m = new HashMap<>();
            for (TeamProgress p : progress.teams(teams, period, today)) m.put(p.teamId(), p);
            return m;
        });
        return all.get(teamId);
    }

    /** Trip plans of the same team and dates are one trip; its people are the planners and those named in 人员分工. */
    static List<Trip> trips(BotConfig config, List<LedgerEntry<TripPlanReport>> plans) {
        Map<String, List<LedgerEntry<TripPlanReport>>> byTrip = new LinkedHashMap<>();
        for (LedgerEntry<TripPlanReport> e : plans) {
            TripPlanReport r = e.report();
            if (!e.active() || r.departDate() == null || r.returnDate() == null || r.returnDate().isBefore(r.departDate())) {
                continue;
            }
            byTrip.computeIfAbsent(e.teamId() + ":" + r.departDate() + "~" + r.returnDate(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Member>> membersByTeam = new HashMap<>();
        List<Trip> out = new ArrayList<>();
        for (List<LedgerEntry<TripPlanReport>> group : byTrip.values()) {
            LedgerEntry<TripPlanReport> first = group.get(0);
            String teamId = first.teamId();
            List<Member> teamMembers = membersByTeam.computeIfAbsent(teamId, config::membersOf);
            Set<String> planners = new LinkedHashSet<>();
            StringBuilder division = new StringBuilder();
            for (LedgerEntry<TripPlanReport> e : group) {
                planners.add(e.reporterId());
                if (e.report().division() != null) division.append(e.report().division()).append(' ');
            }
            String div = compact(division.toString());
            List<String> members = new ArrayList<>();
            for (Member m : teamMembers) {
                String name = compact(m.name());
                if (planners.contains(m.id()) || (!name.isEmpty() && div.contains(name))) members.add(m.id());
            }
            for (String p : planners) if (!members.contains(p)) members.add(p);
            out.add(new Trip(teamId, first.report().departDate(), first.report().returnDate(),
                    first.report().destination(), group.stream().map(LedgerEntry::number).toList(),
                    List.copyOf(planners), members));
        }
        return out;
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
