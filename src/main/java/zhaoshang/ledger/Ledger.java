package zhaoshang.ledger;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import zhaoshang.ledger.HistoryEntry.Action;
import zhaoshang.ledger.LedgerException.Problem;
import zhaoshang.report.InspectionReport;
import zhaoshang.report.LeadReport;
import zhaoshang.report.Report;
import zhaoshang.report.ReportKind;
import zhaoshang.report.SigningReport;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.TripPlanReport.PlannedVisit;
import zhaoshang.report.TripSummaryReport;
import zhaoshang.report.VisitReport;
import zhaoshang.store.Dialect;

/**
 * The ledgers: stores reports as numbered records, keeps every change in history, links leads to visits and
 * signings to leads by enterprise, and answers the period queries of progress and export.
 *
 * <p>Permissions (own entries, 组长, 投资促进部) are the caller's business: the ledger records who acted.
 * Every write runs in one IMMEDIATE transaction, so numbers stay unique with several writers.
 */
public final class Ledger {

    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("#?\\s*[Vv]\\s*[-_]?\\s*\\d{1,15}");
    private static final LocalDate NO_START = LocalDate.of(1, 1, 1);
    private static final LocalDate NO_END = LocalDate.of(9999, 12, 31);

    private final Jdbi jdbi;
    private final ZoneId zone;

    /**
     * @param jdbi from {@code Database.jdbi()} (migrated, SqlObjectPlugin installed)
     * @param zone the zone of record dates and of the 24-hour rule: Asia/Shanghai
     */
    static final Attached<RecordRows> RECORD_ROWS = new Attached<>(RecordRows.class);
    private static final Attached<LedgerHistory> HISTORY = new Attached<>(LedgerHistory.class);
    private static final Attached<PlannedVisitRows> PLANNED_VISITS = new Attached<>(PlannedVisitRows.class);

    private final PassMemo memo = new PassMemo();

    /**
     * Runs a reminder pass ({@code pass}, on this thread): while it runs, {@link #find}, {@link #withEnterprise} and
     * {@link Submissions#changedIn} may answer from what an earlier pass read, as long as the ledgers have not changed
     * since (see {@link PassMemo}). A quiet minute after a burst of reports then reads nothing again.
     */
    public <T> T pass(Instant now, Supplier<T> pass) {
        return memo.during(jdbi, now, pass);
    }

    PassMemo memo() {
        return memo;
    }

    public Ledger(Jdbi jdbi, ZoneId zone) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.zone = Objects.requireNonNull(zone, "zone");
        Row.registerOn(jdbi);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Counts over the ledgers (aggregate queries) for the progress figures. */
    public LedgerTallies tallies() {
        return new LedgerTallies(jdbi);
    }

    /** 报送 and 备案: the teams' submitted monthly snapshots. */
    public Submissions submissions() {
        return new Submissions(jdbi, this);
    }

    /** One-to-one follow-up notes (进展, 下步, 问题, 申请领导介入) of leads and signed projects. */
    public FollowUps followUps() {
        return new FollowUps(jdbi);
    }

    private volatile List<String> enterpriseNames;
    private volatile long enterpriseNamesAt;

    /**
     * The enterprise names recorded so far in any team (visits, leads, inspections, signings), for the report reader to
     * recognise their short forms later. Kept for a minute, read again at once after this ledger records or corrects.
     */
    public List<String> enterpriseNames() {
        List<String> names = enterpriseNames;
        if (names != null && System.nanoTime() - enterpriseNamesAt < 60_000_000_000L) return names;
        names = read(h -> h.createQuery("SELECT enterprise FROM visit UNION SELECT enterprise FROM lead"
                + " UNION SELECT enterprise FROM inspection UNION SELECT enterprise FROM signing").mapTo(String.class).list());
        enterpriseNames = List.copyOf(names.stream().filter(java.util.Objects::nonNull).toList());
        enterpriseNamesAt = System.nanoTime();
        return enterpriseNames;
    }

    /**
     * Active visits, leads, inspections and signings of every team with exactly this enterprise key (the same
     * enterprise in several teams' ledgers), by kind then number.
     */
    public List<LedgerEntry<?>> withEnterprise(String enterpriseKey) {
        if (enterpriseKey == null || enterpriseKey.isEmpty()) return List.of();
        if (memo.active()) {
            return memo.byEnterprise.computeIfAbsent(enterpriseKey,
                    k -> java.util.Collections.unmodifiableList(readWithEnterprise(k)));
        }
        return readWithEnterprise(enterpriseKey);
    }

    private List<LedgerEntry<?>> readWithEnterprise(String enterpriseKey) {
        return read(h -> {
            RecordRows rows = RECORD_ROWS.on(h);
            List<LedgerEntry<?>> out = new ArrayList<>();
            for (KindTable kt : List.of(KindTable.VISIT, KindTable.LEAD, KindTable.INSPECTION, KindTable.SIGNING)) {
                for (Row r : rows.withKey(kt.table, kt.linkSelect, enterpriseKey)) out.add(entry(h, kt, r));
            }
            return out;
        });
    }

    // ------------------------------------------------------------------ writing

