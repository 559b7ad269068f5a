package zhaoshang.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.ledger.FollowUps;
import zhaoshang.ledger.LeadStage;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.ledger.NextStepDate;
import zhaoshang.ledger.SigningProgress;
import zhaoshang.remind.Reminder.Audience;
import zhaoshang.report.LeadReport;
import zhaoshang.report.Money;
import zhaoshang.report.ReportKind;
import zhaoshang.report.SigningReport;

/**
 * 一对一跟踪 (细则 三(二)): at followUp.time (default 09:00) on working days, in the team's group, @ the 责任人 (the
 * member named as 跟踪责任人/责任人, else the reporter):
 * <ul>
 * <li>a lead (线索/洽谈) whose 时间节点 (the latest 下步, else a date in its 下步计划) has passed with no update since —
 *     key {@code followUp:node:#L-0003:2026-12-10}, once per 时间节点;</li>
 * <li>a lead with no progress for idleDays (default 14: no note, no correction or stage move) — key
 *     {@code followUp:idle:#L-0003:lastActivityDay}, once per quiet stretch;</li>
 * <li>a lead without any 时间节点 is asked for one the first working morning after it was recorded — key
 *     {@code followUp:ask:#L-0003};</li>
 * <li>on the signedDay of each month (default 20, next working day), each team's signed projects not yet 投产 that were
 *     not updated this month are listed for their 项目进度 and 存在问题 (《签约项目台账》"每月更新") — key
 *     {@code followUp:signed:team:yyyy-MM}.</li>
 * </ul>
 * Each is obsolete at the end of its day (it is found again the next working day, and the sent-log keeps it once).
 */
public final class FollowUpReminder implements ReminderRule {

    public static final String ID = "followUp";
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    /** Leads older than this are not followed any more (a year of a team's leads). */
    static final int LOOKBACK_DAYS = 366;

    private final Ledger ledger;

    public FollowUpReminder(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "一对一跟踪";
    }

    @Override
    public String describe(RuleContext ctx) {
        return "工作日 " + Texts.hhmm(ctx.timeOf(ID, DEFAULT_TIME)) + "：线索的时间节点已过未更新、或 " + idleDays(ctx)
                + " 天无进展，@ 跟踪责任人；每月 " + ctx.number(ID, "signedDay", 20) + " 日提醒更新未投产签约项目的进度和存在问题";
    }

