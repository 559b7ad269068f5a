package zhaoshang.bot;

import java.time.Instant;

import zhaoshang.report.Report;

/**
 * A report waiting for one answer from the member who sent it, in the conversation it was sent in.
 *
 * @param report   what was read so far (fields in doubt are empty)
 * @param question what is asked: a record component ("enterprise", "date") or {@link #CONFIRM} (is this reading right?)
 * @param problem  why it is asked, as shown to the member (may be null)
 */
public record Draft(long id, String platform, String conversationId, String memberId, String teamId, long inboxId,
                    Report report, String question, String problem, Instant createdAt, Instant expiresAt) {

    /** The question "is this what you reported?" rather than one field. */
    public static final String CONFIRM = "confirm";

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean asksConfirmation() {
        return CONFIRM.equals(question);
    }

    public Draft with(Report report, String question, String problem) {
        return new Draft(id, platform, conversationId, memberId, teamId, inboxId, report, question, problem, createdAt,
                expiresAt);
    }
}
