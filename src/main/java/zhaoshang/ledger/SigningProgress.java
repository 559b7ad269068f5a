package zhaoshang.ledger;

import java.util.Optional;

/** 项目进度 of a signed project, in order. A project counts as 引进落地 (landed) from 开工 on. */
public enum SigningProgress {
    SIGNED("签约"),
    REGISTERED("注册"),
    STARTED("开工"),
    PRODUCING("投产");

    private final String label;

    SigningProgress(String label) { this.label = label; }

    /** 签约 / 注册 / 开工 / 投产, as stored. */
    public String label() { return label; }

    /** 开工 or 投产. */
    public boolean landed() { return compareTo(STARTED) >= 0; }

    /** Reads 签约 / 注册 / 开工 / 投产 and the common 已… forms (已开工, 在建, 已投产 …). */
    public static Optional<SigningProgress> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        if (t.startsWith("已")) t = t.substring(1);
        switch (t) {
            case "签约": case "签订": return Optional.of(SIGNED);
            case "注册": case "注册完成": return Optional.of(REGISTERED);
            case "开工": case "在建": case "建设中": case "动工": return Optional.of(STARTED);
            case "投产": case "投运": case "达产": return Optional.of(PRODUCING);
            default: return Optional.empty();
        }
    }
}
