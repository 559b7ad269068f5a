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
import zhaoshang.export.LedgerExport;
import zhaoshang.export.OfficePapers;
import zhaoshang.progress.Period;
import zhaoshang.progress.PeriodParse;
import zhaoshang.progress.PeriodParser;

/** 季度通报 2026年第四季度: the quarterly 通报 as a Word document, for 投资促进部 in the coordination group. */
public final class BulletinCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(?:季度通报|季度工作通报)\\s*(.{0,20})$");

    private final OfficePapers papers;
    private final ZoneId zone;

    public BulletinCommand(OfficePapers papers, ZoneId zone) {
        this.papers = papers;
        this.zone = zone;
    }

    @Override
    public String help() {
        return PaperTexts.BULLETIN_HELP;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        Optional<String> refusal = Permissions.officePapers(request, PaperTexts.BULLETIN);
        if (refusal.isPresent()) return text(refusal.get());
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        String rest = m.group(1).strip();
        PeriodParse parse = PeriodParser.parse(rest, Period.Kind.QUARTER, today);
        if (!parse.isValid()) return text(parse.error().orElse("") + "\n" + PaperTexts.BULLETIN_EXAMPLES);
        Period quarter = parse.period().orElseThrow();
        if (quarter.kind() != Period.Kind.QUARTER) return text(PaperTexts.BULLETIN_QUARTER_ONLY);
        if (rest.isEmpty() && quarter.elapsedDays(today) <= TeamAndPeriod.EARLY_DAYS) {
            quarter = quarter.previous();  // early in a quarter, the 通报 is of the quarter just ended
        }
        LedgerExport.File file = papers.bulletin(quarter, today);
        return Optional.of(List.of(Reply.text(PaperTexts.bulletinSent(quarter.label())),
                Reply.file(file.fileName(), file.content())));
    }

    private static Optional<List<Reply>> text(String s) {
        return Optional.of(List.of(Reply.text(s)));
    }
}
