package zhaoshang.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import zhaoshang.report.ReportKind;

/**
 * 报送 → 备案 (work plan 三(五), 细则 四(一)): a team freezes its four ledgers of a month as a versioned snapshot
 * (the workbook's bytes, their SHA-256, who, when, and every record it holds, so that the next version lists what
 * changed); 投资促进部 files it (备案) or returns it with a reason (退回). Snapshots are never changed or deleted.
 *
 * <p>Who may submit or decide is the caller's business (bot.commands.Permissions); this records who did.
 */
public final class Submissions {

    /** The four ledgers a submission holds, in order. */
    public static final List<ReportKind> KINDS = List.of(ReportKind.VISIT, ReportKind.LEAD, ReportKind.INSPECTION,
            ReportKind.SIGNING);

    /** Where a submitted snapshot stands. */
    public enum Status {
        SUBMITTED("submitted", "已报送"), FILED("filed", "已备案"), RETURNED("returned", "退回");

        private final String code;
        private final String label;

        Status(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() { return code; }

        /** 已报送 / 已备案 / 退回 */
        public String label() { return label; }

        static Status of(String code) {
            for (Status s : values()) if (s.code.equals(code)) return s;
            throw new IllegalArgumentException(code);
        }
    }

    /**
     * One snapshot (without its bytes).
     *
     * @param changes what changed against the previous version, one line each; empty for the first version
     */
    public record Submission(long id, String teamId, YearMonth month, int version, String submittedBy,
                             Instant submittedAt, String fileName, String sha256, List<String> changes, Status status,
                             String decidedBy, Instant decidedAt, String reason) {

        /** Whether it counts as handed in: submitted or filed (a returned one must be submitted again). */
        public boolean handedIn() {
            return status != Status.RETURNED;
        }
    }

    /** A change to a record, from the ledger history: who changed which record of which team, dated when. */
    public record RecordChange(long historyId, String number, ReportKind kind, String teamId, LocalDate date,
                               LocalDate oldDate, Instant at, String actorId, HistoryEntry.Action action, String field,
                               String oldValue, String newValue, String reason, String summary,
                               Map<String, String> current) {

        /** The record as a snapshot of {@code month} would hold it now: its fields, or null (withdrawn, other month). */
        public Map<String, String> asIn(YearMonth month) {
            return current != null && date != null && YearMonth.from(date).equals(month) ? current : null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Map<String, String>>> RECORDS = new TypeReference<>() { };
    private static final TypeReference<List<String>> LINES = new TypeReference<>() { };

    private final Jdbi jdbi;
    private final Ledger ledger;

    Submissions(Jdbi jdbi, Ledger ledger) {
        this.jdbi = jdbi;
        this.ledger = ledger;
        Row.registerOn(jdbi);
    }

    // ------------------------------------------------------------------ snapshots

    /**
     * The team's four ledgers of the month as they are now: record number → field label → value (amounts in 万元),
     * active records only, in ledger order.
     */
    public Map<String, Map<String, String>> records(String teamId, YearMonth month) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (ReportKind kind : KINDS) {
            for (LedgerEntry<?> e : ledger.entries(kind, teamId, month.atDay(1), month.atEndOfMonth(), false)) {
                out.put(e.number(), Ledger.fields(e));
            }
        }
        return out;
    }

    /**
     * What changed from one snapshot's records to another's: 新增, 移出 (withdrawn or dated in another month now) and
     * field changes "#V-0001 投资意向：较强 → 明确".
     */
    public List<String> changes(Map<String, Map<String, String>> before, Map<String, Map<String, String>> after) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : after.entrySet()) {
            Map<String, String> old = before.get(e.getKey());
            if (old == null) {
                lines.add("新增 " + e.getKey() + "（" + name(e.getValue()) + "）");
                continue;
            }
            for (Map.Entry<String, String> f : e.getValue().entrySet()) {
                String was = old.getOrDefault(f.getKey(), "");
                if (!Objects.equals(was, f.getValue())) {
                    lines.add(e.getKey() + " " + f.getKey() + "：" + shown(was) + " → " + shown(f.getValue()));
                }
            }
        }
        for (Map.Entry<String, Map<String, String>> e : before.entrySet()) {
            if (after.containsKey(e.getKey())) continue;
            String why = ledger.find(e.getKey()).map(x -> x.active() ? "日期已改到其他月份" : "已撤销").orElse("已不在台账中");
            lines.add("移出 " + e.getKey() + "（" + name(e.getValue()) + "）：" + why);
        }
        return lines;
    }

    /** "走访 3 条、线索 1 条、考察 0 条、签约 0 条" for a snapshot's records. */
    public static String counts(Map<String, Map<String, String>> records) {
        StringBuilder sb = new StringBuilder();
        for (ReportKind kind : KINDS) {
            String prefix = "#" + kind.prefix() + "-";
            long n = records.keySet().stream().filter(x -> x.startsWith(prefix)).count();
            sb.append(sb.length() == 0 ? "" : "、").append(kind.label()).append(' ').append(n).append(" 条");
        }
        return sb.toString();
    }

