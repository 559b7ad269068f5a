package zhaoshang.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL over the six record tables. {@code <table>}, {@code <columns>}, {@code <links>} and the other defined
 * parts are identifiers and expressions from {@link KindTable} only (never user text); every value is bound.
 */
interface RecordRows {

    /** Next per-kind sequence number; call inside the (IMMEDIATE) write transaction that inserts. */
    @SqlQuery("SELECT coalesce(max(seq), 0) + 1 FROM <table>")
    long nextSeq(@Define("table") String table);

    /** Inserts a record; its id (RETURNING, not JDBC generated keys: see {@code store.Database#open}). */
    @SqlQuery("INSERT INTO <table> (<columns>) VALUES (<values>) RETURNING id")
    long insert(@Define("table") String table, @Define("columns") String columns, @Define("values") String values,
                @BindMap Map<String, ?> row);

    @SqlUpdate("UPDATE <table> SET <assignments> WHERE id = :id")
    int update(@Define("table") String table, @Define("assignments") String assignments,
               @BindMap Map<String, ?> values, @Bind("id") long id);

    @SqlQuery("SELECT t.* <links> FROM <table> t WHERE t.seq = :seq")
    Optional<Row> bySeq(@Define("table") String table, @Define("links") String links, @Bind("seq") long seq);

    @SqlQuery("SELECT t.* <links> FROM <table> t WHERE t.id = :id")
    Optional<Row> byId(@Define("table") String table, @Define("links") String links, @Bind("id") long id);

    /** Records of a team whose [fromColumn, toColumn] days overlap [from, to]; status active or alsoStatus. */
    @SqlQuery("SELECT t.* <links> FROM <table> t WHERE t.team_id = :team"
            + " AND t.<fromColumn> <= :to AND t.<toColumn> >= :from"
            + " AND t.status IN ('active', :alsoStatus) ORDER BY t.<fromColumn>, t.seq")
    List<Row> teamPeriod(@Define("table") String table, @Define("links") String links,
                         @Define("fromColumn") String fromColumn, @Define("toColumn") String toColumn,
                         @Bind("team") String teamId, @Bind("from") String from, @Bind("to") String to,
                         @Bind("alsoStatus") String alsoStatus);

    /** As {@link #teamPeriod} for all teams. */
    @SqlQuery("SELECT t.* <links> FROM <table> t WHERE"
            + " t.<fromColumn> <= :to AND t.<toColumn> >= :from"
            + " AND t.status IN ('active', :alsoStatus) ORDER BY t.<fromColumn>, t.team_id, t.seq")
    List<Row> allPeriod(@Define("table") String table, @Define("links") String links,
                        @Define("fromColumn") String fromColumn, @Define("toColumn") String toColumn,
                        @Bind("from") String from, @Bind("to") String to, @Bind("alsoStatus") String alsoStatus);

    /** Active records of a team with exactly this enterprise key, latest first. */
    @SqlQuery("SELECT t.* <links> FROM <table> t WHERE t.team_id = :team AND t.enterprise_key = :key"
            + " AND t.status = 'active' ORDER BY t.<fromColumn> DESC, t.seq DESC")
    List<Row> sameKey(@Define("table") String table, @Define("links") String links,
                      @Define("fromColumn") String fromColumn, @Bind("team") String teamId, @Bind("key") String key);

    /** Active records of every team with exactly this enterprise key, by number. */
    @SqlQuery("SELECT t.* <links> FROM <table> t WHERE t.enterprise_key = :key AND t.status = 'active' ORDER BY t.seq")
    List<Row> withKey(@Define("table") String table, @Define("links") String links, @Bind("key") String key);

    /** Active records of a team whose enterprise key contains a probe, latest first (candidates for step 2). */
    @SqlQuery("SELECT t.* <links> FROM <table> t WHERE t.team_id = :team AND instr(t.enterprise_key, :probe) > 0"
            + " AND t.status = 'active' ORDER BY t.<fromColumn> DESC, t.seq DESC")
    List<Row> keyContaining(@Define("table") String table, @Define("links") String links,
                            @Define("fromColumn") String fromColumn, @Bind("team") String teamId,
                            @Bind("probe") String probe);

    /** Active signings of a team with this project key. */
    @SqlQuery("SELECT t.* FROM signing t WHERE t.team_id = :team AND t.project_key = :projectKey"
            + " AND t.status = 'active' ORDER BY t.seq")
    List<Row> signingsOfProject(@Bind("team") String teamId, @Bind("projectKey") String projectKey);

    /** Kind and id of the records made from one inbox message, by creation time, then kind and id. */
    @SqlQuery("SELECT kind, id FROM ("
            + " SELECT 'VISIT' AS kind, id, created_at FROM visit WHERE inbox_id = :inboxId"
            + " UNION ALL SELECT 'LEAD', id, created_at FROM lead WHERE inbox_id = :inboxId"
            + " UNION ALL SELECT 'INSPECTION', id, created_at FROM inspection WHERE inbox_id = :inboxId"
            + " UNION ALL SELECT 'SIGNING', id, created_at FROM signing WHERE inbox_id = :inboxId"
            + " UNION ALL SELECT 'TRIP_PLAN', id, created_at FROM trip_plan WHERE inbox_id = :inboxId"
            + " UNION ALL SELECT 'TRIP_SUMMARY', id, created_at FROM trip_summary WHERE inbox_id = :inboxId"
            + ") AS made ORDER BY created_at, kind, id")
    List<Row> madeFrom(@Bind("inboxId") long inboxId);

    /** Kind and id of a member's latest records of every kind. */
    @SqlQuery("SELECT kind, id FROM ("
            + " SELECT 'VISIT' AS kind, id, created_at FROM visit WHERE reporter_id = :reporter"
            + " UNION ALL SELECT 'LEAD', id, created_at FROM lead WHERE reporter_id = :reporter"
            + " UNION ALL SELECT 'INSPECTION', id, created_at FROM inspection WHERE reporter_id = :reporter"
            + " UNION ALL SELECT 'SIGNING', id, created_at FROM signing WHERE reporter_id = :reporter"
            + " UNION ALL SELECT 'TRIP_PLAN', id, created_at FROM trip_plan WHERE reporter_id = :reporter"
            + " UNION ALL SELECT 'TRIP_SUMMARY', id, created_at FROM trip_summary WHERE reporter_id = :reporter"
            + ") AS made ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<Row> latestOf(@Bind("reporter") String reporterId, @Bind("limit") int limit);
}
