package zhaoshang.remind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.ledger.HistoryEntry;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.ledger.Submissions.RecordChange;
import zhaoshang.remind.Reminder.Audience;

/**
 * 两个组，一家企业 (方案: 避免争抢同一投资方): when a visit, lead, inspection or signing is recorded (or its enterprise
 * corrected) and another team has an active record of the same enterprise (same {@code EnterpriseName} key) dated
 * within enterpriseOverlap.windowDays (default 90) of it, both teams' 组长 (in their groups) and 投资促进部 (in the
 * coordination group) are told once, with both record numbers. Keys
 * {@code enterpriseOverlap:team1+team2:enterpriseKey:team1|team2|coord}.
 */
public final class EnterpriseOverlapAlert implements ReminderRule {

    public static final String ID = "enterpriseOverlap";

    private final Ledger ledger;

    public EnterpriseOverlapAlert(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "同一企业";
    }

    @Override
    public String describe(RuleContext ctx) {
        return "同一家企业 " + OfficeConfig.overlapDays(ctx) + " 天内出现在两个组的台账中：告知两组组长和投资促进部（各一次）";
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        int days = OfficeConfig.overlapDays(ctx);
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Reminder> out = new LinkedHashMap<>();
        // one read per enterprise and pass, split by team, and each record's date worked out once and only for
        // records of other teams: a busy minute's many records of one enterprise read its records once, not once each
        // (that was quadratic in the records of an enterprise), and records of one team only cost nothing more
        Map<String, Map<String, List<LedgerEntry<?>>>> byEnterprise = new java.util.HashMap<>();
        Map<LedgerEntry<?>, LocalDate> dates = new java.util.IdentityHashMap<>();
        for (RecordChange c : ledger.submissions().changedIn(Events.from(window), window.to())) {
            boolean relevant = c.action() == HistoryEntry.Action.CREATE
                    || (c.action() == HistoryEntry.Action.CORRECT && "enterprise".equals(c.field()));
            if (!relevant || !seen.add(c.number())) continue;
            Optional<LedgerEntry<?>> found = ledger.find(c.number()).filter(LedgerEntry::active);
            if (found.isEmpty() || found.get().enterpriseKey().isEmpty() || c.date() == null) continue;
            LedgerEntry<?> e = found.get();
            Map<String, Dated> closestByTeam = new LinkedHashMap<>();
            Map<String, List<LedgerEntry<?>>> teams = byEnterprise.computeIfAbsent(e.enterpriseKey(),
                    k -> ledger.withEnterprise(k).stream().collect(java.util.stream.Collectors.groupingBy(
                            LedgerEntry::teamId, LinkedHashMap::new, java.util.stream.Collectors.toList())));
            for (Map.Entry<String, List<LedgerEntry<?>>> team : teams.entrySet()) {
                if (team.getKey().equals(e.teamId())) continue;
                for (LedgerEntry<?> entry : team.getValue()) {
                    LocalDate d = dates.computeIfAbsent(entry, EnterpriseOverlapAlert::date);
                    if (d == null || Math.abs(ChronoUnit.DAYS.between(d, c.date())) > days) continue;
                    closestByTeam.merge(team.getKey(), new Dated(entry, d),
                            (a, b) -> Math.abs(ChronoUnit.DAYS.between(a.date(), c.date()))
                                    <= Math.abs(ChronoUnit.DAYS.between(b.date(), c.date())) ? a : b);
                }
            }
            for (Dated other : closestByTeam.values()) {
                for (Reminder r : reminders(e, other.entry(), c, window, ctx)) out.putIfAbsent(r.key(), r);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A record of the enterprise with its event date (null when it has none). */
    private record Dated(LedgerEntry<?> entry, LocalDate date) { }

    private static LocalDate date(LedgerEntry<?> e) {
        String d = Ledger.fields(e).entrySet().stream().filter(f -> f.getKey().endsWith("日期")).map(Map.Entry::getValue)
                .findFirst().orElse("");
        return d.isEmpty() ? null : LocalDate.parse(d);
    }

    private List<Reminder> reminders(LedgerEntry<?> e, LedgerEntry<?> other, RecordChange c, Window window,
                                     RuleContext ctx) {
        List<LedgerEntry<?>> pair = new ArrayList<>(List.of(e, other));
        pair.sort(Comparator.comparing(LedgerEntry::teamId));
        String base = ID + ":" + pair.get(0).teamId() + "+" + pair.get(1).teamId() + ":" + e.enterpriseKey();
        String enterprise = Ledger.fields(e).getOrDefault("企业名称", e.enterpriseKey());
        StringBuilder body = new StringBuilder(enterprise).append(" 同时出现在两个工作组的台账中：");
        for (LedgerEntry<?> x : pair) {
            body.append("\n· ").append(teamName(x.teamId(), ctx)).append(" ").append(x.kind().label()).append(" ")
                    .append(x.number()).append("（").append(Texts.day(date(x))).append("，")
                    .append(ctx.config().member(x.reporterId()).map(Member::name).orElse(x.reporterId())).append("）");
        }
        body.append("\n按工作方案，请两组组长沟通协调，明确由谁牵头对接，避免重复拜访、争抢同一投资方；需要时由投资促进部协调。");
        List<Reminder> out = new ArrayList<>();
        java.time.Instant due = Events.due(window, c.at());
        java.time.Instant stale = Events.stale(c.at());
        for (LedgerEntry<?> x : pair) {
            String key = base + ":" + x.teamId();
            out.add(Reminder.of(key, ID, key, x.teamId(), Audience.TEAM, due, stale, ctx.leadersOf(x.teamId()), false,
                    "同一企业两组对接", body.toString()));
        }
        String key = base + ":coord";
        out.add(Reminder.of(key, ID, key, null, Audience.COORDINATION, due, stale, ctx.promotion(), false,
                "同一企业两组对接", body.toString()));
        return out;
    }

    private static String teamName(String teamId, RuleContext ctx) {
        return ctx.config().team(teamId).map(Team::name).orElse(teamId);
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        return List.of();
    }
}
