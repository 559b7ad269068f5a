package zhaoshang.config;

/** What a person may do. The Chinese names are what bot-config uses. */
public enum Role {
    MEMBER("组员"),
    LEADER("组长"),
    PROMOTION("投资促进部"),
    LEADERSHIP("领导");

    private final String label;

    Role(String label) { this.label = label; }

    public String label() { return label; }

    /** 投资促进部 and 领导 see and export every team. */
    public boolean seesAllTeams() { return this == PROMOTION || this == LEADERSHIP; }

    public static Role fromLabel(String s) {
        if (s == null) return null;
        String t = s.trim();
        for (Role r : values()) {
            if (r.label.equals(t) || r.name().equalsIgnoreCase(t)) return r;
        }
        return null;
    }
}
