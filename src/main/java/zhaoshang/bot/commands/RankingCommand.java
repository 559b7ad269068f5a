package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.progress.Period;
import zhaoshang.progress.ProgressCalculator;
import zhaoshang.progress.Ranking;

/** 排行 / 擂台 [period]: teams ranked by weighted target completion. */
public final class RankingCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(?:排行|排名|擂台|月擂台|排行榜)\\s*(.{0,20})$");

    private final BotConfig config;
    private final ProgressCalculator calculator;
    private final ZoneId zone;

    public RankingCommand(BotConfig config, ProgressCalculator calculator, ZoneId zone) {
        this.config = config;
        this.calculator = calculator;
        this.zone = zone;
    }

    @Override
    public String help() {
        return "排行 / 擂台 [11月 / 本季度] — 各工作组任务完成率排名";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        TeamAndPeriod query = TeamAndPeriod.parse(m.group(1), List.of(), today, "排行、排行 10月、擂台 本季度");
        if (!query.valid()) return Optional.of(List.of(Reply.text(query.error())));
        Period period = query.period();
        // Published to every team by design (see Permissions): per-team scores and counts, nothing else.
        List<Ranking.Place> places = Ranking.rank(calculator.teams(config.teams(), period, today), config.targets());
        String hint = query.written() ? "" : TeamAndPeriod.lastMonthHint(period, today, "排行");
        return Optional.of(List.of(ProgressText.ranking(places, period, hint)));
    }
}
