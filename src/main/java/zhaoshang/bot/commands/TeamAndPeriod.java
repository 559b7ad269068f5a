package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import zhaoshang.config.Team;
import zhaoshang.progress.Period;
import zhaoshang.progress.PeriodParse;
import zhaoshang.progress.PeriodParser;

/**
 * What follows a query verb: an optional team name and a period ("第二工作组 10月", "本季度", "2026年"),
 * the period defaulting to this month. Shared by 进度, 排行 and 导出.
 *
 * @param team    the team named, or null
 * @param period  the period, or null when {@code error} says why it could not be read
 * @param written whether a period was written (false: the default, this month)
 */
record TeamAndPeriod(Team team, Period period, String error, boolean written) {

    /** The first days of a month, when "this month" has almost nothing yet and last month's ledgers are being closed. */
    static final int EARLY_DAYS = 5;

    static TeamAndPeriod parse(String text, List<Team> teams, LocalDate today, String examples) {
        String rest = text.replaceAll("[：:，,]", " ").strip();
        Optional<TeamNames.Found> named = TeamNames.find(rest, teams);
        if (named.isPresent()) rest = named.get().rest();
        PeriodParse parse = PeriodParser.parse(rest, Period.Kind.MONTH, today);
        Team team = named.map(TeamNames.Found::team).orElse(null);
        if (!parse.isValid()) {
            return new TeamAndPeriod(team, null, parse.error().orElse("看不懂时间范围") + "\n例如：" + examples, true);
        }
        return new TeamAndPeriod(team, parse.period().orElseThrow(), null, !rest.isBlank());
    }

    boolean valid() {
        return period != null;
    }

    /**
     * A line pointing to last month when the answer is about a month that began at most {@link #EARLY_DAYS} days ago
     * (on 1 January, "本月" is a day-old January): "本月刚开始；上月（2026年12月）请发“排行 12月”。" Empty otherwise.
     */
    static String lastMonthHint(Period period, LocalDate today, String command) {
        if (period.kind() != Period.Kind.MONTH || !period.contains(today) || today.getDayOfMonth() > EARLY_DAYS) {
            return "";
        }
        Period last = period.previous();
        return "本月刚开始；上月（" + last.label() + "）请发“" + command + " " + last.start().getMonthValue() + "月”。";
    }
}
