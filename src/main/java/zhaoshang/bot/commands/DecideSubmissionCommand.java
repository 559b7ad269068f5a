package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.config.Team;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerException;
import zhaoshang.ledger.Submissions;
import zhaoshang.ledger.Submissions.Submission;
import zhaoshang.progress.Period;

/**
 * 备案 第一工作组 11月 · 退回 第一工作组 11月 原因：…: 投资促进部 files or returns the latest submitted version; the
 * reminder rule {@code submissions} tells the team's 组长 (with the reason).
 */
public final class DecideSubmissionCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile(
            "^(备案|退回)\\s*(.{0,40}?)\\s*(?:(?:原因|理由)\\s*[：:]?\\s*(.*))?$", Pattern.DOTALL);

    private final BotConfig config;
    private final Ledger ledger;
    private final ZoneId zone;

    public DecideSubmissionCommand(BotConfig config, Ledger ledger, ZoneId zone) {
        this.config = config;
        this.ledger = ledger;
        this.zone = zone;
    }

    @Override
    public String help() {
        return SubmissionTexts.DECIDE_HELP;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        boolean file = m.group(1).equals("备案");
        String reason = m.group(3) == null ? "" : m.group(3).strip();
        Optional<String> refused = Permissions.decideSubmission(request);
        if (refused.isPresent()) return text(refused.get());
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        TeamAndPeriod query = TeamAndPeriod.parse(m.group(2), config.teams(), today, SubmissionTexts.DECIDE_EXAMPLES);
        if (!query.valid()) return text(query.error());
        if (query.team() == null) return text(SubmissionTexts.NAME_TEAM);
        if (query.period().kind() != Period.Kind.MONTH) return text(SubmissionTexts.monthOnly(query.period().label()));
        if (!file && reason.isEmpty()) return text(SubmissionTexts.RETURN_REASON);
        Team team = query.team();
        Submissions submissions = ledger.submissions();
        Period period = query.period();
        Optional<Submission> latest = submissions.latest(team.id(), YearMonth.from(period.start()));
        if (latest.isEmpty() && !query.written()) {
            // no month written: the month before, when that is what is waiting
            Period previous = period.previous();
            Optional<Submission> before = submissions.latest(team.id(), YearMonth.from(previous.start()));
            if (before.isPresent() && before.get().status() == Submissions.Status.SUBMITTED) {
                period = previous;
                latest = before;
            }
        }
        if (latest.isEmpty()) return text(SubmissionTexts.notSubmitted(team.name(), period));
        if (latest.get().status() != Submissions.Status.SUBMITTED) {
            return text(SubmissionTexts.alreadyDecided(team.name(), period, latest.get()));
        }
        Submission s;
        try {
            s = submissions.decide(latest.get().id(), file ? Submissions.Status.FILED : Submissions.Status.RETURNED,
                    file ? (reason.isEmpty() ? null : reason) : reason, request.member().id(), request.now());
        } catch (LedgerException e) {
            return text(e.getMessage());
        }
        String leaders = config.membersOf(team.id()).stream().filter(x -> x.role() == Role.LEADER).map(Member::name)
                .collect(Collectors.joining("、"));
        String told = "组长" + (leaders.isEmpty() ? "" : leaders);
        return text(file ? SubmissionTexts.filed(team.name(), period, s, told)
                : SubmissionTexts.returned(team.name(), period, s, reason, told));
    }

    private static Optional<List<Reply>> text(String s) {
        return Optional.of(List.of(Reply.text(s)));
    }
}
