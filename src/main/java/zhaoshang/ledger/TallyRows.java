package zhaoshang.ledger;

import java.util.List;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Aggregate SQL behind the progress figures: counts per team (and member) over a period, read from covering indexes
 * (V10_1) without touching the record rows. {@code <team>} is {@link LedgerTallies#ONE_TEAM} or empty (every team),
 * never user text; every value is bound.
 */
interface TallyRows {

    /** Active visits per team and reporter with 走访日期 in [from, to], and how many of them were 逾期登记. */
    @SqlQuery("SELECT team_id, reporter_id, count(*) AS n, sum(late) AS late FROM visit"
            + " WHERE date BETWEEN :from AND :to AND status = 'active' <team> GROUP BY team_id, reporter_id")
    List<Row> visitsByMember(@Define("team") String team, @Bind("teamId") String teamId,
                             @Bind("from") String from, @Bind("to") String to);

    /** The days in [from, to] on which each team has an active visit. */
    @SqlQuery("SELECT DISTINCT team_id, date FROM visit WHERE date BETWEEN :from AND :to AND status = 'active' <team>")
    List<Row> visitDays(@Define("team") String team, @Bind("teamId") String teamId,
                        @Bind("from") String from, @Bind("to") String to);

    /** Active leads per team and reporter with a date in [from, to]. */
    @SqlQuery("SELECT team_id, reporter_id, count(*) AS n, 0 AS late FROM lead"
            + " WHERE date BETWEEN :from AND :to AND status = 'active' <team> GROUP BY team_id, reporter_id")
    List<Row> leadsByMember(@Define("team") String team, @Bind("teamId") String teamId,
                            @Bind("from") String from, @Bind("to") String to);

    /** Distinct enterprises per team with an active inspection dated in [from, to]. */
    @SqlQuery("SELECT team_id, count(DISTINCT enterprise_key) AS n FROM inspection"
            + " WHERE date BETWEEN :from AND :to AND status = 'active' <team> GROUP BY team_id")
    List<Row> inspectedEnterprises(@Define("team") String team, @Bind("teamId") String teamId,
                                   @Bind("from") String from, @Bind("to") String to);

    /** Active signings per team signed in [from, to]: how many, their amount, how many reached a landed progress. */
    @SqlQuery("SELECT team_id, count(*) AS n, coalesce(sum(amount_yuan), 0) AS amount,"
            + " sum(CASE WHEN progress IN (<landed>) THEN 1 ELSE 0 END) AS started FROM signing"
            + " WHERE date BETWEEN :from AND :to AND status = 'active' <team> GROUP BY team_id")
    List<Row> signings(@Define("team") String team, @Bind("teamId") String teamId,
                       @Bind("from") String from, @Bind("to") String to, @BindList("landed") List<String> landed);

    /** Active signings per team that landed in [from, to] with an amount of at least {@code threshold} 元. */
    @SqlQuery("SELECT team_id, count(*) AS n FROM signing WHERE landed_on BETWEEN :from AND :to"
            + " AND status = 'active' AND amount_yuan >= :threshold <team> GROUP BY team_id")
    List<Row> landed(@Define("team") String team, @Bind("teamId") String teamId,
                     @Bind("from") String from, @Bind("to") String to, @Bind("threshold") long threshold);

    /** The trip dates of active trip plans and summaries whose trip overlaps [from, to]. */
    @SqlQuery("SELECT team_id, depart_date, return_date FROM trip_plan"
            + " WHERE return_date >= :from AND depart_date <= :to AND status = 'active' <team>"
            + " UNION ALL SELECT team_id, depart_date, return_date FROM trip_summary"
            + " WHERE period_to >= :from AND period_from <= :to AND status = 'active' <team>")
    List<Row> trips(@Define("team") String team, @Bind("teamId") String teamId,
                    @Bind("from") String from, @Bind("to") String to);
}
