package zhaoshang.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jdbi.v3.core.Jdbi;

import zhaoshang.report.ReportKind;

/**
 * One-to-one follow-up (细则 三(二)) of leads and signed projects: what happened after a record was made — 进展, 下步
 * with its 时间节点, 存在问题 until solved — and 申请领导介入 requests. Notes are added, never changed, except that a
 * problem gets its solved time.
 */
public final class FollowUps {

    /** What a note says. */
    public enum Kind {
        PROGRESS("progress", "进展"), NEXT("next", "下步"), PROBLEM("problem", "问题"), SOLVED("solved", "问题已解决"),
        LEADER("leader", "申请领导介入");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() { return code; }

        public String label() { return label; }

        static Kind of(String code) {
            for (Kind k : values()) if (k.code.equals(code)) return k;
            throw new IllegalArgumentException(code);
        }
    }

    /**
     * One note about a record.
     *
     * @param dueOn    the 时间节点 of a 下步 note, else null
     * @param solvedAt for a problem: when it was marked solved (null while open)
     */
    public record Note(long id, ReportKind recordKind, long recordId, String number, String teamId, Kind kind,
                       String text, LocalDate dueOn, String actorId, Instant at, Instant solvedAt, String solvedBy) { }

    private final Jdbi jdbi;

    FollowUps(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Adds a note about a record (its number, team and kind are taken from the entry). */
    public Note add(LedgerEntry<?> record, Kind kind, String text, LocalDate dueOn, String actorId, Instant now) {
        Objects.requireNonNull(text, "text");
        String at = UtcText.format(UtcText.truncate(now));
        return jdbi.inTransaction(h -> {
            long id = h.createQuery("""
                            INSERT INTO follow_up (record_kind, record_id, number, team_id, kind, text, due_on, actor_id, at)
                            VALUES (:rk, :rid, :number, :team, :kind, :text, :due, :actor, :at) RETURNING id""")
                    .bind("rk", record.kind().name()).bind("rid", record.id()).bind("number", record.number())
                    .bind("team", record.teamId()).bind("kind", kind.code()).bind("text", text)
                    .bind("due", dueOn == null ? null : dueOn.toString()).bind("actor", actorId).bind("at", at)
                    .mapTo(Long.class).one();
            return h.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, c) -> note(rs)).one();
        });
    }

    /** Every note about a record, oldest first. */
    public List<Note> of(String number) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE number = :n ORDER BY id").bind("n", number)
                .map((rs, c) -> note(rs)).list());
    }

    /** Notes of one kind written in (from, to], oldest first. */
    public List<Note> in(Kind kind, Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE kind = :k AND at > :f AND at <= :t ORDER BY id")
                .bind("k", kind.code()).bind("f", UtcText.format(from)).bind("t", UtcText.format(to))
                .map((rs, c) -> note(rs)).list());
    }

    /**
     * Problems not yet solved, of a team (null: every team), oldest first: what the monthly 调度会 has to decide on.
     */
    public List<Note> openProblems(String teamId) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(SELECT + " WHERE kind = 'problem' AND solved_at IS NULL"
                    + (teamId == null ? "" : " AND team_id = :team") + " ORDER BY team_id, id");
            if (teamId != null) q.bind("team", teamId);
            return q.map((rs, c) -> note(rs)).list();
        });
    }

    /** The time of the latest note of each record of a kind, by number. */
    public Map<String, Instant> lastNoteAt(ReportKind recordKind) {
        Map<String, Instant> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT number, max(at) AS at FROM follow_up WHERE record_kind = :k GROUP BY number")
                .bind("k", recordKind.name())
                .map((rs, c) -> Map.entry(rs.getString("number"), Instant.parse(rs.getString("at"))))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** The latest 下步 note of each record of a kind, by number. */
    public Map<String, Note> latestNext(ReportKind recordKind) {
        Map<String, Note> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(SELECT + " WHERE id IN (SELECT max(id) FROM follow_up WHERE kind = 'next'"
                        + " AND record_kind = :k GROUP BY number)")
                .bind("k", recordKind.name()).map((rs, c) -> note(rs)).forEach(n -> out.put(n.number(), n)));
        return out;
    }

    /** Marks the record's open problems solved; returns them (as they were, open). */
    public List<Note> solveProblems(String number, String actorId, Instant now) {
        return jdbi.inTransaction(h -> {
            List<Note> open = h.createQuery(SELECT + " WHERE number = :n AND kind = 'problem' AND solved_at IS NULL ORDER BY id")
                    .bind("n", number).map((rs, c) -> note(rs)).list();
            h.createUpdate("UPDATE follow_up SET solved_at = :at, solved_by = :by WHERE number = :n AND kind = 'problem'"
                            + " AND solved_at IS NULL")
                    .bind("at", UtcText.format(UtcText.truncate(now))).bind("by", actorId).bind("n", number).execute();
            return open;
        });
    }

    private static final String SELECT = "SELECT id, record_kind, record_id, number, team_id, kind, text, due_on,"
            + " actor_id, at, solved_at, solved_by FROM follow_up";

    private static Note note(java.sql.ResultSet rs) throws java.sql.SQLException {
        String due = rs.getString("due_on");
        String solved = rs.getString("solved_at");
        return new Note(rs.getLong("id"), ReportKind.valueOf(rs.getString("record_kind")), rs.getLong("record_id"),
                rs.getString("number"), rs.getString("team_id"), Kind.of(rs.getString("kind")), rs.getString("text"),
                due == null ? null : LocalDate.parse(due), rs.getString("actor_id"), Instant.parse(rs.getString("at")),
                solved == null ? null : Instant.parse(solved), rs.getString("solved_by"));
    }
}
