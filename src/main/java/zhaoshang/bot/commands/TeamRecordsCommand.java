package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.export.LedgerExport;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.progress.Period;
import zhaoshang.report.ReportKind;

/**
 * 本组记录 · 本组记录 10月 · 台账 本月 · 台账 第二工作组 11月 · 本月台账: a team's records of a month (or any period) for
 * its 组长, and for 投资促进部 with the team named: how many of each ledger, the latest few on a phone screen, and the
 * team's ledgers attached as the workbook.
 */
public final class TeamRecordsCommand implements Command {

    /** Records listed in the answer; the rest are in the workbook. */
    static final int SHOWN = 10;

    private static final Pattern TEAM_RECORDS = Pattern.compile("^(?:本组|我组|全组)(?:记录|台账)\\s*(.{0,30})$");
    private static final Pattern LEDGERS = Pattern.compile("^台账(?:\\s+(.{1,30})|)$");
    private static final Pattern MONTH_LEDGERS = Pattern.compile("^(本月|上月|上个月|\\d{1,2}月|[一二三四五六七八九十]{1,3}月)台账$");

    private final BotConfig config;
    private final Ledger ledger;
    private final LedgerExport export;
    private final ZoneId zone;

    public TeamRecordsCommand(BotConfig config, Ledger ledger, LedgerExport export, ZoneId zone) {
        this.config = config;
        this.ledger = ledger;
        this.export = export;
        this.zone = zone;
    }

    @Override
    public String help() {
        return PaperTexts.TEAM_RECORDS_HELP;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        String text = request.text().strip();
        String rest;
        Matcher m;
        if ((m = TEAM_RECORDS.matcher(text)).matches() || (m = LEDGERS.matcher(text)).matches()
                || (m = MONTH_LEDGERS.matcher(text)).matches()) {
            rest = m.group(1) == null ? "" : m.group(1);
        } else {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        TeamAndPeriod query = TeamAndPeriod.parse(rest, config.teams(), today, PaperTexts.TEAM_RECORDS_EXAMPLES);
        if (!query.valid()) return text(query.error());
        Permissions.Scope scope = Permissions.teamRecords(request, config, query.team());
        if (!scope.allowed()) return text(scope.refusal());
        Team team = scope.team();
        Period period = query.period();

        List<LedgerEntry<?>> all = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (ReportKind kind : LedgerExport.ALL_KINDS) {
            List<LedgerEntry<?>> entries = ledger.entries(kind, team.id(), period.start(), period.endInclusive(), false);
            if (!entries.isEmpty() || kind.ordinal() <= ReportKind.SIGNING.ordinal()) {
                counts.add(kind.label() + " " + entries.size());
            }
            all.addAll(entries);
        }
        all.sort(Comparator.comparing((LedgerEntry<?> e) -> e.createdAt()).reversed()
                .thenComparing(LedgerEntry::number, Comparator.reverseOrder()));

        Reply.Builder r = Reply.message(PaperTexts.teamRecordsTitle(team.name(), period.label()))
                .line("📋 ", PaperTexts.teamRecordsTitle(team.name(), period.label()))
                .line(String.join(" · ", counts));
        String hint = query.written() ? "" : TeamAndPeriod.lastMonthHint(period, today, "本组记录");
        if (all.isEmpty()) {
            r.line(PaperTexts.NO_TEAM_RECORDS);
            if (!hint.isEmpty()) r.line(hint);
            return Optional.of(List.of(r.build()));
        }
        r.blank().line(PaperTexts.latest(Math.min(SHOWN, all.size()), all.size()));
        for (LedgerEntry<?> e : all.subList(0, Math.min(SHOWN, all.size()))) {
            String who = config.member(e.reporterId()).map(Member::name).orElse("");
            r.item(e.number() + " " + e.kind().label() + " " + RecordView.summary(e.report())
                    + (who.isEmpty() ? "" : " · " + who) + (e.late() ? PaperTexts.LATE : ""));
        }
        r.blank().line(PaperTexts.teamRecordsFooter(all.size() > SHOWN));
        if (!hint.isEmpty()) r.line(hint);
        List<Reply> replies = new ArrayList<>();
        LedgerExport.Export file = export.ledgers(team, period, LedgerExport.ALL_KINDS, today);
        replies.add(r.build());
        replies.addAll(WorkbookReplies.of(file));
        return Optional.of(replies);
    }

    private static Optional<List<Reply>> text(String s) {
        return Optional.of(List.of(Reply.text(s)));
    }
}
