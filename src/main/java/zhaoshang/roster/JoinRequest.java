package zhaoshang.roster;

import java.time.Instant;

/**
 * Someone unknown wrote in a team's group and asked to join it; the platform id and display name come from their
 * message, so approving needs nobody to type an id.
 */
public record JoinRequest(long id, String platform, String userId, String displayName, String conversationId,
                          String teamId, long inboxId, Status status, Instant requestedAt, Instant decidedAt,
                          String decidedBy, String memberId) {

    public enum Status { PENDING, APPROVED, REJECTED }

    /** What people call it in chat: #3. */
    public String number() {
        return "#" + id;
    }
}
