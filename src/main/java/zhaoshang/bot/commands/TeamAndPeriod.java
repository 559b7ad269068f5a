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
 * @param team   the team named, or null
 * @param period the period, or null when {@code error} says why it could not be read
 */
record TeamAndPeriod(Team team, Period period, String error) {

    static TeamAndPeriod parse(String text, List<Team> teams, LocalDate today, String examples) {
        String rest = text.replaceAll("[：:，,]", " ").strip();
        Optional<TeamNames.Found> named = TeamNames.find(rest, teams);
        if (named.isPresent()) rest = named.get().rest();
        PeriodParse parse = PeriodParser.parse(rest, Period.Kind.MONTH, today);
        Team team = named.map(TeamNames.Found::team).orElse(null);
        if (!parse.isValid()) {
            return new TeamAndPeriod(team, null, parse.error().orElse("看不懂时间范围") + "\n例如：" + examples);
        }
        return new TeamAndPeriod(team, parse.period().orElseThrow(), null);
    }

    boolean valid() {
        return period != null;
    }
}
