package zhaoshang.bot;

import java.time.Duration;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jdbi.v3.core.Jdbi;

import zhaoshang.report.InspectionReport;
import zhaoshang.report.LeadReport;
import zhaoshang.report.Report;
import zhaoshang.report.ReportKind;
import zhaoshang.report.SigningReport;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.TripSummaryReport;
import zhaoshang.report.VisitReport;

/**
 * The pending drafts (table {@code draft}, V11): at most one open draft per member per conversation. Every write is a
 * transaction call, so inside the message's unit of work (Pipeline) it joins the unit: a draft and the answer asking
 * about it are stored together or not at all.
 */
public final class Drafts {

    /** How long a draft waits for its answer. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** How a draft ended. */
    public enum Closed {
        RECORDED("recorded"), CANCELLED("cancelled"), REPLACED("replaced"), EXPIRED("expired");

        final String code;

        Closed(String code) {
            this.code = code;
        }
    }

    private final Jdbi jdbi;

    public Drafts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Counts the writes to drafts (any thread), so that a remembered look-up is not used after one. */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    /** The last {@link #open(Request)} on this thread: the request, the writes count then, the draft. */
    private final ThreadLocal<Object[]> lastOpen = new ThreadLocal<>();

    /**
     * The sender's open draft in the request's conversation, read once per message: the draft-answer command and the
     * report command both ask for it (the second answer comes from memory unless a draft was written meanwhile).
     */
    @SuppressWarnings("unchecked")
    public Optional<Draft> open(Request request) {
        long before = writes.get();
        Object[] last = lastOpen.get();
        if (last != null && last[0] == request && (long) last[1] == before) return (Optional<Draft>) last[2];
        Optional<Draft> open = open(request.message().platform(), request.message().conversationId(),
                request.member().id());
        lastOpen.set(new Object[] {request, before, open});
        return open;
    }

    /** The member's open draft in this conversation, expired or not. */
    public Optional<Draft> open(String platform, String conversationId, String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM draft WHERE platform = :p AND conversation_id = :c"
                        + " AND member_id = :m AND status = 'open' ORDER BY id DESC LIMIT 1")
                .bind("p", platform).bind("c", conversationId).bind("m", memberId)
                .map((rs, ctx) -> new Draft(rs.getLong("id"), rs.getString("platform"), rs.getString("conversation_id"),
                        rs.getString("member_id"), rs.getString("team_id"), rs.getLong("inbox_id"),
                        read(rs.getString("kind"), rs.getString("report")), rs.getString("question"),
                        rs.getString("problem"), Instant.parse(rs.getString("created_at")),
                        Instant.parse(rs.getString("expires_at"))))
                .findOne());
    }

    /** Opens a draft for the member here, closing any open one as replaced; it expires {@link #LIFETIME} from now. */
    public Draft start(String platform, String conversationId, String memberId, String teamId, long inboxId,
                       Report report, String question, String problem, Instant now) {
        close(platform, conversationId, memberId, Closed.REPLACED, inboxId, null, now);
        Instant expires = now.plus(LIFETIME);
        writes.incrementAndGet();
        long id = jdbi.inTransaction(h -> h.createQuery("INSERT INTO draft (platform, conversation_id, member_id, team_id,"
                        + " inbox_id, kind, report, question, problem, created_at, updated_at, expires_at, status)"
                        + " VALUES (:p, :c, :m, :t, :i, :k, :r, :q, :pr, :now, :now, :exp, 'open') RETURNING id")
                .bind("p", platform).bind("c", conversationId).bind("m", memberId).bind("t", teamId)
                .bind("i", inboxId).bind("k", report.kind().name()).bind("r", write(report)).bind("q", question)
                .bind("pr", problem).bind("now", now.toString()).bind("exp", expires.toString())
                .mapTo(Long.class).one());
        return new Draft(id, platform, conversationId, memberId, teamId, inboxId, report, question, problem, now, expires);
    }

    /** Keeps the draft open with what was read now and the next question. */
    public void update(Draft draft, Instant now) {
        writes.incrementAndGet();
        jdbi.useTransaction(h -> h.createUpdate("UPDATE draft SET kind = :k, report = :r, question = :q, problem = :pr,"
                        + " updated_at = :now WHERE id = :id AND status = 'open'")
                .bind("k", draft.report().kind().name()).bind("r", write(draft.report())).bind("q", draft.question())
                .bind("pr", draft.problem()).bind("now", now.toString()).bind("id", draft.id()).execute());
    }

    /** Closes one draft. */
    public void close(Draft draft, Closed how, long inboxId, String recordNumber, Instant now) {
        writes.incrementAndGet();
        jdbi.useTransaction(h -> h.createUpdate("UPDATE draft SET status = :s, closed_at = :now, closed_by_inbox = :i,"
                        + " record_number = :n, updated_at = :now WHERE id = :id AND status = 'open'")
                .bind("s", how.code).bind("now", now.toString()).bind("i", inboxId).bind("n", recordNumber)
                .bind("id", draft.id()).execute());
    }

    /** Closes the member's open draft here, if any; true when there was one. */
    public boolean close(String platform, String conversationId, String memberId, Closed how, long inboxId,
                         String recordNumber, Instant now) {
        writes.incrementAndGet();
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE draft SET status = :s, closed_at = :now,"
                        + " closed_by_inbox = :i, record_number = :n, updated_at = :now WHERE platform = :p"
                        + " AND conversation_id = :c AND member_id = :m AND status = 'open'")
                .bind("s", how.code).bind("now", now.toString()).bind("i", inboxId).bind("n", recordNumber)
                .bind("p", platform).bind("c", conversationId).bind("m", memberId).execute()) > 0;
    }

    static String write(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("draft report not serialisable", e);
        }
    }

    static Report read(String kind, String json) {
        Class<? extends Report> type = type(ReportKind.valueOf(kind));
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("draft " + kind + " unreadable", e);
        }
    }

    /**
     * The report as another kind ("不对，是线索"): the fields both kinds have (date, enterprise, amount, industry …)
     * are kept, the others dropped.
     */
    public static Report asKind(Report report, ReportKind kind) {
        if (report.kind() == kind) return report;
        Map<String, Object> values = new java.util.HashMap<>();
        try {
            for (RecordComponent c : report.getClass().getRecordComponents()) {
                values.put(c.getName(), c.getAccessor().invoke(report));
            }
            RecordComponent[] target = type(kind).getRecordComponents();
            Class<?>[] types = new Class<?>[target.length];
            Object[] args = new Object[target.length];
            for (int i = 0; i < target.length; i++) {
                types[i] = target[i].getType();
                Object v = values.get(target[i].getName());
                args[i] = v != null && types[i].isInstance(v) ? v : null;
            }
            return type(kind).getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<? extends Report> type(ReportKind kind) {
        return switch (kind) {
            case VISIT -> VisitReport.class;
            case LEAD -> LeadReport.class;
            case INSPECTION -> InspectionReport.class;
            case SIGNING -> SigningReport.class;
            case TRIP_PLAN -> TripPlanReport.class;
            case TRIP_SUMMARY -> TripSummaryReport.class;
        };
    }
}