    private static int idleDays(RuleContext ctx) {
        return Math.max(1, ctx.number(ID, "idleDays", 14));
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        LocalTime time = ctx.timeOf(ID, DEFAULT_TIME);
        Map<String, Reminder> out = new LinkedHashMap<>();
        Set<Instant> done = new LinkedHashSet<>();
        for (LocalDate d = window.fromDate(); !d.isAfter(window.toDate()); d = d.plusDays(1)) {
            Instant at = ctx.time().at(d, time, true);
            if (!window.contains(at) || !done.add(at)) continue;
            LocalDate day = ctx.time().dateOf(at);
            // the same reminder found for several days of a long window: the latest day's (the earlier ones are stale)
            for (Reminder r : leads(day, at, ctx)) out.put(r.key(), r);
            YearMonth month = YearMonth.from(day);
            int signedDay = Math.min(Math.max(1, ctx.number(ID, "signedDay", 20)), month.lengthOfMonth());
            if (ctx.time().at(month.atDay(signedDay), time, true).equals(at)) {
                for (Reminder r : signed(day, at, ctx)) out.put(r.key(), r);
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<Reminder> leads(LocalDate today, Instant at, RuleContext ctx) {
        FollowUps notes = ledger.followUps();
        Map<String, Instant> lastNote = notes.lastNoteAt(ReportKind.LEAD);
        Map<String, FollowUps.Note> nextNotes = notes.latestNext(ReportKind.LEAD);
        int idle = idleDays(ctx);
        Instant stale = ctx.time().startOf(today.plusDays(1));
        List<Reminder> out = new ArrayList<>();
        for (LedgerEntry<LeadReport> e : ledger.leads(null, today.minusDays(LOOKBACK_DAYS), today)) {
            LeadReport lead = e.report();
            if (LeadStage.SIGNED.label().equals(lead.stage())) continue;
            LocalDate created = ctx.time().dateOf(e.createdAt());
            if (!created.isBefore(today)) continue;
            Instant last = e.updatedAt();
            Instant noted = lastNote.get(e.number());
            if (noted != null && noted.isAfter(last)) last = noted;
            FollowUps.Note next = nextNotes.get(e.number());
            LocalDate node = next != null ? next.dueOn() : NextStepDate.find(lead.nextStep(), created).orElse(null);
            String what = e.number() + "（" + lead.enterprise() + (lead.project() == null ? "" : "·" + lead.project()) + "）";
            String plan = next != null ? next.text() : lead.nextStep();
            List<String> who = List.of(owner(e, lead.owner(), ctx));
            LocalDate lastDay = ctx.time().dateOf(last);
            if (node != null && node.isBefore(today) && last.isBefore(ctx.time().startOf(node.plusDays(1)))) {
                String key = ID + ":node:" + e.number() + ":" + node;
                out.add(Reminder.of(key, ID, key, e.teamId(), Audience.TEAM, at, stale, who, false, "跟踪时间节点已过",
                        "线索 " + what + "的时间节点 " + Texts.day(node) + " 已过，还没有更新进展。"
                                + (plan == null ? "" : "\n下步计划：" + plan)
                                + "\n请发“项目 " + e.number() + " 进展：……”，或重新约定：“线索 " + e.number() + " 下步：…… "
                                + Texts.day(today.plusDays(7)) + "”。"));
            } else if (ChronoUnit.DAYS.between(lastDay, today) >= idle) {
                String key = ID + ":idle:" + e.number() + ":" + lastDay;
                out.add(Reminder.of(key, ID, key, e.teamId(), Audience.TEAM, at, stale, who, false, "线索跟踪提醒",
                        "线索 " + what + "已 " + ChronoUnit.DAYS.between(lastDay, today) + " 天没有进展（上次更新 "
                                + Texts.day(lastDay) + "）。" + (plan == null ? "" : "\n下步计划：" + plan)
                                + "\n请发“项目 " + e.number() + " 进展：……”" + (node == null ? "，并补充时间节点：“线索 "
                                + e.number() + " 下步：…… " + Texts.day(today.plusDays(7)) + "”" : "") + "。"));
            } else if (node == null && next == null) {
                String key = ID + ":ask:" + e.number();
                out.add(Reminder.of(key, ID, key, e.teamId(), Audience.TEAM, at, stale, who, false, "请补充时间节点",
                        "线索 " + what + "还没有下步计划的时间节点（一对一跟踪需要明确责任人、时间节点和推进路径）。"
                                + (plan == null ? "" : "\n下步计划：" + plan)
                                + "\n请发“线索 " + e.number() + " 下步：邀请来区考察 " + Texts.day(today.plusDays(14)) + "”。"));
            }
        }
        return out;
    }

    private List<Reminder> signed(LocalDate today, Instant at, RuleContext ctx) {
        FollowUps notes = ledger.followUps();
        Map<String, Instant> lastNote = notes.lastNoteAt(ReportKind.SIGNING);
        Instant monthStart = ctx.time().startOf(today.withDayOfMonth(1));
        Map<String, List<LedgerEntry<SigningReport>>> byTeam = new LinkedHashMap<>();
        for (LedgerEntry<SigningReport> e : ledger.signings(null, null, today)) {
            if (SigningProgress.PRODUCING.label().equals(e.report().progress())) continue;
            Instant last = e.updatedAt();
            Instant noted = lastNote.get(e.number());
            if (noted != null && noted.isAfter(last)) last = noted;
            if (!last.isBefore(monthStart)) continue;   // updated this month already
            byTeam.computeIfAbsent(e.teamId(), k -> new ArrayList<>()).add(e);
        }
        List<Reminder> out = new ArrayList<>();
        Map<String, List<FollowUps.Note>> problems = new LinkedHashMap<>();
        for (FollowUps.Note n : notes.openProblems(null)) problems.computeIfAbsent(n.number(), k -> new ArrayList<>()).add(n);
        YearMonth month = YearMonth.from(today);
        for (Team team : ctx.config().teams()) {
            List<LedgerEntry<SigningReport>> list = byTeam.get(team.id());
            if (list == null) continue;
            Set<String> who = new LinkedHashSet<>();
            StringBuilder body = new StringBuilder("按外出工作细则“每月更新《签约项目台账》”，请更新以下未投产项目的项目进度和存在问题（本月尚未更新）：");
            for (LedgerEntry<SigningReport> e : list) {
                SigningReport s = e.report();
                who.add(owner(e, s.owner(), ctx));
                body.append("\n· ").append(e.number()).append(" ").append(s.project()).append("（").append(s.enterprise())
                        .append("，").append(Money.formatWan(s.amountYuan())).append("）进度：").append(s.progress());
                List<FollowUps.Note> open = problems.getOrDefault(e.number(), List.of());
                if (!open.isEmpty()) {
                    body.append("；未解决问题：").append(String.join("；", open.stream().map(FollowUps.Note::text).toList()));
                }
            }
            body.append("\n发送“项目 #S-… 进展：开工”更新进度，“项目 #S-… 问题：……”登记问题，“项目 #S-… 问题已解决”销号。");
            who.addAll(ctx.leadersOf(team.id()));
            String key = ID + ":signed:" + team.id() + ":" + month;
            out.add(Reminder.of(key, ID, key, team.id(), Audience.TEAM, at, ctx.time().startOf(month.plusMonths(1).atDay(1)),
                    List.copyOf(who), false, "签约项目月度更新", body.toString()));
        }
        return out;
    }

    /** The member a record's 责任人 names (in its team, by name), else its reporter. */
    private static String owner(LedgerEntry<?> e, String owner, RuleContext ctx) {
        if (owner != null && !owner.isBlank()) {
            for (Member m : ctx.config().membersOf(e.teamId())) {
                if (owner.contains(m.name())) return m.id();
            }
        }
        return e.reporterId();
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        return List.of();
    }
}
