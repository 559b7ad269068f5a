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
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.Submissions;
import zhaoshang.ledger.Submissions.Submission;
import zhaoshang.progress.Period;

/**
 * 报送记录 第一工作组 11月 [第1版]: every version of a team's month (who, when, 备案/退回 and why, hash, changes) with the
 * frozen workbook of the latest (or the named) version attached; in the coordination group without a team, the month's
 * status of every team.
 */
public final class SubmissionRecordsCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^报送(?:记录|情况|版本)\\s*(.{0,40})$");
    private static final Pattern VERSION = Pattern.compile("第\\s*(\\d{1,3})\\s*版|[vV](\\d{1,3})");

    private final BotConfig config;
    private final Ledger ledger;
    private final ZoneId zone;

    public SubmissionRecordsCommand(BotConfig config, Ledger ledger, ZoneId zone) {
        this.config = config;
        this.ledger = ledger;
        this.zone = zone;
    }

    @Override
    public String help() {
        return SubmissionTexts.RECORDS_HELP;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        String rest = m.group(1);
        Integer wanted = null;
        Matcher v = VERSION.matcher(rest);
        if (v.find()) {
            wanted = Integer.parseInt(v.group(1) != null ? v.group(1) : v.group(2));
            rest = (rest.substring(0, v.start()) + " " + rest.substring(v.end())).strip();
        }
        rest = rest.replaceAll("(的)?台账", " ").strip();
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        TeamAndPeriod query = TeamAndPeriod.parse(rest, config.teams(), today, "报送记录 第一工作组 11月");
        if (!query.valid()) return text(query.error());
        if (query.period().kind() != Period.Kind.MONTH) return text(SubmissionTexts.monthOnly(query.period().label()));
        Permissions.Scope scope = Permissions.teams(request, config, query.team(), Permissions.Subject.SUBMISSIONS);
        if (!scope.allowed()) return text(scope.refusal());
        Period period = query.period();
        YearMonth month = YearMonth.from(period.start());
        Submissions submissions = ledger.submissions();
        if (scope.allTeams()) {
            Map<String, Submission> latest = submissions.latestOfMonth(month);
            Reply.Builder r = Reply.message(SubmissionTexts.monthStatusTitle(period))
                    .heading(SubmissionTexts.monthStatusTitle(period));
            for (Team t : scope.teams()) r.item(t.name() + " " + SubmissionTexts.status(latest.get(t.id())));
            return Optional.of(List.of(r.build()));
        }
        Team team = scope.team();
        List<Submission> versions = submissions.versions(team.id(), month);
        if (versions.isEmpty()) return text(SubmissionTexts.notSubmitted(team.name(), period));
        Submission shown = versions.get(versions.size() - 1);
        if (wanted != null) {
            int w = wanted;
            Optional<Submission> named = versions.stream().filter(s -> s.version() == w).findFirst();
            if (named.isEmpty()) return text(SubmissionTexts.noSuchVersion(w, shown.version()));
            shown = named.get();
        }
        Reply.Builder r = Reply.message(SubmissionTexts.recordsTitle(team.name(), period))
                .heading(SubmissionTexts.recordsTitle(team.name(), period));
        for (Submission s : versions) {
            r.item(SubmissionTexts.versionLine(s, name(s.submittedBy()), zone, name(s.decidedBy())));
            for (String c : s.changes().stream().limit(10).toList()) r.line("　　" + c);
        }
        List<String> delegates = submissions.delegates(team.id()).stream().map(this::name).toList();
        if (!delegates.isEmpty()) r.line(SubmissionTexts.delegates(delegates));
        r.line(SubmissionTexts.attached(shown.version()));
        List<Reply> replies = new ArrayList<>();
        replies.add(r.build());
        byte[] content = submissions.content(shown.id()).orElseThrow();
        replies.add(Reply.file(shown.fileName(), content));
        return Optional.of(replies);
    }

    private String name(String memberId) {
        return memberId == null ? "" : config.member(memberId).map(Member::name).orElse(memberId);
    }

    private static Optional<List<Reply>> text(String s) {
        return Optional.of(List.of(Reply.text(s)));
    }
}
