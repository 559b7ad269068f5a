package zhaoshang.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import zhaoshang.config.Team;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Period;
import zhaoshang.progress.TeamProgress;
import zhaoshang.remind.Reminder.Audience;

/**
 * 月底台账 ("一月一汇总"): N working days before the month's last working day and on that day, at the configured time,
 * each team gets its shortfalls and a reminder to complete the four ledgers (@ 组长); after the last working day's
 * close (summaryTime) the coordination group gets a one-screen summary of every team (@ 投资促进部) and, when a
 * workbook hook is given, the month's ledgers. Keys {@code monthEnd:team:2026-11:before|last} (one series per team
 * and month: after downtime only the latest is sent) and {@code monthEnd:summary:2026-11}. Team reminders are
 * obsolete once the last working day is over; the summary 7 days after it fell due.
 */
public final class MonthEndReminder implements ReminderRule {

    public static final String ID = "monthEnd";
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    static final LocalTime DEFAULT_SUMMARY_TIME = LocalTime.of(18, 0);
    static final int SUMMARY_STALE_DAYS = 7;

    private static final String TITLE = "月底台账提醒";
    private static final String SUMMARY_TITLE = "月度汇总";
    private static final String LEDGERS = "《走访企业台账》《实效线索台账》《邀请来高新区、潞州区考察台账》《签约项目台账》";

    private static String body(TeamProgress p, YearMonth month, LocalDate last, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        sb.append(today.equals(last) ? "今天是" : "").append(month.getMonthValue()).append("月")
                .append(today.equals(last) ? "最后一个工作日" : "台账截止日为 " + Texts.day(last) + "（本月最后一个工作日）")
                .append("，请核对补全本组").append(month.getMonthValue()).append("月").append(LEDGERS).append("，月底前报送投资促进部。\n");
        List<Figure> gaps = p.figures().stream().filter(f -> f.gap() > 0).toList();
        if (gaps.isEmpty()) {
            sb.append("本组各项任务均已达标 🟢");
        } else {
            sb.append("截至").append(Texts.day(today)).append("尚未完成：");
            for (Figure f : gaps) {
                sb.append("\n").append(f.pace().icon()).append(" ").append(f.label()).append(periodNote(f, month))
                        .append(" ").append(f.actual()).append("/").append(f.target()).append("，还差 ").append(f.gap());
            }
        }
        List<LocalDate> noVisit = p.daysOutWithoutVisit().stream().filter(d -> YearMonth.from(d).equals(month)).toList();
        if (!noVisit.isEmpty()) {
            sb.append("\n外出但无走访记录的日期：")
                    .append(String.join("、", noVisit.stream().map(Texts::day).toList()));
        }
        return sb.toString();
    }

    /** One line per team (status, the month's targets not met), so that 13 teams fit a phone screen. */
    private static String summaryBody(List<TeamProgress> all, YearMonth month, Map<String, String> submitted) {
        StringBuilder sb = new StringBuilder(month.getYear() + "年" + month.getMonthValue() + "月各工作组（只列本月未完成的任务，实际/目标；台账报送情况）：");
        for (TeamProgress p : all) {
            sb.append("\n").append(p.teamName()).append(' ').append(p.worstPace().icon());
            List<Figure> open = p.shortOfAsked();
            if (open.isEmpty()) sb.append(" 本月各项达标");
            for (Figure f : open) sb.append(' ').append(f.shortLabel()).append(' ').append(f.actual()).append('/').append(f.target());
            sb.append(" · 台账").append(submitted.getOrDefault(p.teamId(), "未报送"));
        }
        sb.append("\n未报送的工作组请于今日报送（组长发“报送 ").append(month.getMonthValue()).append("月台账”）。全部数字：在协调群发“本月进度”（附《进度汇总》），“导出台账 ")
                .append(month.getMonthValue()).append("月”下载本月台账。");
        return sb.toString();
    }

    /** "（本季）" / "（本年）" for figures counted over a longer period than the month. */
    private static String periodNote(Figure f, YearMonth month) {
        return switch (f.period().kind()) {
            case QUARTER -> "（本季）";
            case YEAR -> "（本年）";
            default -> "";
        };
    }

