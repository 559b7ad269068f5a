package zhaoshang.ledger;

import java.util.List;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL over trip_plan_visit: the enterprises a trip plan intends to visit. */
interface PlannedVisitRows {

    @SqlUpdate("INSERT INTO trip_plan_visit (trip_plan_id, position, enterprise, enterprise_key, date)"
            + " VALUES (:tripPlanId, :position, :enterprise, :enterpriseKey, :date)")
    void insert(@Bind("tripPlanId") long tripPlanId, @Bind("position") int position,
                @Bind("enterprise") String enterprise, @Bind("enterpriseKey") String enterpriseKey,
                @Bind("date") String date);

    @SqlUpdate("DELETE FROM trip_plan_visit WHERE trip_plan_id = :tripPlanId")
    void deleteOf(@Bind("tripPlanId") long tripPlanId);

    @SqlQuery("SELECT enterprise, date FROM trip_plan_visit WHERE trip_plan_id = :tripPlanId ORDER BY position")
    List<Row> of(@Bind("tripPlanId") long tripPlanId);

    /** The planned visits of several trip plans, by plan, in plan order. */
    @SqlQuery("SELECT trip_plan_id, enterprise, date FROM trip_plan_visit WHERE trip_plan_id IN (<ids>)"
            + " ORDER BY trip_plan_id, position")
    List<Row> ofAll(@BindList("ids") List<Long> tripPlanIds);

    /** Dated planned visits of active plans of a team in [from, to]. */
    @SqlQuery("SELECT p.number, p.team_id, p.reporter_id, v.enterprise, v.enterprise_key, v.date"
            + " FROM trip_plan_visit v JOIN trip_plan p ON p.id = v.trip_plan_id"
            + " WHERE p.team_id = :team AND v.date BETWEEN :from AND :to AND p.status = 'active'"
            + " ORDER BY v.date, p.seq, v.position")
    List<Row> teamDated(@Bind("team") String teamId, @Bind("from") String from, @Bind("to") String to);

    /** As {@link #teamDated} for all teams. */
    @SqlQuery("SELECT p.number, p.team_id, p.reporter_id, v.enterprise, v.enterprise_key, v.date"
            + " FROM trip_plan_visit v JOIN trip_plan p ON p.id = v.trip_plan_id"
            + " WHERE v.date BETWEEN :from AND :to AND p.status = 'active'"
            + " ORDER BY v.date, p.team_id, p.seq, v.position")
    List<Row> allDated(@Bind("from") String from, @Bind("to") String to);
}
