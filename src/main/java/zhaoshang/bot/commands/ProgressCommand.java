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
import zhaoshang.config.Team;
import zhaoshang.progress.Period;
import zhaoshang.progress.ProgressCalculator;
import zhaoshang.progress.TeamProgress;

/**
 * 本月进度 · 本季进度 · 本年进度 · 进度 第二工作组 10月 · 进度 2026年第三季度. In a team's group: that team;
 * in the coordination group: every team in one table (or the team named).
 */
public final class ProgressCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(.{0,30}?)(?:进度|进展情况|完成情况)(.{0,30})$");

    private final BotConfig config;
    private final ProgressCalculator calculator;
    private final ZoneId zone;
    private final ProgressAttachments attachments;

    /** Submissions (报送) whose status a month's progress shows; null: none shown. */
    private final zhaoshang.ledger.Ledger ledger;

    public ProgressCommand(BotConfig config, ProgressCalculator calculator, ZoneId zone, ProgressAttachments attachments) {
        this(config, calculator, zone, attachments, null);
    }

    public ProgressCommand(BotConfig config, ProgressCalculator calculator, ZoneId zone, ProgressAttachments attachments,
                           zhaoshang.ledger.Ledger ledger) {
        this.config = config;
        this.calculator = calculator;
        this.zone = zone;
        this.attachments = attachments;
        this.ledger = ledger;
    }

    /** "台账报送：已报送（第2版）" for a month, per team when several; empty for other periods. */
    private String submissionLine(List<Team> teams, Period period) {
        if (ledger == null || period.kind() != Period.Kind.MONTH) return "";
        java.util.Map<String, zhaoshang.ledger.Submissions.Submission> latest =
                ledger.submissions().latestOfMonth(java.time.YearMonth.from(period.start()));
        if (teams.size() == 1) return "台账报送：" + SubmissionTexts.status(latest.get(teams.get(0).id()));
        return "台账报送：" + teams.stream().map(t -> t.name() + " " + SubmissionTexts.status(latest.get(t.id())))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    @Override
    public String help() {
        return "本月进度 / 本季进度 / 本年进度 / 进度 第二工作组 10月 — 各项任务完成情况、差距和剩余天数";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches() || request.text().contains("\n")) return Optional.empty();
        String rest = (m.group(1) + " " + m.group(2)).strip().replace("季进度", "季度");
        if (rest.equals("本季")) rest = "本季度";
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        TeamAndPeriod query = TeamAndPeriod.parse(rest, config.teams(), today,
                "本月进度、本季进度、本年进度、进度 第二工作组 10月、进度 2026年第三季度");
        if (!query.valid()) return reply(Reply.text(query.error()));
        Period period = query.period();

        Permissions.Scope scope = Permissions.teams(request, config, query.team(), Permissions.Subject.PROGRESS);
        if (!scope.allowed()) return reply(Reply.text(scope.refusal()));
        List<Team> teams = scope.teams();
        List<TeamProgress> progress = calculator.teams(teams, period, today);
        String submitted = submissionLine(teams, period);
        String last = TeamAndPeriod.lastMonthHint(period, today, "进度");
        String hint = submitted.isEmpty() ? last : last.isEmpty() ? submitted : submitted + "\n" + last;
        List<Reply> replies = new java.util.ArrayList<>();
        replies.add(teams.size() == 1 ? ProgressText.team(progress.get(0), config, hint)
                : ProgressText.allTeams(progress, period, today, hint));
        replies.addAll(attachments.of(progress, period, teams.size() == 1 ? teams.get(0).name() : "全部工作组"));
        return Optional.of(List.copyOf(replies));
    }

    private static Optional<List<Reply>> reply(Reply r) {
        return Optional.of(List.of(r));
    }
}