    private static String name(Map<String, String> fields) {
        String enterprise = fields.getOrDefault("企业名称", "");
        String project = fields.getOrDefault("项目名称", "");
        return enterprise.isEmpty() ? project : enterprise + (project.isEmpty() ? "" : "·" + project);
    }

    private static String shown(String v) {
        return v == null || v.isEmpty() ? "（空）" : v;
    }

    /** The number the team's next snapshot of the month gets (1 for the first). */
    public int nextVersion(String teamId, YearMonth month) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT coalesce(max(version), 0) FROM submission WHERE team_id = :t AND month = :m")
                .bind("t", teamId).bind("m", month.toString()).mapTo(Integer.class).one()) + 1;
    }

    /**
     * Stores version {@code version} ({@link #nextVersion}) of the team's month: the workbook and its hash, the
     * records it holds and the changes against the previous version (computed by the caller with {@link #changes}).
     * A version stored meanwhile by someone else makes this fail (unique team, month, version).
     */
    public Submission submit(String teamId, YearMonth month, int version, String fileName, byte[] content,
                             Map<String, Map<String, String>> records, List<String> changes, String actorId,
                             Instant now) {
        String at = UtcText.format(UtcText.truncate(now));
        String hash = sha256(content);
        return jdbi.inTransaction(h -> {
            long id = h.createQuery("""
                            INSERT INTO submission (team_id, month, version, submitted_by, submitted_at, file_name,
                                                    content, sha256, records, changes, status)
                            VALUES (:t, :m, :v, :by, :at, :name, :content, :hash, :records, :changes, 'submitted')
                            RETURNING id""")
                    .bind("t", teamId).bind("m", month.toString()).bind("v", version).bind("by", actorId)
                    .bind("at", at).bind("name", fileName).bind("content", content).bind("hash", hash)
                    .bind("records", json(records)).bind("changes", json(changes))
                    .mapTo(Long.class).one();
            return one(h, id).orElseThrow();
        });
    }

    /** The records held by a stored snapshot. */
    public Map<String, Map<String, String>> recordsOf(long submissionId) {
        String text = jdbi.withHandle(h -> h.createQuery("SELECT records FROM submission WHERE id = :id")
                .bind("id", submissionId).mapTo(String.class).one());
        try {
            return JSON.readValue(text, RECORDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("submission " + submissionId + ": unreadable records", e);
        }
    }

    /** The workbook of a snapshot, exactly as submitted. */
    public Optional<byte[]> content(long submissionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT content FROM submission WHERE id = :id")
                .bind("id", submissionId).mapTo(byte[].class).findOne());
    }

    /** 备案 or 退回 (with a reason) of a submitted snapshot; refused unless it is waiting (status submitted). */
    public Submission decide(long submissionId, Status status, String reason, String actorId, Instant now) {
        if (status == Status.SUBMITTED) throw new IllegalArgumentException("a decision is filed or returned");
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("""
                            UPDATE submission SET status = :s, decided_by = :by, decided_at = :at, reason = :reason
                            WHERE id = :id AND status = 'submitted'""")
                    .bind("s", status.code()).bind("by", actorId).bind("at", UtcText.format(UtcText.truncate(now)))
                    .bind("reason", reason).bind("id", submissionId).execute();
            Submission s = one(h, submissionId).orElseThrow();
            if (n == 0) throw new LedgerException(LedgerException.Problem.INVALID_VALUE, "status",
                    "该版本已" + s.status().label() + "，不能再次处理");
            return s;
        });
    }

    public Optional<Submission> latest(String teamId, YearMonth month) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE team_id = :t AND month = :m ORDER BY version DESC LIMIT 1")
                .bind("t", teamId).bind("m", month.toString()).map((rs, c) -> submission(rs)).findOne());
    }

    /** Every version of a team's month, oldest first. */
    public List<Submission> versions(String teamId, YearMonth month) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE team_id = :t AND month = :m ORDER BY version")
                .bind("t", teamId).bind("m", month.toString()).map((rs, c) -> submission(rs)).list());
    }

    /** The latest version of each team that submitted the month, by team id. */
    public Map<String, Submission> latestOfMonth(YearMonth month) {
        Map<String, Submission> out = new LinkedHashMap<>();
        jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE month = :m ORDER BY team_id, version")
                .bind("m", month.toString()).map((rs, c) -> submission(rs)).list())
                .forEach(s -> out.put(s.teamId(), s));
        return out;
    }

    /** Snapshots submitted in (from, to]. */
    public List<Submission> submittedIn(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE submitted_at > :f AND submitted_at <= :t ORDER BY id")
                .bind("f", UtcText.format(from)).bind("t", UtcText.format(to)).map((rs, c) -> submission(rs)).list());
    }

    /** Snapshots filed or returned in (from, to]. */
    public List<Submission> decidedIn(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE decided_at > :f AND decided_at <= :t ORDER BY id")
                .bind("f", UtcText.format(from)).bind("t", UtcText.format(to)).map((rs, c) -> submission(rs)).list());
    }

    /**
     * Changes to visits, leads, inspections and signings made in (from, to] (creates, corrections, withdrawals,
     * progress and stage moves), each with its record's team and date (and, for a date correction, the old date).
     */
    public List<RecordChange> changedIn(Instant from, Instant to) {
        PassMemo memo = ledger.memo();
        if (!memo.active()) return read(from, to);
        List<RecordChange> remembered = memo.changes(from, to);
        if (remembered != null) return remembered;
        // in a reminder pass: every change after from, kept for the passes after this one (see PassMemo)
        memo.changes(from, read(from, null));
        return memo.changes(from, to);
    }

    /** The changes in (from, to], or all after {@code from} when {@code to} is null. */
    private List<RecordChange> read(Instant from, Instant to) {
        List<Row> rows = jdbi.withHandle(h -> Row.on(h).createQuery("""
                        SELECT * FROM ledger_history WHERE at > :f AND (:open OR at <= :t)
                        AND kind IN ('VISIT', 'LEAD', 'INSPECTION', 'SIGNING') ORDER BY id""")
                .bind("f", UtcText.format(from)).bind("open", to == null)
                .bind("t", to == null ? "" : UtcText.format(to)).mapTo(Row.class).list());
        List<RecordChange> out = new ArrayList<>();
        Map<String, Optional<LedgerEntry<?>>> found = new LinkedHashMap<>();
        for (Row r : rows) {
            Optional<LedgerEntry<?>> e = found.computeIfAbsent(r.text("number"), ledger::find);
            if (e.isEmpty()) continue;
            LedgerEntry<?> entry = e.get();
            String field = r.text("field");
            LocalDate oldDate = "date".equals(field) && r.text("old_value") != null
                    ? LocalDate.parse(r.text("old_value")) : null;
            out.add(new RecordChange(r.whole("id"), entry.number(), entry.kind(), entry.teamId(), dateOf(entry),
                    oldDate, r.instant("at"), r.text("actor_id"),
                    HistoryEntry.Action.valueOf(r.text("action").toUpperCase()), field, r.text("old_value"),
                    r.text("new_value"), r.text("reason"), summary(entry), entry.active() ? Ledger.fields(entry) : null));
        }
        return out;
    }

    /** The record's own date (走访/线索/考察/签约日期). */
    static LocalDate dateOf(LedgerEntry<?> e) {
        Object d = KindTable.of(e.kind()).values(e.report()).get("date");
        return d instanceof LocalDate date ? date : null;
    }

    private static String summary(LedgerEntry<?> e) {
        Map<String, Object> v = KindTable.of(e.kind()).values(e.report());
        Object enterprise = v.get("enterprise");
        Object project = v.get("project");
        return (enterprise == null ? "" : enterprise.toString()) + (project == null ? "" : "·" + project);
    }

    // ------------------------------------------------------------------ delegates (指定报送人)

    public void nameDelegate(String teamId, String memberId, String actorId, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO submission_delegate (team_id, member_id, named_by, named_at)
                        VALUES (:t, :m, :by, :at) ON CONFLICT (team_id, member_id) DO NOTHING""")
                .bind("t", teamId).bind("m", memberId).bind("by", actorId).bind("at", UtcText.format(now)).execute());
    }

    /** Returns whether the member had been named. */
    public boolean removeDelegate(String teamId, String memberId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM submission_delegate WHERE team_id = :t AND member_id = :m")
                .bind("t", teamId).bind("m", memberId).execute()) > 0;
    }

    public List<String> delegates(String teamId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT member_id FROM submission_delegate WHERE team_id = :t ORDER BY named_at, member_id")
                .bind("t", teamId).mapTo(String.class).list());
    }

    // ------------------------------------------------------------------ internals

    private static final String SELECT = "SELECT id, team_id, month, version, submitted_by, submitted_at, file_name,"
            + " sha256, changes, status, decided_by, decided_at, reason FROM submission";

    private static Optional<Submission> one(Handle h, long id) {
        return h.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, c) -> submission(rs)).findOne();
    }

    private static Submission submission(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<String> changes;
        try {
            changes = JSON.readValue(rs.getString("changes"), LINES);
        } catch (JsonProcessingException e) {
            changes = List.of();
        }
        String decidedAt = rs.getString("decided_at");
        return new Submission(rs.getLong("id"), rs.getString("team_id"), YearMonth.parse(rs.getString("month")),
                rs.getInt("version"), rs.getString("submitted_by"), Instant.parse(rs.getString("submitted_at")),
                rs.getString("file_name"), rs.getString("sha256"), List.copyOf(changes),
                Status.of(rs.getString("status")), rs.getString("decided_by"),
                decidedAt == null ? null : Instant.parse(decidedAt), rs.getString("reason"));
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