    private final MonthlyWorkbook workbook;

    public MonthEndReminder(MonthlyWorkbook workbook) {
        this.workbook = workbook == null ? MonthlyWorkbook.NONE : workbook;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "月底台账";
    }

    @Override
    public String describe(RuleContext ctx) {
        return "每月最后一个工作日前 " + ctx.number(ID, "workingDaysBefore", 3) + " 个工作日和最后一个工作日 "
                + Texts.hhmm(ctx.timeOf(ID, DEFAULT_TIME)) + "：各组未完成任务，@ 组长；最后一个工作日 "
                + Texts.hhmm(ctx.timeOf(ID, "summaryTime", DEFAULT_SUMMARY_TIME)) + " 向投资促进部发送各组汇总";
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        LocalTime time = ctx.timeOf(ID, DEFAULT_TIME);
        LocalTime summaryTime = ctx.timeOf(ID, "summaryTime", DEFAULT_SUMMARY_TIME);
        int before = Math.max(1, ctx.number(ID, "workingDaysBefore", 3));
        List<Reminder> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(window.fromDate()).minusMonths(1); !m.isAfter(YearMonth.from(window.toDate()));
             m = m.plusMonths(1)) {
            LocalDate last = ctx.calendar().lastWorkingDayOfMonth(m);
            Instant stale = ctx.time().startOf(last.plusDays(1));
            LocalDate pre = ctx.calendar().nthWorkingDayBefore(last, before);
            for (LocalDate day : List.of(pre, last)) {
                Instant due = ctx.time().at(day, time, true);
                if (!window.contains(due)) continue;
                String stage = day.equals(last) ? "last" : "before";
                for (Team team : ctx.config().teams()) {
                    if (ctx.facts().handedIn(team.id(), m, null)) continue;   // 已报送 / 已备案: nothing to remind
                    out.add(teamReminder(team, m, last, stage, due, stale, ctx));
                }
            }
            Instant summaryDue = ctx.time().at(last, summaryTime, true);
            if (window.contains(summaryDue)) out.add(summary(m, summaryDue, ctx, false));
        }
        return out;
    }

    private Reminder teamReminder(Team team, YearMonth m, LocalDate last, String stage, Instant due, Instant stale,
                                  RuleContext ctx) {
        TeamProgress p = ctx.facts().progress(team.id(), Period.month(m), ctx.today());
        String key = ID + ":" + team.id() + ":" + m + ":" + stage;
        return Reminder.of(key, ID, ID + ":" + team.id() + ":" + m, team.id(), Audience.TEAM, due, stale,
                ctx.leadersOf(team.id()), false, TITLE, body(p, m, last, ctx.today()));
    }

    private Reminder summary(YearMonth m, Instant due, RuleContext ctx, boolean sample) {
        List<TeamProgress> all = ctx.config().teams().stream()
                .map(t -> ctx.facts().progress(t.id(), Period.month(m), ctx.today())).toList();
        Map<String, String> submitted = new HashMap<>();
        for (Team t : ctx.config().teams()) {
            submitted.put(t.id(), ctx.facts().submission(t.id(), m)
                    .map(s -> s.status().label() + "第" + s.version() + "版").orElse("未报送"));
        }
        String key = ID + ":summary:" + m + (sample ? ":sample" : "");
        return new Reminder(key, ID, key, null, Audience.COORDINATION, due,
                due.plus(java.time.Duration.ofDays(SUMMARY_STALE_DAYS)), ctx.promotion(), false, SUMMARY_TITLE,
                summaryBody(all, m, submitted), () -> workbook.files(m));
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        YearMonth m = YearMonth.from(ctx.today());
        LocalDate last = ctx.calendar().lastWorkingDayOfMonth(m);
        Instant due = ctx.time().at(ctx.today(), ctx.timeOf(ID, DEFAULT_TIME), false);
        Reminder r = teamReminder(team, m, last, "sample", due, due, ctx);
        return List.of(r);
    }
}
