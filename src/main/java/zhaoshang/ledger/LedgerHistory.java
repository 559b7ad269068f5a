package zhaoshang.ledger;

import java.util.List;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL over ledger_history: every change to every record, oldest first. */
interface LedgerHistory {

    @SqlUpdate("INSERT INTO ledger_history (kind, record_id, number, at, actor_id, action, field, old_value,"
            + " new_value, reason) VALUES (:kind, :recordId, :number, :at, :actorId, :action, :field, :oldValue,"
            + " :newValue, :reason)")
    void add(@Bind("kind") String kind, @Bind("recordId") long recordId, @Bind("number") String number,
             @Bind("at") String at, @Bind("actorId") String actorId, @Bind("action") String action,
             @Bind("field") String field, @Bind("oldValue") String oldValue, @Bind("newValue") String newValue,
             @Bind("reason") String reason);

    @SqlQuery("SELECT * FROM ledger_history WHERE kind = :kind AND record_id = :recordId ORDER BY id")
    List<Row> of(@Bind("kind") String kind, @Bind("recordId") long recordId);
}
