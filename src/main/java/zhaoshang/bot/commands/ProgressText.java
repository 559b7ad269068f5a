package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import zhaoshang.chat.Reply;
import zhaoshang.chat.Span;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Period;
import zhaoshang.progress.Ranking;
import zhaoshang.progress.TeamProgress;
import zhaoshang.report.Money;

/**
 * The wording of progress and ranking answers, built as structured replies sized for a phone: one team on one
 * screen; every team one line each (the full figures are in the attached 进度汇总 workbook).
 */
final class ProgressText {

    static final String LEGEND = "🟢 达标 🟡 进度正常 🔴 落后于时间进度";
    static final String ALL_MET = "本期各项达标";
    static final String SEE_WORKBOOK = "每组只列未完成的本期任务；全部数字见附件《进度汇总》";

    private ProgressText() { }

    static String title(TeamProgress p) {
        return p.teamName() + " " + p.asked().label() + "进度";
    }

    static String allTitle(Period asked) {
        return "各工作组 " + asked.label() + "进度";
    }

    /** One team: one line per target, then money, 开工率 and trip days without a visit; then {@code note}, if any. */
    static Reply team(TeamProgress p, BotConfig config, String note) {
        Reply.Builder r = Reply.message(title(p)).heading(title(p)).line(asOf(p.asked(), p.today()));
        for (Figure f : p.figures()) r.item(line(f, p.asked()).toArray());
        r.blank();
        r.line("签约金额 " + Money.formatWan(p.signedAmountYuan())
                + p.startRatePercent().map(x -> " · 开工率 " + x + "%").orElse(""));
        if (!p.daysOutWithoutVisit().isEmpty()) {
            r.line("⚠️ 外出期间 " + p.daysOutWithoutVisit().size() + " 天没有走访记录："
                    + p.daysOutWithoutVisit().stream().limit(8).map(ProgressText::md).collect(Collectors.joining("、")));
        }
        if (!p.visitsByMember().isEmpty()) r.line("走访（按登记人）：" + byMember(p.visitsByMember(), config));
        if (!note.isEmpty()) r.lines(note);
        return r.blank().line(LEGEND).build();
    }

    /** "🟡 拜访重点企业 **3/15** · 差 12 · 剩 10 天". */
    static List<Object> line(Figure f, Period asked) {
        List<Object> parts = new ArrayList<>();
        parts.add(f.pace().icon() + " " + f.label() + (f.period().equals(asked) ? "" : "（" + f.period().label() + "）") + " ");
        parts.add(Span.strong(f.actual() + "/" + f.target()));
        StringBuilder rest = new StringBuilder();
        if (f.gap() > 0) {
            rest.append(" · 差 ").append(f.gap());
            rest.append(f.daysLeft() > 0 ? " · 剩 " + f.daysLeft() + " 天" : " · 已截止");
        } else {
            rest.append(" · 已完成");
        }
        if (f.late() > 0) rest.append(" · 含逾期登记 ").append(f.late());
        parts.add(rest.toString());
        return parts;
    }

    /** Every team, one line each: status and only the asked period's targets not yet met. */
    static Reply allTeams(List<TeamProgress> teams, Period asked, LocalDate today, String note) {
        Reply.Builder r = Reply.message(allTitle(asked)).heading(allTitle(asked)).line(asOf(asked, today));
        for (TeamProgress t : teams) r.item(teamLine(t, asked).toArray());
        if (!note.isEmpty()) r.lines(note);
        return r.blank().line(SEE_WORKBOOK).line(LEGEND).build();
    }

    /** "第二工作组 🔴 走访 **7/15** 线索 **2/6**" — the worst pace of all targets, the short ones of the period. */
    static List<Object> teamLine(TeamProgress t, Period asked) {
        List<Object> parts = new ArrayList<>();
        parts.add(t.teamName() + " " + t.worstPace().icon());
        List<Figure> short_ = t.shortOfAsked();
        if (short_.isEmpty()) {
            parts.add(" " + ALL_MET);
        }
        for (Figure f : short_) {
            parts.add(" " + f.shortLabel() + " ");
            parts.add(Span.strong(f.actual() + "/" + f.target()));
        }
        return parts;
    }

    static Reply ranking(List<Ranking.Place> places, Period asked, String note) {
        String title = "🏆 月擂台 · " + asked.label();
        Reply.Builder r = Reply.message("月擂台 " + asked.label()).heading(title)
                .line("按各项任务完成率加权计分（单项最高 100%）");
        for (Ranking.Place p : places) {
            List<Object> parts = new ArrayList<>();
            parts.add(p.progress().teamName() + " ");
            parts.add(Span.strong(String.format("%.1f分", p.score())));
            parts.add(" " + p.progress().figures().stream().filter(f -> f.target() > 0)
                    .map(f -> f.shortLabel() + f.actual() + "/" + f.target()).collect(Collectors.joining(" ")));
            r.numbered(p.rank(), parts.toArray());
        }
        if (!note.isEmpty()) r.line(note);
        return r.build();
    }

    /** "截至 11月20日"; for a period already over "2026年12月已结束，截至 2027年1月4日的台账". */
    static String asOf(Period asked, LocalDate today) {
        String day = (today.getYear() != asked.endInclusive().getYear() ? today.getYear() + "年" : "")
                + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
        return asked.over(today) ? asked.label() + "已结束，截至 " + day + "的台账" : "截至 " + day;
    }

    private static String md(LocalDate d) {
        return d.getMonthValue() + "/" + d.getDayOfMonth();
    }

    private static String byMember(Map<String, Long> counts, BotConfig config) {
        return counts.entrySet().stream()
                .map(e -> config.member(e.getKey()).map(Member::name).orElse(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining("，"));
    }
}