    /**
     * Stores a report as a new record of the team, reported by a member, from an inbox message.
     *
     * <p>Defaults: a missing visit/lead/signing date is today (in the zone), a lead's stage 线索, a signing's
     * progress 签约. Leads link to the visit named in 线索来源 ("#V-0012"), else to the latest visit of the same
     * enterprise in the team; signings link to the team's lead of the same enterprise and project (or a lead
     * without a project) and move that lead to 签约. A signing with the same project key and enterprise as an
     * active signing of the team is not stored again: the existing record comes back as DUPLICATE.
     *
     * @throws LedgerException MISSING_FIELD for a missing required field, INVALID_VALUE for an unknown stage or
     *                         progress
     */
    public Recorded record(Report report, String teamId, String reporterId, long inboxId, Instant now) {
        enterpriseNames = null;
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(reporterId, "reporterId");
        Instant at = UtcText.truncate(now);
        LocalDate today = LocalDate.ofInstant(at, zone);
        KindTable kt = KindTable.of(report);
        Report r = withDefaults(report, today);
        requireFields(kt, r);
        return write(h -> {
            // numbering and the duplicate check: one transaction at a time, also across instances. One lock for
            // every kind, not one per kind: a group of messages takes it at its first record and holds it to its
            // commit, so locks per kind taken in message order deadlocked two instances' groups (a visit then a
            // lead against a lead then a visit), each deadlock costing PostgreSQL's 1 s deadlock_timeout
            Dialect.of(h).serialize(h, "record");
            RecordRows rows = RECORD_ROWS.on(h);
            if (r instanceof SigningReport s) {
                Optional<Row> existing = duplicateOf(rows, teamId, s);
                if (existing.isPresent()) {
                    Row e = existing.get();
                    Row full = rows.byId(kt.table, kt.linkSelect, e.whole("id")).orElseThrow();
                    return new Recorded(kt.kind, e.whole("id"), e.text("number"), Recorded.Outcome.DUPLICATE,
                            false, null, full.text("lead_number"), null, null);
                }
            }
            long seq = rows.nextSeq(kt.table);
            String number = new RecordNumber(kt.kind, seq).toString();
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("seq", seq);
            columns.put("number", number);
            columns.put("team_id", teamId);
            columns.put("reporter_id", reporterId);
            columns.put("inbox_id", inboxId);
            columns.put("created_at", UtcText.format(at));
            columns.put("updated_at", UtcText.format(at));
            columns.put("status", RecordStatus.ACTIVE.code());
            columns.putAll(kt.columns(r));
            columns.putAll(derived(h, kt, r, teamId, at, null));
            long id = rows.insert(kt.table, String.join(", ", columns.keySet()),
                    columns.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", ")), columns);
            if (r instanceof TripPlanReport plan) insertPlannedVisits(h, id, plan.plannedVisits());
            HISTORY.on(h).add(kt.kind.name(), id, number, UtcText.format(at), reporterId,
                    Action.CREATE.code(), null, null, null, null);
            String visitNumber = null;
            String leadNumber = null;
            if (kt == KindTable.LEAD && columns.get("visit_id") != null) {
                visitNumber = rows.byId(KindTable.VISIT.table, "", (Long) columns.get("visit_id"))
                        .map(v -> v.text("number")).orElse(null);
            }
            if (kt == KindTable.SIGNING && columns.get("lead_id") != null) {
                leadNumber = signLead(h, (Long) columns.get("lead_id"), id, number, reporterId, at);
            }
            boolean late = Integer.valueOf(1).equals(columns.get("late"));
            String likelyDuplicateOf = LikelyDuplicates.flag(h, kt, r, id, number, teamId, reporterId,
                    (String) columns.get("enterprise_key"), columns.get("date") instanceof String d ? d : null, at)
                    .orElse(null);
            return new Recorded(kt.kind, id, number, Recorded.Outcome.CREATED, late, visitNumber, leadNumber,
                    unlinkableSource(rows, teamId, r).orElse(null), likelyDuplicateOf);
        });
    }

    /**
     * Withdraws a record: it stays, with status withdrawn and who, when and why, and counts nowhere.
     *
     * @throws LedgerException UNKNOWN_NUMBER, WITHDRAWN (already)
     */
    public LedgerEntry<?> withdraw(String number, String actorId, String reason, Instant now) {
        Instant at = UtcText.truncate(now);
        return write(h -> {
            Located loc = locateActive(h, number);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("status", RecordStatus.WITHDRAWN.code());
            values.put("withdrawn_at", UtcText.format(at));
            values.put("withdrawn_by", actorId);
            values.put("withdraw_reason", reason);
            values.put("updated_at", UtcText.format(at));
            update(h, loc.kt, loc.id(), values);
            history(h, loc, at, actorId, Action.WITHDRAW, "status", RecordStatus.ACTIVE.code(),
                    RecordStatus.WITHDRAWN.code(), reason);
            return entry(h, loc.kt, RECORD_ROWS.on(h).byId(loc.kt.table, loc.kt.linkSelect, loc.id())
                    .orElseThrow());
        });
    }

    /**
     * Corrects fields of a record. Keys are record component names of the record's kind ({@code intent},
     * {@code amountYuan}, {@code date}, {@code plannedVisits} …); values are String, LocalDate (or ISO text),
     * Long/Integer for amounts (never floating point), a List of PlannedVisit (or names) for planned visits, or
     * null to clear an optional field. Unchanged values are skipped. Each change is one history row.
     * Derived facts follow: enterprise key, the late flag (against the time it was recorded), links, landed day.
     *
     * @return the changes made, old → new, in the order given
     * @throws LedgerException UNKNOWN_NUMBER, WITHDRAWN, UNKNOWN_FIELD, WRONG_TYPE, MISSING_FIELD, INVALID_VALUE
     */
    public List<Change> correct(String number, Map<String, Object> values, String actorId, Instant now) {
        enterpriseNames = null;
        Objects.requireNonNull(values, "values");
        Instant at = UtcText.truncate(now);
        return write(h -> {
            Located loc = locateActive(h, number);
            KindTable kt = loc.kt;
            Report old = entry(h, kt, loc.row).report();
            Map<String, Object> merged = kt.values(old);
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, Object> e : values.entrySet()) {
                RecordComponent c = kt.component(e.getKey()).orElseThrow(() -> new LedgerException(
                        Problem.UNKNOWN_FIELD, e.getKey(),
                        kt.kind.label() + "记录没有“" + e.getKey() + "”这一项"));
                Object v = canonical(kt, c.getName(), coerce(c, e.getValue()));
                Object before = merged.get(c.getName());
                if (!Objects.equals(before, v)) {
                    merged.put(c.getName(), v);
                    changes.add(new Change(c.getName(), before, v));
                }
            }
            if (changes.isEmpty()) return changes;
            Report corrected = kt.report(merged);
            requireFields(kt, corrected);
            if (changes.stream().anyMatch(c -> c.field().equals("source"))) {
                Optional<String> unlinkable = unlinkableSource(RECORD_ROWS.on(h), loc.row.text("team_id"), corrected);
                if (unlinkable.isPresent()) {
                    throw new LedgerException(Problem.INVALID_VALUE, "source",
                            unlinkableSourceMessage(unlinkable.get()) + "，" + loc.row.text("number") + " 未修改。");
                }
            }
            Map<String, Object> columns = new LinkedHashMap<>(kt.columns(corrected));
            columns.putAll(derived(h, kt, corrected, loc.row.text("team_id"), loc.row.instant("created_at"), loc.row));
            columns.put("updated_at", UtcText.format(at));
            if (kt == KindTable.SIGNING) {
                columns.put("landed_on", landedOn(loc.row, ((SigningReport) corrected).progress(), at));
            }
            update(h, kt, loc.id(), columns);
            if (corrected instanceof TripPlanReport plan && changes.stream()
                    .anyMatch(c -> c.field().equals(KindTable.PLANNED_VISITS))) {
                PLANNED_VISITS.on(h).deleteOf(loc.id());
                insertPlannedVisits(h, loc.id(), plan.plannedVisits());
            }
            for (Change c : changes) {
                history(h, loc, at, actorId, Action.CORRECT, c.field(), text(c.oldValue()), text(c.newValue()), null);
            }
            if (corrected instanceof LeadReport lead && LeadStage.SIGNED.label().equals(lead.stage())
                    && !LeadStage.SIGNED.label().equals(((LeadReport) old).stage())) {
                linkSignedLead(h, loc.id(), loc.row.text("number"), loc.row.text("team_id"), lead);
            }
            return changes;
        });
    }

    /**
     * Sets a signing's 项目进度 (签约 / 注册 / 开工 / 投产, also 已开工 …), forward or backward; both are recorded.
     * Reaching 开工 or later the first time sets the landed day (today in the zone); going back below 开工 clears it.
     *
     * @throws LedgerException UNKNOWN_NUMBER, WRONG_KIND, WITHDRAWN, INVALID_VALUE
     */
    public Moved setSigningProgress(String number, String progress, String actorId, Instant now) {
        Instant at = UtcText.truncate(now);
        SigningProgress to = SigningProgress.parse(progress).orElseThrow(() -> new LedgerException(
                Problem.INVALID_VALUE, "progress", "项目进度只能是 签约、注册、开工、投产（收到：" + progress + "）"));
        return write(h -> {
            Located loc = locateActive(h, number);
            requireKind(loc, KindTable.SIGNING, "项目进度");
            String from = loc.row.text("progress");
            if (from.equals(to.label())) return new Moved(loc.row.text("number"), from, from, null);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("progress", to.label());
            values.put("landed_on", landedOn(loc.row, to.label(), at));
            values.put("updated_at", UtcText.format(at));
            update(h, loc.kt, loc.id(), values);
            history(h, loc, at, actorId, Action.PROGRESS, "progress", from, to.label(), null);
            return new Moved(loc.row.text("number"), from, to.label(), null);
        });
    }

    /**
     * Sets a lead's 当前阶段 (线索 / 洽谈 / 签约), forward or backward. A lead becoming 签约 is linked to the team's
     * signing of the same enterprise (preferring the same project) when there is one.
     *
     * @throws LedgerException UNKNOWN_NUMBER, WRONG_KIND, WITHDRAWN, INVALID_VALUE
     */
    public Moved setLeadStage(String number, String stage, String actorId, Instant now) {
        Instant at = UtcText.truncate(now);
        LeadStage to = LeadStage.parse(stage).orElseThrow(() -> new LedgerException(
                Problem.INVALID_VALUE, "stage", "线索阶段只能是 线索、洽谈、签约（收到：" + stage + "）"));
        return write(h -> {
            Located loc = locateActive(h, number);
            requireKind(loc, KindTable.LEAD, "线索阶段");
            String from = loc.row.text("stage");
            String num = loc.row.text("number");
            if (from.equals(to.label())) {
                return new Moved(num, from, from, linkedNumber(h, KindTable.SIGNING, loc.row.whole("signing_id")));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("stage", to.label());
            values.put("updated_at", UtcText.format(at));
            update(h, loc.kt, loc.id(), values);
            history(h, loc, at, actorId, Action.STAGE, "stage", from, to.label(), null);
            String linked = null;
            if (to == LeadStage.SIGNED) {
                LeadReport lead = (LeadReport) entry(h, loc.kt, loc.row).report();
                linked = linkSignedLead(h, loc.id(), num, loc.row.text("team_id"), lead);
            }
            return new Moved(num, from, to.label(), linked);
        });
    }

    // ------------------------------------------------------------------ reading

    /** The record with this number in any form people type ("#V-0042", "V-42", "v42"), withdrawn ones included. */
    public Optional<LedgerEntry<?>> find(String number) {
        if (number != null && memo.active()) return memo.byNumber.computeIfAbsent(number, this::readNumber);
        return readNumber(number);
    }

    private Optional<LedgerEntry<?>> readNumber(String number) {
        Optional<RecordNumber> n = RecordNumber.parse(number);
        if (n.isEmpty()) return Optional.empty();
        KindTable kt = KindTable.of(n.get().kind());
        return read(h -> RECORD_ROWS.on(h).bySeq(kt.table, kt.linkSelect, n.get().seq())
                .map(row -> entry(h, kt, row)));
    }

    /** A member's latest records of every kind, newest first, withdrawn ones included (see status). */
    public List<LedgerEntry<?>> recentBy(String reporterId, int limit) {
        return read(h -> {
            RecordRows rows = RECORD_ROWS.on(h);
            List<LedgerEntry<?>> entries = new ArrayList<>();
            for (Row ref : rows.latestOf(reporterId, limit)) {
                KindTable kt = KindTable.valueOf(ref.text("kind"));
                rows.byId(kt.table, kt.linkSelect, ref.whole("id")).ifPresent(r -> entries.add(entry(h, kt, r)));
            }
            return entries;
        });
    }

    /**
     * The records made from one inbox message (withdrawn ones included), so that a message processed again after
     * a crash or redelivery can be recognised before it is recorded twice.
     */
    public List<LedgerEntry<?>> fromMessage(long inboxId) {
        return read(h -> {
            RecordRows rows = RECORD_ROWS.on(h);
            List<LedgerEntry<?>> entries = new ArrayList<>();
            for (Row ref : rows.madeFrom(inboxId)) {
                KindTable kt = KindTable.valueOf(ref.text("kind"));
                rows.byId(kt.table, kt.linkSelect, ref.whole("id")).ifPresent(r -> entries.add(entry(h, kt, r)));
            }
            return entries;
        });
    }

    /** Every change to a record, oldest first (the create row first). Empty for an unknown number. */
    /**
     * The likely duplicates of these records (either side of a flag, see {@link LikelyDuplicates}): number → the other
     * records' numbers; records without a flag are absent.
     */
    public Map<String, List<String>> likelyDuplicates(java.util.Collection<String> numbers) {
        if (numbers.isEmpty()) return Map.of();
        return read(h -> LikelyDuplicates.of(h, numbers));
    }

    public List<HistoryEntry> history(String number) {
        Optional<LedgerEntry<?>> e = find(number);
        if (e.isEmpty()) return List.of();
        LedgerEntry<?> entry = e.get();
        return read(h -> HISTORY.on(h).of(entry.kind().name(), entry.id()).stream()
                .map(r -> new HistoryEntry(ReportKind.valueOf(r.text("kind")), r.whole("record_id"),
                        r.text("number"), r.instant("at"), r.text("actor_id"),
                        Action.valueOf(r.text("action").toUpperCase()), r.text("field"), r.text("old_value"),
                        r.text("new_value"), r.text("reason")))
                .toList());
    }

    /**
     * Records of one kind for a team (all teams when teamId is null) whose own date lies in [from, to], inclusive:
     * visit/lead/inspection/signing date; trip plans and summaries whose trip days overlap [from, to]. A null
     * bound is open. Ordered by date, then number.
     */
    public List<LedgerEntry<?>> entries(ReportKind kind, String teamId, LocalDate from, LocalDate to,
                                        boolean includeWithdrawn) {
        KindTable kt = KindTable.of(kind);
        if (memo.active()) {
            @SuppressWarnings("unchecked")
            List<LedgerEntry<?>> kept = (List<LedgerEntry<?>>) memo.lists.computeIfAbsent(
                    kind + "|" + teamId + "|" + from + "|" + to + "|" + includeWithdrawn,
                    k -> java.util.Collections.unmodifiableList(
                            period(kt, kt.fromColumn, kt.toColumn, teamId, from, to, includeWithdrawn)));
            return kept;
        }
        return period(kt, kt.fromColumn, kt.toColumn, teamId, from, to, includeWithdrawn);
    }

    /** Active visits (走访日期 in [from, to]). */
    public List<LedgerEntry<VisitReport>> visits(String teamId, LocalDate from, LocalDate to) {
        return visits(teamId, from, to, false);
    }

    public List<LedgerEntry<VisitReport>> visits(String teamId, LocalDate from, LocalDate to, boolean includeWithdrawn) {
        return typed(entries(ReportKind.VISIT, teamId, from, to, includeWithdrawn));
    }

    /** Active leads (lead date in [from, to]). */
    public List<LedgerEntry<LeadReport>> leads(String teamId, LocalDate from, LocalDate to) {
        return leads(teamId, from, to, false);
    }

    public List<LedgerEntry<LeadReport>> leads(String teamId, LocalDate from, LocalDate to, boolean includeWithdrawn) {
        return typed(entries(ReportKind.LEAD, teamId, from, to, includeWithdrawn));
    }

    /** Active inspections (考察日期 in [from, to]). */
    public List<LedgerEntry<InspectionReport>> inspections(String teamId, LocalDate from, LocalDate to) {
        return inspections(teamId, from, to, false);
    }

    public List<LedgerEntry<InspectionReport>> inspections(String teamId, LocalDate from, LocalDate to,
                                                           boolean includeWithdrawn) {
        return typed(entries(ReportKind.INSPECTION, teamId, from, to, includeWithdrawn));
    }

    /** Active signings signed in [from, to] (签约日期), with their current progress. Null bounds: any date. */
    public List<LedgerEntry<SigningReport>> signings(String teamId, LocalDate from, LocalDate to) {
        return signings(teamId, from, to, false);
    }

    public List<LedgerEntry<SigningReport>> signings(String teamId, LocalDate from, LocalDate to,
                                                     boolean includeWithdrawn) {
        return typed(entries(ReportKind.SIGNING, teamId, from, to, includeWithdrawn));
    }

    /**
     * Active signings of any signing date that landed (first reached 开工 or later, see
     * {@link LedgerEntry#landedOn()}) in [from, to]: the 引进落地 count; filter amountYuan ≥ 100,000,000 for 亿元以上.
     */
    public List<LedgerEntry<SigningReport>> landedSignings(String teamId, LocalDate from, LocalDate to) {
        return typed(period(KindTable.SIGNING, "landed_on", "landed_on", teamId, from, to, false));
    }

    /** Active trip plans whose [出发, 返回] overlaps [from, to]. */
    public List<LedgerEntry<TripPlanReport>> tripPlans(String teamId, LocalDate from, LocalDate to) {
        return tripPlans(teamId, from, to, false);
    }

    public List<LedgerEntry<TripPlanReport>> tripPlans(String teamId, LocalDate from, LocalDate to,
                                                       boolean includeWithdrawn) {
        return typed(entries(ReportKind.TRIP_PLAN, teamId, from, to, includeWithdrawn));
    }

    /**
     * Active trip summaries whose trip days overlap [from, to]; a summary without trip dates counts on the day it
     * was filed.
     */
    public List<LedgerEntry<TripSummaryReport>> tripSummaries(String teamId, LocalDate from, LocalDate to) {
        return tripSummaries(teamId, from, to, false);
    }

    public List<LedgerEntry<TripSummaryReport>> tripSummaries(String teamId, LocalDate from, LocalDate to,
                                                              boolean includeWithdrawn) {
        return typed(entries(ReportKind.TRIP_SUMMARY, teamId, from, to, includeWithdrawn));
    }

    /**
     * Runs several reads on one connection instead of one connection each: the period queries behind one progress
     * answer. Nothing else changes (no transaction is opened; each query sees the database as it is when it runs).
     */
    public <T> T reading(Supplier<T> reads) {
        return jdbi.withHandle(h -> reads.get());
    }

    /** Planned visits with a date in [from, to] of active trip plans (for the 24-hour rule), by date. */
    public List<PlannedVisitEntry> plannedVisits(String teamId, LocalDate from, LocalDate to) {
        if (memo.active()) {
            @SuppressWarnings("unchecked")
            List<PlannedVisitEntry> kept = (List<PlannedVisitEntry>) memo.lists.computeIfAbsent(
                    "planned|" + teamId + "|" + from + "|" + to,
                    k -> java.util.Collections.unmodifiableList(readPlannedVisits(teamId, from, to)));
            return kept;
        }
        return readPlannedVisits(teamId, from, to);
    }

    private List<PlannedVisitEntry> readPlannedVisits(String teamId, LocalDate from, LocalDate to) {
        String f = (from == null ? NO_START : from).toString();
        String t = (to == null ? NO_END : to).toString();
        return read(h -> {
            PlannedVisitRows rows = PLANNED_VISITS.on(h);
            return (teamId == null ? rows.allDated(f, t) : rows.teamDated(teamId, f, t)).stream()
                    .map(r -> new PlannedVisitEntry(r.text("number"), r.text("team_id"), r.text("reporter_id"),
                            r.text("enterprise"), r.text("enterprise_key"), r.date("date")))
                    .toList();
        });
    }

    // ------------------------------------------------------------------ internals

    /** Runs a write in one (IMMEDIATE) transaction on a handle that maps {@link Row}s. */
    private <T> T write(HandleCallback<T, RuntimeException> work) {
        return jdbi.inTransaction(h -> work.withHandle(configured(h)));
    }

    /** Runs reads on a handle that maps {@link Row}s. */
    private <T> T read(HandleCallback<T, RuntimeException> work) {
        return jdbi.withHandle(h -> work.withHandle(configured(h)));
    }

    private static Handle configured(Handle h) {
        return Row.on(h);
    }

    /** A record found by number, with its row. */
    private record Located(KindTable kt, Row row) {
        long id() { return row.whole("id"); }
    }

    private Located locateActive(Handle h, String number) {
        RecordNumber n = RecordNumber.parse(number).orElseThrow(() -> unknown(number));
        KindTable kt = KindTable.of(n.kind());
        Row row = RECORD_ROWS.on(h).bySeq(kt.table, kt.linkSelect, n.seq()).orElseThrow(() -> unknown(number));
        if (RecordStatus.ofCode(row.text("status")) == RecordStatus.WITHDRAWN) {
            throw new LedgerException(Problem.WITHDRAWN, null, row.text("number") + " 已撤销，不能再修改");
        }
        return new Located(kt, row);
    }

    private static LedgerException unknown(String number) {
        return new LedgerException(Problem.UNKNOWN_NUMBER, null, "没有找到编号为 " + number + " 的记录");
    }

    private static void requireKind(Located loc, KindTable expected, String what) {
        if (loc.kt != expected) {
            throw new LedgerException(Problem.WRONG_KIND, null, loc.row.text("number") + " 是" + loc.kt.kind.label()
                    + "记录，不能设置" + what + "；请用" + expected.kind.label() + "记录编号（#"
                    + expected.kind.prefix() + "-…）");
        }
    }

    private static void requireFields(KindTable kt, Report r) {
        List<String> missing = kt.missing(r);
        if (!missing.isEmpty()) {
            String names = missing.stream().map(KindTable::label).collect(Collectors.joining("、"));
            throw new LedgerException(Problem.MISSING_FIELD, missing.get(0),
                    kt.kind.label() + "记录缺少必填项：" + names);
        }
    }

    /** Fills the defaults the ledger needs (date today, stage 线索, progress 签约) and canonical stage/progress. */
    static Report withDefaults(Report report, LocalDate today) {
        if (report instanceof VisitReport v && v.date() == null) {
            return new VisitReport(today, v.enterprise(), v.enterpriseInfo(), v.region(), v.industry(), v.contacts(),
                    v.ourPeople(), v.content(), v.intent(), v.amountYuan(), v.followUp());
        }
        if (report instanceof LeadReport l) {
            String stage = l.stage() == null || l.stage().isBlank() ? LeadStage.LEAD.label()
                    : (String) canonical(KindTable.LEAD, "stage", l.stage());
            return new LeadReport(l.date() == null ? today : l.date(), l.enterprise(), l.project(), l.industry(),
                    l.amountYuan(), l.area(), l.owner(), l.source(), stage, l.nextStep());
        }
        if (report instanceof SigningReport s) {
            String progress = s.progress() == null || s.progress().isBlank() ? SigningProgress.SIGNED.label()
                    : (String) canonical(KindTable.SIGNING, "progress", s.progress());
            return new SigningReport(s.project(), s.enterprise(), s.date() == null ? today : s.date(),
                    s.amountYuan(), s.industry(), s.area(), progress, s.issues(), s.owner(), s.remark());
        }
        return report;
    }

    /** Stage and progress in their stored spelling; other values unchanged. */
    private static Object canonical(KindTable kt, String component, Object value) {
        if (kt == KindTable.LEAD && component.equals("stage")) {
            String s = (String) value;
            return LeadStage.parse(s).map(LeadStage::label).orElseThrow(() -> new LedgerException(
                    Problem.INVALID_VALUE, "stage", "线索阶段只能是 线索、洽谈、签约（收到：" + s + "）"));
        }
        if (kt == KindTable.SIGNING && component.equals("progress")) {
            String s = (String) value;
            return SigningProgress.parse(s).map(SigningProgress::label).orElseThrow(() -> new LedgerException(
                    Problem.INVALID_VALUE, "progress", "项目进度只能是 签约、注册、开工、投产（收到：" + s + "）"));
        }
        return value;
    }

    /** A correction value in the component's type, or WRONG_TYPE. */
    private static Object coerce(RecordComponent c, Object value) {
        if (value == null) return null;
        Class<?> type = c.getType();
        String label = KindTable.label(c.getName());
        if (type == String.class && value instanceof String) return value;
        if (type == LocalDate.class) {
            if (value instanceof LocalDate) return value;
            if (value instanceof String s) {
                try {
                    return LocalDate.parse(s.strip());
                } catch (DateTimeParseException e) {
                    throw wrongType(c, "“" + label + "”需要日期（yyyy-MM-dd），收到：" + s);
                }
            }
        }
        if (type == Long.class) {
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            }
            try {
                if (value instanceof BigInteger b) return b.longValueExact();
                if (value instanceof BigDecimal d) return d.longValueExact();
            } catch (ArithmeticException e) {
                throw wrongType(c, "“" + label + "”需要整数（元），收到：" + value);
            }
            throw wrongType(c, "“" + label + "”需要整数（元），收到：" + value);
        }
        if (type == List.class && value instanceof List<?> list) {
            List<PlannedVisit> visits = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof PlannedVisit p) visits.add(p);
                else if (o instanceof String s) visits.add(new PlannedVisit(s, null));
                else throw wrongType(c, "“" + label + "”需要企业列表，收到：" + o);
            }
            return List.copyOf(visits);
        }
        throw wrongType(c, "“" + label + "”的值类型不对，收到：" + value);
    }

    private static LedgerException wrongType(RecordComponent c, String message) {
        return new LedgerException(Problem.WRONG_TYPE, c.getName(), message);
    }

    /**
     * Columns computed from the report: enterprise key, late flag, project key, links, summary period.
     * {@code existing} is the stored row when correcting (null when recording): links then change only when the
     * fields they depend on changed.
     */
    private Map<String, Object> derived(Handle h, KindTable kt, Report r, String teamId, Instant recordedAt,
                                        Row existing) {
        Map<String, Object> d = new LinkedHashMap<>();
        RecordRows rows = RECORD_ROWS.on(h);
        if (r instanceof VisitReport v) {
            d.put("enterprise_key", EnterpriseName.normalize(v.enterprise()));
            d.put("late", VisitDeadline.isLate(v.date(), recordedAt, zone) ? 1 : 0);
        } else if (r instanceof LeadReport l) {
            String key = EnterpriseName.normalize(l.enterprise());
            d.put("enterprise_key", key);
            d.put("project_key", l.project() == null ? null : ProjectName.normalize(l.project()));
            boolean relink = existing == null || !key.equals(existing.text("enterprise_key"))
                    || !Objects.equals(l.source(), existing.text("source"));
            d.put("visit_id", relink ? sourceVisit(rows, teamId, l.source(), key) : existing.whole("visit_id"));
        } else if (r instanceof InspectionReport i) {
            d.put("enterprise_key", EnterpriseName.normalize(i.enterprise()));
        } else if (r instanceof SigningReport s) {
            String key = EnterpriseName.normalize(s.enterprise());
            String projectKey = ProjectName.normalize(s.project());
            d.put("enterprise_key", key);
            d.put("project_key", projectKey);
            boolean relink = existing == null || !key.equals(existing.text("enterprise_key"))
                    || !projectKey.equals(existing.text("project_key"));
            d.put("lead_id", relink ? leadOf(rows, teamId, key, projectKey).map(x -> x.whole("id")).orElse(null)
                    : existing.whole("lead_id"));
            if (existing == null) {
                d.put("landed_on", SigningProgress.parse(s.progress()).orElseThrow().landed()
                        ? LocalDate.ofInstant(recordedAt, zone).toString() : null);
            }
        } else if (r instanceof TripSummaryReport t) {
            LocalDate filed = LocalDate.ofInstant(recordedAt, zone);
            LocalDate from = t.departDate() != null ? t.departDate() : t.returnDate() != null ? t.returnDate() : filed;
            LocalDate to = t.returnDate() != null ? t.returnDate() : from;
            if (to.isBefore(from)) to = from;
            d.put("period_from", from.toString());
            d.put("period_to", to.toString());
        }
        return d;
    }

    /**
     * The visit a lead came from: the team's active visit numbered in 线索来源, else the enterprise's latest visit of
     * the team. A visit of another team is never linked, whatever 线索来源 says.
     */
    private Long sourceVisit(RecordRows rows, String teamId, String source, String enterpriseKey) {
        Optional<RecordNumber> named = sourceNumber(source);
        if (named.isPresent()) {
            Optional<Row> visit = teamVisit(rows, teamId, named.get());
            if (visit.isPresent()) return visit.get().whole("id");
        }
        List<Row> visits = sameEnterprise(rows, KindTable.VISIT, teamId, enterpriseKey);
        return visits.isEmpty() ? null : visits.get(0).whole("id");
    }

    /** The visit number written in 线索来源 ("走访 #V-0012"), if any. */
    private static Optional<RecordNumber> sourceNumber(String source) {
        if (source == null) return Optional.empty();
        Matcher m = NUMBER_IN_TEXT.matcher(EnterpriseName.foldWidth(source));
        if (!m.find()) return Optional.empty();
        return RecordNumber.parse(m.group()).filter(n -> n.kind() == ReportKind.VISIT);
    }

    private static Optional<Row> teamVisit(RecordRows rows, String teamId, RecordNumber number) {
        return rows.bySeq(KindTable.VISIT.table, "", number.seq())
                .filter(v -> teamId.equals(v.text("team_id")))
                .filter(v -> RecordStatus.WITHDRAWN != RecordStatus.ofCode(v.text("status")));
    }

    /**
     * The visit number in a lead's 线索来源 when it is not an active visit of the team (another team's, withdrawn or
     * unknown — told apart nowhere, so nothing about other teams' records can be learnt from it); else empty.
     */
    private static Optional<String> unlinkableSource(RecordRows rows, String teamId, Report r) {
        if (!(r instanceof LeadReport lead)) return Optional.empty();
        Optional<RecordNumber> named = sourceNumber(lead.source());
        if (named.isEmpty() || teamVisit(rows, teamId, named.get()).isPresent()) return Optional.empty();
        return Optional.of(named.get().toString());
    }

    /** Why a lead is not linked to the visit its 线索来源 names. */
    static String unlinkableSourceMessage(String number) {
        return "线索来源 " + number + " 不是本组有效的走访记录，不能关联（只能关联本组自己的走访）";
    }

    /** The team's lead for a signing: same enterprise and project, else the latest one of the enterprise without project. */
    private Optional<Row> leadOf(RecordRows rows, String teamId, String enterpriseKey, String projectKey) {
        List<Row> leads = sameEnterprise(rows, KindTable.LEAD, teamId, enterpriseKey);
        Optional<Row> sameProject = leads.stream()
                .filter(l -> ProjectName.sameProject(l.text("project_key"), projectKey)).findFirst();
        if (sameProject.isPresent()) return sameProject;
        return leads.stream().filter(l -> l.text("project_key") == null || l.text("project_key").isEmpty())
                .findFirst();
    }

    /** The team's signing for a lead: same enterprise and project, else the enterprise's latest signing. */
    private Optional<Row> signingOf(RecordRows rows, String teamId, String enterpriseKey, String projectKey) {
        List<Row> signings = sameEnterprise(rows, KindTable.SIGNING, teamId, enterpriseKey);
        Optional<Row> sameProject = signings.stream()
                .filter(s -> ProjectName.sameProject(s.text("project_key"), projectKey)).findFirst();
        return sameProject.isPresent() ? sameProject : signings.stream().findFirst();
    }

    /** Active records of a team naming the same enterprise (EnterpriseName step 1, then step 2), latest first. */
    private static List<Row> sameEnterprise(RecordRows rows, KindTable kt, String teamId, String key) {
        if (key == null || key.isEmpty()) return List.of();
        List<Row> exact = rows.sameKey(kt.table, kt.linkSelect, kt.fromColumn, teamId, key);
        if (!exact.isEmpty()) return exact;
        String core = key.substring(EnterpriseName.leadingPlace(key).length());
        String probe = core.substring(0, Math.min(EnterpriseName.MIN_PREFIX, core.length()));
        return rows.keyContaining(kt.table, kt.linkSelect, kt.fromColumn, teamId, probe).stream()
                .filter(r -> EnterpriseName.sameEnterprise(key, r.text("enterprise_key")))
                .toList();
    }

    private Optional<Row> duplicateOf(RecordRows rows, String teamId, SigningReport s) {
        String key = EnterpriseName.normalize(s.enterprise());
        return rows.signingsOfProject(teamId, ProjectName.normalize(s.project())).stream()
                .filter(r -> EnterpriseName.sameEnterprise(key, r.text("enterprise_key")))
                .findFirst();
    }

    /** A new signing came from a lead: link the lead to it and move the lead to 签约. Returns the lead's number. */
    private String signLead(Handle h, long leadId, long signingId, String signingNumber, String actorId, Instant at) {
        RecordRows rows = RECORD_ROWS.on(h);
        Row lead = rows.byId(KindTable.LEAD.table, "", leadId).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        if (lead.whole("signing_id") == null) values.put("signing_id", signingId);
        String stage = lead.text("stage");
        if (!LeadStage.SIGNED.label().equals(stage)) values.put("stage", LeadStage.SIGNED.label());
        if (!values.isEmpty()) {
            values.put("updated_at", UtcText.format(at));
            update(h, KindTable.LEAD, leadId, values);
        }
        if (values.containsKey("stage")) {
            history(h, new Located(KindTable.LEAD, lead), at, actorId, Action.STAGE, "stage", stage,
                    LeadStage.SIGNED.label(), "签约 " + signingNumber);
        }
        return lead.text("number");
    }

    /** A lead set to 签约: link it to the team's signing of the enterprise, if any. Returns the signing's number. */
    private String linkSignedLead(Handle h, long leadId, String leadNumber, String teamId, LeadReport lead) {
        RecordRows rows = RECORD_ROWS.on(h);
        Optional<Row> signing = signingOf(rows, teamId, EnterpriseName.normalize(lead.enterprise()),
                ProjectName.normalize(lead.project()));
        if (signing.isEmpty()) return null;
        Row s = signing.get();
        update(h, KindTable.LEAD, leadId, Map.of("signing_id", s.whole("id")));
        if (s.whole("lead_id") == null) update(h, KindTable.SIGNING, s.whole("id"), Map.of("lead_id", leadId));
        return s.text("number");
    }

    private String landedOn(Row signing, String progress, Instant at) {
        boolean landed = SigningProgress.parse(progress).orElseThrow().landed();
        if (!landed) return null;
        String already = signing.text("landed_on");
        return already != null ? already : LocalDate.ofInstant(at, zone).toString();
    }

    private static String linkedNumber(Handle h, KindTable kt, Long id) {
        if (id == null) return null;
        return RECORD_ROWS.on(h).byId(kt.table, "", id).map(r -> r.text("number")).orElse(null);
    }

    private static void update(Handle h, KindTable kt, long id, Map<String, Object> columns) {
        String assignments = columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        RECORD_ROWS.on(h).update(kt.table, assignments, columns, id);
    }

    private static void insertPlannedVisits(Handle h, long tripPlanId, List<PlannedVisit> visits) {
        PlannedVisitRows rows = PLANNED_VISITS.on(h);
        for (int i = 0; i < visits.size(); i++) {
            PlannedVisit v = visits.get(i);
            String name = v.enterprise() == null ? "" : v.enterprise();
            rows.insert(tripPlanId, i, name, EnterpriseName.normalize(name),
                    v.date() == null ? null : v.date().toString());
        }
    }

    private static void history(Handle h, Located loc, Instant at, String actorId, Action action, String field,
                                String oldValue, String newValue, String reason) {
        HISTORY.on(h).add(loc.kt.kind.name(), loc.id(), loc.row.text("number"), UtcText.format(at),
                actorId, action.code(), field, oldValue, newValue, reason);
    }

    /** A record's fields as its ledger shows them: label → text (amounts in 万元, dates yyyy-MM-dd, "" when empty). */
    public static Map<String, String> fields(LedgerEntry<?> e) {
        Map<String, String> fields = new LinkedHashMap<>();
        KindTable.of(e.kind()).values(e.report()).forEach((component, value) -> {
            String text = value instanceof Long yuan && component.equals("amountYuan")
                    ? zhaoshang.report.Money.formatWan(yuan) : text(value);
            fields.put(zhaoshang.report.FieldLabels.label(e.kind(), component), text == null ? "" : text);
        });
        return fields;
    }

    /** A value as history text: dates yyyy-MM-dd, amounts integer 元, planned visits "企业(日期)、企业". */
    static String text(Object value) {
        if (value == null) return null;
        if (value instanceof List<?> list) {
            return list.stream().map(o -> o instanceof PlannedVisit p
                    ? (p.enterprise() + (p.date() == null ? "" : "(" + p.date() + ")"))
                    : String.valueOf(o)).collect(Collectors.joining("、"));
        }
        return value.toString();
    }

    private List<LedgerEntry<?>> period(KindTable kt, String fromColumn, String toColumn, String teamId,
                                        LocalDate from, LocalDate to, boolean includeWithdrawn) {
        String f = (from == null ? NO_START : from).toString();
        String t = (to == null ? NO_END : to).toString();
        String also = includeWithdrawn ? RecordStatus.WITHDRAWN.code() : RecordStatus.ACTIVE.code();
        return read(h -> {
            RecordRows rows = RECORD_ROWS.on(h);
            List<Row> found = teamId == null
                    ? rows.allPeriod(kt.table, kt.linkSelect, fromColumn, toColumn, f, t, also)
                    : rows.teamPeriod(kt.table, kt.linkSelect, fromColumn, toColumn, teamId, f, t, also);
            Map<Long, List<PlannedVisit>> planned = kt == KindTable.TRIP_PLAN ? plannedVisitsOf(h, found) : Map.of();
            List<LedgerEntry<?>> entries = new ArrayList<>(found.size());
            for (Row r : found) entries.add(entry(kt, r, planned.getOrDefault(r.whole("id"), List.of())));
            return entries;
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <R extends Report> List<LedgerEntry<R>> typed(List<LedgerEntry<?>> entries) {
        return (List) entries;
    }

    /** The planned visits of trip plans, by plan id, read in one query per 500 plans rather than one per plan. */
    private static Map<Long, List<PlannedVisit>> plannedVisitsOf(Handle h, List<Row> plans) {
        Map<Long, List<PlannedVisit>> byPlan = new HashMap<>();
        PlannedVisitRows rows = PLANNED_VISITS.on(h);
        List<Long> ids = plans.stream().map(r -> r.whole("id")).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            for (Row r : rows.ofAll(ids.subList(i, Math.min(ids.size(), i + 500)))) {
                byPlan.computeIfAbsent(r.whole("trip_plan_id"), k -> new ArrayList<>())
                        .add(new PlannedVisit(r.text("enterprise"), r.date("date")));
            }
        }
        byPlan.replaceAll((k, v) -> List.copyOf(v));
        return byPlan;
    }

    private static LedgerEntry<?> entry(Handle h, KindTable kt, Row row) {
        List<PlannedVisit> planned = List.of();
        if (kt == KindTable.TRIP_PLAN) {
            planned = PLANNED_VISITS.on(h).of(row.whole("id")).stream()
                    .map(r -> new PlannedVisit(r.text("enterprise"), r.date("date"))).toList();
        }
        return entry(kt, row, planned);
    }

    private static LedgerEntry<?> entry(KindTable kt, Row row, List<PlannedVisit> planned) {
        long id = row.whole("id");
        Report report = kt.report(row, planned);
        LedgerEntry.Withdrawal withdrawal = row.text("withdrawn_at") == null ? null
                : new LedgerEntry.Withdrawal(row.text("withdrawn_by"), row.instant("withdrawn_at"),
                        row.text("withdraw_reason"));
        LedgerEntry.Links links = switch (kt) {
            case LEAD -> new LedgerEntry.Links(row.text("visit_number"), null, row.text("signing_number"));
            case SIGNING -> new LedgerEntry.Links(null, row.text("lead_number"), null);
            default -> LedgerEntry.Links.NONE;
        };
        String key = row.text("enterprise_key");
        return new LedgerEntry<>(kt.kind, id, row.text("number"), row.text("team_id"), row.text("reporter_id"),
                row.whole("inbox_id"), RecordStatus.ofCode(row.text("status")), row.instant("created_at"),
                row.instant("updated_at"), key == null ? "" : key,
                kt == KindTable.VISIT && Long.valueOf(1).equals(row.whole("late")), links, withdrawal,
                kt == KindTable.SIGNING ? row.date("landed_on") : null, report);
    }
}
