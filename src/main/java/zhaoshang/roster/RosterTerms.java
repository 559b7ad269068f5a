package zhaoshang.roster;

/** The words the roster's history uses for "nowhere" and for the coordination group (stored with each change). */
final class RosterTerms {

    private RosterTerms() { }

    static final String NOT_LISTED = "（不在名单）";
    static final String NOT_CONNECTED = "（未连接）";
    static final String COORDINATION = "投资促进部协调群";
}
