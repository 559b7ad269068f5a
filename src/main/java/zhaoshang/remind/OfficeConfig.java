package zhaoshang.remind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import zhaoshang.config.Member;
import zhaoshang.config.Role;

/**
 * The settings of the office's notices in bot-config/schedules.yaml (under {@code reminders:}), with their defaults:
 * <pre>
 * majorIntent:       {thresholdWan: 10000}        # 重大意向: 明确 and 拟投资额 ≥ 1亿元 (in 万元)
 * leaderHelp:        {leaders: "m-leader"}        # 申请领导介入 goes to these members (ids or names); default: every 领导
 * enterpriseOverlap: {windowDays: 90}             # the same enterprise in two teams' ledgers within 90 days
 * followUp:          {time: "09:00", idleDays: 14, signedDay: 20}
 * </pre>
 */
public final class OfficeConfig {

    private OfficeConfig() { }

    /** 重大意向 threshold in 元. */
    static long majorIntentYuan(RuleContext ctx) {
        return ctx.number(MajorIntentAlert.ID, "thresholdWan", 10_000) * 10_000L;
    }

    static int overlapDays(RuleContext ctx) {
        return Math.max(1, ctx.number(EnterpriseOverlapAlert.ID, "windowDays", 90));
    }

    /** The 领导 申请领导介入 is sent to (member ids): the configured ones, else everyone with the role 领导. */
    static List<String> leaders(RuleContext ctx) {
        return leaders(ctx.config());
    }

    /** As {@link #leaders(RuleContext)}, from the configuration. */
    public static List<String> leaders(zhaoshang.config.BotConfig config) {
        Object v = config.schedules().rules().getOrDefault(LeaderHelpNotice.ID, Map.of()).get("leaders");
        Set<String> ids = new LinkedHashSet<>();
        if (v != null) {
            for (String part : v.toString().split("[,，、;；\\s]+")) {
                if (part.isBlank()) continue;
                for (Member m : config.members()) {
                    if (m.id().equals(part) || m.name().equals(part)) ids.add(m.id());
                }
            }
        }
        if (ids.isEmpty()) {
            for (Member m : config.members()) if (m.role() == Role.LEADERSHIP) ids.add(m.id());
        }
        return new ArrayList<>(ids);
    }
}
