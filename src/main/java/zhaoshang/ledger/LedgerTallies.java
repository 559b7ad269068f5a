package zhaoshang.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.jdbi.v3.core.Jdbi;

/**
 * Counts over the ledgers for the progress figures, computed by the database (GROUP BY over covering indexes), so
 * the figures of a hundred teams over a million records need no record to be read. Every count is of active records
 * only. A null team means every team. The records behind a figure, for a workbook, come from {@link Ledger}'s period
 * queries instead.
 */
public final class LedgerTallies {

    /** The team condition defined into {@link TallyRows}'s SQL for one team (its value is bound). */
    static final String ONE_TEAM = "AND team_id = :teamId";

    /** Records of one team and member: how many, and how many were 逾期登记 (visits). */
    public record MemberCount(String teamId, String memberId, long count, long late) { }

    /** Records (or distinct enterprises) of one team. */
    public record TeamCount(String teamId, long count) { }

    /** A team's signings: how many, their total amount (exact 元), how many reached 开工 or later. */
    public record SigningTally(String teamId, long count, long amountYuan, long started) { }

    /** A day with at least one visit of the team. */
    public record TeamDay(String teamId, LocalDate day) { }

    /** The dates of one trip (plan or summary) of the team; either may be null when not given. */
    public record Trip(String teamId, LocalDate depart, LocalDate back) { }

    private static final List<String> LANDED = Arrays.stream(SigningProgress.values())
            .filter(SigningProgress::landed).map(SigningProgress::label).toList();

    private final Jdbi jdbi;

    LedgerTallies(Jdbi jdbi) {
        this.jdbi = jdbi;
        Row.registerOn(jdbi);
    }

    public List<MemberCount> visitsByMember(String teamId, LocalDate from, LocalDate to) {
        return query(r -> r.visitsByMember(team(teamId), teamId, from.toString(), to.toString()), LedgerTallies::member);
    }

    public List<MemberCount> leadsByMember(String teamId, LocalDate from, LocalDate to) {
        return query(r -> r.leadsByMember(team(teamId), teamId, from.toString(), to.toString()), LedgerTallies::member);
    }

    public List<TeamDay> visitDays(String teamId, LocalDate from, LocalDate to) {
        return query(r -> r.visitDays(team(teamId), teamId, from.toString(), to.toString()),
                row -> new TeamDay(row.text("team_id"), row.date("date")));
    }

    public List<TeamCount> inspectedEnterprises(String teamId, LocalDate from, LocalDate to) {
        return query(r -> r.inspectedEnterprises(team(teamId), teamId, from.toString(), to.toString()), LedgerTallies::teamCount);
    }

    public List<SigningTally> signings(String teamId, LocalDate from, LocalDate to) {
        return query(r -> r.signings(team(teamId), teamId, from.toString(), to.toString(), LANDED),
                row -> new SigningTally(row.text("team_id"), row.whole("n"), row.whole("amount"), row.whole("started")));
    }

    /** Signings landed (reached 开工 or later) in [from, to] with an amount of at least {@code thresholdYuan}. */
    public List<TeamCount> landed(String teamId, LocalDate from, LocalDate to, long thresholdYuan) {
        return query(r -> r.landed(team(teamId), teamId, from.toString(), to.toString(), thresholdYuan), LedgerTallies::teamCount);
    }

    /** Trip plans and trip summaries whose trip overlaps [from, to]. */
    public List<Trip> trips(String teamId, LocalDate from, LocalDate to) {
        return query(r -> r.trips(team(teamId), teamId, from.toString(), to.toString()),
                row -> new Trip(row.text("team_id"), row.date("depart_date"), row.date("return_date")));
    }

    private static String team(String teamId) {
        return teamId == null ? "" : ONE_TEAM;
    }

    private static MemberCount member(Row row) {
        return new MemberCount(row.text("team_id"), row.text("reporter_id"), row.whole("n"), row.whole("late"));
    }

    private static TeamCount teamCount(Row row) {
        return new TeamCount(row.text("team_id"), row.whole("n"));
    }

    private <T> List<T> query(Function<TallyRows, List<Row>> sql, Function<Row, T> map) {
        return jdbi.withHandle(h -> sql.apply(Row.on(h).attach(TallyRows.class))
                .stream().map(map).toList());
    }
}
