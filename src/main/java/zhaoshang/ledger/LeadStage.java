package zhaoshang.ledger;

import java.util.Optional;

/** 当前阶段 of a lead on the pipeline 线索库 → 洽谈库 → 签约库. */
public enum LeadStage {
    LEAD("线索"),
    NEGOTIATING("洽谈"),
    SIGNED("签约");

    private final String label;

    LeadStage(String label) { this.label = label; }

    /** 线索 / 洽谈 / 签约, as stored. */
    public String label() { return label; }

    /** Reads 线索 / 洽谈 / 签约 and common variants (洽谈中, 在谈, 已签约 …). */
    public static Optional<LeadStage> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        if (t.startsWith("已")) t = t.substring(1);
        switch (t) {
            case "线索": case "新线索": case "跟踪": case "跟踪中": return Optional.of(LEAD);
            case "洽谈": case "洽谈中": case "在谈": case "商谈": case "对接中": return Optional.of(NEGOTIATING);
            case "签约": return Optional.of(SIGNED);
            default: return Optional.empty();
        }
    }
}
