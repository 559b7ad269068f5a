package zhaoshang.roster;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Jdbi;

import zhaoshang.config.Role;

/** The roster tables (V14): members and groups changed by chat, the change history, join requests. */
final class RosterStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    /** A member as the chat left them; {@code removed} keeps the name for old records. */
    record MemberRow(String memberId, String name, String teamId, Role role, Map<String, String> platformIds,
                     boolean removed) { }

    /** A group connected by chat. */
    record ConversationRow(String platform, String conversationId, String name, String teamId, boolean coordination) { }

    private final Jdbi jdbi;

    RosterStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<MemberRow> members() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select member_id, name, team_id, role, platform_ids, removed from roster_member
                        order by updated_at, member_id""")
                .map((rs, c) -> new MemberRow(rs.getString("member_id"), rs.getString("name"), rs.getString("team_id"),
                        Role.fromLabel(rs.getString("role")), map(rs.getString("platform_ids")),
                        rs.getInt("removed") == 1))
                .list());
    }

    void saveMember(MemberRow m, Instant now) {
        jdbi.useTransaction(h -> h.createUpdate("""
                        insert into roster_member (member_id, name, team_id, role, platform_ids, removed, updated_at)
                        values (:id, :name, :team, :role, :ids, :removed, :now)
                        on conflict (member_id) do update set name = excluded.name, team_id = excluded.team_id,
                            role = excluded.role, platform_ids = excluded.platform_ids, removed = excluded.removed,
                            updated_at = excluded.updated_at""")
                .bind("id", m.memberId()).bind("name", m.name()).bind("team", m.teamId())
                .bind("role", m.role().label()).bind("ids", json(m.platformIds())).bind("removed", m.removed() ? 1 : 0)
                .bind("now", now.toString()).execute());
    }

    List<ConversationRow> conversations() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select platform, conversation_id, name, team_id, coordination from roster_conversation
                        order by updated_at, platform, conversation_id""")
                .map((rs, c) -> new ConversationRow(rs.getString("platform"), rs.getString("conversation_id"),
                        rs.getString("name"), rs.getString("team_id"), rs.getInt("coordination") == 1))
                .list());
    }

    void saveConversation(ConversationRow c, Instant now) {
        jdbi.useTransaction(h -> h.createUpdate("""
                        insert into roster_conversation (platform, conversation_id, name, team_id, coordination, updated_at)
                        values (:platform, :id, :name, :team, :coordination, :now)
                        on conflict (platform, conversation_id) do update set name = excluded.name,
                            team_id = excluded.team_id, coordination = excluded.coordination,
                            updated_at = excluded.updated_at""")
                .bind("platform", c.platform()).bind("id", c.conversationId()).bind("name", c.name())
                .bind("team", c.teamId()).bind("coordination", c.coordination() ? 1 : 0).bind("now", now.toString())
                .execute());
    }

    void addChange(RosterChange c, Long inboxId) {
        jdbi.useTransaction(h -> h.createUpdate("""
                        insert into roster_change (changed_at, actor_id, actor_name, action, subject_id, subject_name,
                                                   team_before, team_after, old_value, new_value, inbox_id)
                        values (:at, :actorId, :actorName, :action, :subjectId, :subjectName, :before, :after, :old,
                                :new, :inbox)""")
                .bind("at", c.at().toString()).bind("actorId", c.actorId()).bind("actorName", c.actorName())
                .bind("action", c.action().name().toLowerCase()).bind("subjectId", c.subjectId())
                .bind("subjectName", c.subjectName()).bind("before", c.teamBefore()).bind("after", c.teamAfter())
                .bind("old", c.oldValue()).bind("new", c.newValue()).bind("inbox", inboxId).execute());
    }

    /** The newest changes first; of one team (before or after the change) or of all when {@code teamId} is null. */
    List<RosterChange> changes(String teamId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("select * from roster_change"
                        + (teamId == null ? "" : " where team_before = :team or team_after = :team")
                        + " order by id desc limit :limit")
                .bind("limit", limit)
                .bindMap(teamId == null ? Map.of() : Map.of("team", teamId))
                .map((rs, c) -> new RosterChange(rs.getLong("id"), Instant.parse(rs.getString("changed_at")),
                        rs.getString("actor_id"), rs.getString("actor_name"),
                        RosterChange.Action.valueOf(rs.getString("action").toUpperCase()), rs.getString("subject_id"),
                        rs.getString("subject_name"), rs.getString("team_before"), rs.getString("team_after"),
                        rs.getString("old_value"), rs.getString("new_value")))
                .list());
    }

    // ------------------------------------------------------------------ join requests

    JoinRequest addRequest(String platform, String userId, String name, String conversationId, String teamId,
                           long inboxId, Instant now) {
        long id = jdbi.inTransaction(h -> h.createQuery("""
                        insert into join_request (platform, user_id, display_name, conversation_id, team_id, inbox_id,
                                                  requested_at)
                        values (:platform, :user, :name, :conversation, :team, :inbox, :now) returning id""")
                .bind("platform", platform).bind("user", userId).bind("name", name).bind("conversation", conversationId)
                .bind("team", teamId).bind("inbox", inboxId).bind("now", now.toString()).mapTo(Long.class).one());
        return request(id).orElseThrow();
    }

    Optional<JoinRequest> request(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from join_request where id = :id").bind("id", id)
                .map((rs, c) -> request(rs)).findOne());
    }

    /** The person's newest request, whatever its status. */
    Optional<JoinRequest> latestRequest(String platform, String userId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from join_request where platform = :platform and user_id = :user
                        order by id desc limit 1""")
                .bind("platform", platform).bind("user", userId).map((rs, c) -> request(rs)).findOne());
    }

    /** Pending requests, oldest first; of one team, or of all when {@code teamId} is null. */
    List<JoinRequest> pending(String teamId) {
        return jdbi.withHandle(h -> h.createQuery("select * from join_request where status = 'pending'"
                        + (teamId == null ? "" : " and team_id = :team") + " order by id")
                .bindMap(teamId == null ? Map.of() : Map.of("team", teamId)).map((rs, c) -> request(rs)).list());
    }

    /** Requests of one team (or all) with this display name, newest first, whatever their status. */
    List<JoinRequest> byName(String teamId, String name) {
        return jdbi.withHandle(h -> h.createQuery("select * from join_request where display_name = :name"
                        + (teamId == null ? "" : " and team_id = :team") + " order by id desc limit 20")
                .bindMap(teamId == null ? Map.of() : Map.of("team", teamId)).bind("name", name)
                .map((rs, c) -> request(rs)).list());
    }

    /** The person's pending request, if any. */
    Optional<JoinRequest> pendingFor(String platform, String userId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from join_request where platform = :platform and user_id = :user and status = 'pending'")
                .bind("platform", platform).bind("user", userId).map((rs, c) -> request(rs)).findOne());
    }

    /** Decides a pending request; false when it was decided before (by someone else, or twice). */
    boolean decide(long id, JoinRequest.Status status, String by, String memberId, Instant now) {
        return jdbi.inTransaction(h -> h.createUpdate("""
                        update join_request set status = :status, decided_by = :by, decided_at = :now,
                            member_id = :member
                        where id = :id and status = 'pending'""")
                .bind("status", status.name().toLowerCase()).bind("by", by).bind("now", now.toString())
                .bind("member", memberId).bind("id", id).execute()) == 1;
    }

    private static JoinRequest request(java.sql.ResultSet rs) throws java.sql.SQLException {
        String decided = rs.getString("decided_at");
        return new JoinRequest(rs.getLong("id"), rs.getString("platform"), rs.getString("user_id"),
                rs.getString("display_name"), rs.getString("conversation_id"), rs.getString("team_id"),
                rs.getLong("inbox_id"), JoinRequest.Status.valueOf(rs.getString("status").toUpperCase()),
                Instant.parse(rs.getString("requested_at")), decided == null ? null : Instant.parse(decided),
                rs.getString("decided_by"), rs.getString("member_id"));
    }

    private static Map<String, String> map(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("roster_member.platform_ids is not a JSON object: " + json, e);
        }
    }

    private static String json(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
