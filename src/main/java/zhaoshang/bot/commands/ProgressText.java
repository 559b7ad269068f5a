package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Period;
import zhaoshang.progress.Ranking;
import zhaoshang.progress.TeamProgress;
import zhaoshang.report.Money;

/** The wording of progress and ranking answers: short enough for a phone, markdown where it helps. */
final class ProgressText {

    private ProgressText() { }

    static String title(TeamProgress p) {
        return p.teamName() + " " + p.asked().label() + "进度";
    }

    /** One team, one line per target, then money, 开工率 and trip days without a visit. */
    static String team(TeamProgress p, BotConfig config) {
        StringBuilder sb = new StringBuilder();
        sb.append("### ").append(title(p)).append('\n');
        sb.append("截至 ").append(p.today().getMonthValue()).append("月").append(p.today().getDayOfMonth()).append("日\n\n");
        for (Figure f : p.figures()) {
            sb.append("- ").append(line(f, p.asked())).append('\n');
        }
        sb.append("\n签约金额 ").append(Money.formatWan(p.signedAmountYuan()));
        p.startRatePercent().ifPresent(r -> sb.append(" · 开工率 ").append(r).append('%'));
        if (!p.daysOutWithoutVisit().isEmpty()) {
            sb.append("\n⚠️ 外出期间 ").append(p.daysOutWithoutVisit().size()).append(" 天没有走访记录：")
                    .append(p.daysOutWithoutVisit().stream().limit(8).map(ProgressText::md).collect(Collectors.joining("、")));
        }
        if (!p.visitsByMember().isEmpty()) {
            sb.append("\n走访（按登记人）：").append(byMember(p.visitsByMember(), config));
        }
        sb.append("\n\n🟢 达标 🟡 进度正常 🔴 落后于时间进度");
        return sb.toString();
    }

    static String line(Figure f, Period asked) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.pace().icon()).append(' ').append(f.label());
        if (!f.period().equals(asked)) sb.append("（").append(f.period().label()).append("）");
        sb.append(" **").append(f.actual()).append('/').append(f.target()).append("**");
        if (f.gap() > 0) {
            sb.append(" · 差 ").append(f.gap());
            if (f.daysLeft() > 0) sb.append(" · 剩 ").append(f.daysLeft()).append(" 天");
            else sb.append(" · 已截止");
        } else {
            sb.append(" · 已完成");
        }
        if (f.late() > 0) sb.append(" · 含逾期登记 ").append(f.late());
        return sb.toString();
    }

    /** Every team in one table (the coordination group). */
    static String allTeams(List<TeamProgress> teams, Period asked, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        sb.append("### 各工作组 ").append(asked.label()).append("进度\n");
        sb.append("截至 ").append(today.getMonthValue()).append("月").append(today.getDayOfMonth()).append("日\n\n");
        if (!teams.isEmpty()) {
            sb.append("| 工作组 |");
            for (Figure f : teams.get(0).figures()) sb.append(' ').append(shortLabel(f)).append(" |");
            sb.append("\n|---|");
            teams.get(0).figures().forEach(f -> sb.append("---|"));
            sb.append('\n');
            for (TeamProgress t : teams) {
                sb.append("| ").append(t.teamName()).append(" |");
                for (Figure f : t.figures()) {
                    sb.append(' ').append(f.actual()).append('/').append(f.target()).append(f.pace().icon()).append(" |");
                }
                sb.append('\n');
            }
        }
        sb.append("\n🟢 达标 🟡 进度正常 🔴 落后于时间进度");
        return sb.toString();
    }

    static String ranking(List<Ranking.Place> places, Period asked) {
        StringBuilder sb = new StringBuilder("### 🏆 月擂台 · ").append(asked.label()).append('\n');
        sb.append("按各项任务完成率加权计分（单项最高 100%）\n\n");
        for (Ranking.Place p : places) {
            sb.append(p.rank()).append(". ").append(p.progress().teamName()).append(" **")
                    .append(String.format("%.1f", p.score())).append("分** ");
            sb.append(p.progress().figures().stream().filter(f -> f.target() > 0)
                    .map(f -> shortLabel(f) + f.actual() + "/" + f.target()).collect(Collectors.joining(" ")));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String shortLabel(Figure f) {
        return switch (f.key()) {
            case "visits" -> "走访";
            case "leads" -> "线索";
            case "inspections" -> "考察";
            case "signings" -> "签约";
            case "landed" -> "亿元落地";
            case "tripDays" -> "外出天数";
            default -> f.label();
        };
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
