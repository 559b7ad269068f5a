package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.export.SubmissionWorkbook;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.Submissions;
import zhaoshang.ledger.Submissions.Submission;
import zhaoshang.progress.Period;

/**
 * 报送 11月台账 · 报送台账 · 报送 本月台账: the 组长 (or a member the 组长 named) freezes the team's four ledgers of the
 * month as the next version; the reminder rule {@code submissions} posts it to the coordination group.
 */
public final class SubmitCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^报送(?!记录|情况|版本|人)\\s*(.{0,30})$");

    private final BotConfig config;
    private final Ledger ledger;
    private final SubmissionWorkbook workbook;
    private final ZoneId zone;

    public SubmitCommand(BotConfig config, Ledger ledger, SubmissionWorkbook workbook, ZoneId zone) {
        this.config = config;
        this.ledger = ledger;
        this.workbook = workbook;
        this.zone = zone;
    }

    @Override
    public String help() {
        return SubmissionTexts.SUBMIT_HELP;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        String rest = m.group(1).replaceAll("(四本)?(的)?台账", " ").strip();
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        TeamAndPeriod query = TeamAndPeriod.parse(rest, config.teams(), today, SubmissionTexts.EXAMPLES);
        if (!query.valid()) return text(query.error());
        if (query.period().kind() != Period.Kind.MONTH) return text(SubmissionTexts.monthOnly(query.period().label()));
        Member member = request.member();
        Team team = query.team() != null ? query.team()
                : config.team(member.teamId() != null ? member.teamId() : request.conversationTeamId()).orElse(null);
        if (team == null) return text(SubmissionTexts.NO_TEAM);
        Submissions submissions = ledger.submissions();
        Optional<String> refused = Permissions.submit(request, config, team, submissions.delegates(team.id()));
        if (refused.isPresent()) return text(refused.get());

        Period period = query.period();
        String note = "";
        if (!query.written() && today.getDayOfMonth() <= TeamAndPeriod.EARLY_DAYS) {
            period = period.previous();
            note = SubmissionTexts.defaultedToLastMonth(period);
        }
        YearMonth month = YearMonth.from(period.start());
        Map<String, Map<String, String>> records = submissions.records(team.id(), month);
        Optional<Submission> latest = submissions.latest(team.id(), month);
        List<String> changes = List.of();
        if (latest.isPresent()) {
            Map<String, Map<String, String>> before = submissions.recordsOf(latest.get().id());
            if (before.equals(records) && latest.get().status() != Submissions.Status.RETURNED) {
                return text(SubmissionTexts.unchanged(latest.get()));
            }
            changes = submissions.changes(before, records);
        }
        int version = submissions.nextVersion(team.id(), month);
        byte[] content = workbook.write(team, period, today, new SubmissionWorkbook.Cover(team.name(), period.label(),
                version, member.name(), SubmissionTexts.when(request.now(), zone), changes));
        Submission s = submissions.submit(team.id(), month, version, SubmissionWorkbook.fileName(team, period, version),
                content, records, changes, member.id(), request.now());

        Reply.Builder r = Reply.message("已报送 " + team.name() + " " + period.label() + "台账")
                .lines(SubmissionTexts.submitted(team.name(), period, s, SubmissionTexts.counts(records)));
        if (version > 1) {
            if (changes.isEmpty()) {
                r.line(SubmissionTexts.noChanges(version));
            } else {
                r.line(SubmissionTexts.changesHeading(version));
                changes.stream().limit(20).forEach(c -> r.item(c));
                if (changes.size() > 20) r.item("……共 " + changes.size() + " 项，详见文件“报送说明”");
            }
        }
        if (!note.isEmpty()) r.line(note);
        List<Reply> replies = new ArrayList<>();
        replies.add(r.build());
        replies.add(Reply.file(s.fileName(), content));
        return Optional.of(replies);
    }

    private static Optional<List<Reply>> text(String s) {
        return Optional.of(List.of(Reply.text(s)));
    }
}
