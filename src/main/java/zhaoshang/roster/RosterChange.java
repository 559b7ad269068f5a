package zhaoshang.roster;

import java.time.Instant;

/**
 * One change of the roster, kept for 名单历史: who, when, what, whom, old value → new value.
 *
 * @param teamBefore the team concerned before the change (null: none)
 * @param teamAfter  the team concerned after it (null: none)
 */
public record RosterChange(long id, Instant at, String actorId, String actorName, Action action, String subjectId,
                           String subjectName, String teamBefore, String teamAfter, String oldValue, String newValue) {

    /** What was done. */
    public enum Action {
        ADD("加入名单"), REMOVE("移出名单"), LEADER("设为组长"), MEMBER("改为组员"), MOVE("转组"), CONNECT("连接群"),
        APPROVE("同意加入"), REJECT("拒绝加入");

        private final String label;

        Action(String label) { this.label = label; }

        public String label() { return label; }
    }
}
