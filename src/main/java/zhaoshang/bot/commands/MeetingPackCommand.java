package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.export.LedgerExport;
import zhaoshang.export.OfficePapers;
import zhaoshang.progress.Period;

/** 调度会材料 11月: the monthly 调度会 paper as a Word document, for 投资促进部 in the coordination group. */
public final class MeetingPackCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(?:调度会材料|调度材料|调度会议材料)\\s*(.{0,20})$");

    private final BotConfig config;
    private final OfficePapers papers;
    private final ZoneId zone;

    public MeetingPackCommand(BotConfig config, OfficePapers papers, ZoneId zone) {
        this.config = config;
        this.papers = papers;
        this.zone = zone;
    }

    @Override
    public String help() {
        return PaperTexts.MEETING_HELP;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        Optional<String> refusal = Permissions.officePapers(request, PaperTexts.MEETING);
        if (refusal.isPresent()) return text(refusal.get());
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        TeamAndPeriod query = TeamAndPeriod.parse(m.group(1), List.of(), today, PaperTexts.MEETING_EXAMPLES);
        if (!query.valid()) return text(query.error());
        Period period = query.period();
        if (period.kind() != Period.Kind.MONTH) return text(PaperTexts.MEETING_MONTH_ONLY);
        if (!query.written() && today.getDayOfMonth() <= TeamAndPeriod.EARLY_DAYS) {
            period = period.previous();  // the 调度会 early in a month is about the month just closed
        }
        LedgerExport.File file = papers.meetingPack(YearMonth.from(period.start()), today);
        return Optional.of(List.of(Reply.text(PaperTexts.meetingSent(period.label())),
                Reply.file(file.fileName(), file.content())));
    }

    private static Optional<List<Reply>> text(String s) {
        return Optional.of(List.of(Reply.text(s)));
    }
}
