package zhaoshang.remind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.ledger.FollowUps;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.remind.Reminder.Audience;

/**
 * 申请领导介入 (细则 二(三) "必要时可申请领导介入推动"): a request made with the command is sent once to the coordination
 * group with the record and the reason, @ the configured 领导 (leaderHelp.leaders, default every member with the role
 * 领导) and 投资促进部. Key {@code leaderHelp:noteId}.
 */
public final class LeaderHelpNotice implements ReminderRule {

    public static final String ID = "leaderHelp";

    private final Ledger ledger;

    public LeaderHelpNotice(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "申请领导介入";
    }

    @Override
    public String describe(RuleContext ctx) {
        List<String> leaders = OfficeConfig.leaders(ctx);
        return "“申请领导介入 #编号 原因：…”提交后立即发协调群，@ " + (leaders.isEmpty() ? "" : Texts.names(ctx.config(), leaders)
                + "和") + "投资促进部";
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        List<Reminder> out = new ArrayList<>();
        for (FollowUps.Note n : ledger.followUps().in(FollowUps.Kind.LEADER, Events.from(window), window.to())) {
            Optional<LedgerEntry<?>> e = ledger.find(n.number());
            if (e.isEmpty()) continue;
            String team = ctx.config().team(n.teamId()).map(Team::name).orElse(n.teamId());
            String who = ctx.config().member(n.actorId()).map(Member::name).orElse(n.actorId());
            StringBuilder body = new StringBuilder();
            body.append(team).append(" ").append(who).append(" 申请领导介入推动").append(e.get().kind().label()).append(" ")
                    .append(n.number()).append("。\n原因：").append(n.text());
            for (Map.Entry<String, String> f : Ledger.fields(e.get()).entrySet()) {
                if (!f.getValue().isEmpty()) body.append("\n").append(f.getKey()).append("：").append(f.getValue());
            }
            body.append("\n请领导研究推动；投资促进部跟进落实。");
            Set<String> people = new LinkedHashSet<>(OfficeConfig.leaders(ctx));
            people.addAll(ctx.promotion());
            String key = ID + ":" + n.id();
            out.add(Reminder.of(key, ID, key, n.teamId(), Audience.COORDINATION, Events.due(window, n.at()),
                    Events.stale(n.at()), List.copyOf(people), false, "申请领导介入", body.toString()));
        }
        return out;
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        return List.of();
    }
}
