package zhaoshang.bot.commands;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import zhaoshang.chat.Reply;
import zhaoshang.config.Targets;
import zhaoshang.export.LedgerExport;
import zhaoshang.progress.Period;
import zhaoshang.progress.Ranking;
import zhaoshang.progress.TeamProgress;

/** The chart and the 进度汇总 workbook attached to a progress answer. */
public final class ProgressFiles implements ProgressAttachments {

    private final LedgerExport export;
    private final Targets targets;

    public ProgressFiles(LedgerExport export, Targets targets) {
        this.export = export;
        this.targets = targets;
    }

    @Override
    public List<Reply> of(List<TeamProgress> progress, Period period, String scopeName) {
        Map<String, Double> scores = progress.stream()
                .collect(Collectors.toMap(TeamProgress::teamId, t -> Ranking.score(t, targets)));
        byte[] png = export.chart(progress, period, scores);
        LedgerExport.Export xlsx = export.progress(progress, period, scopeName);
        return List.of(Reply.image(xlsx.fileName().replace(".xlsx", ".png"), png), Reply.file(xlsx.fileName(), xlsx.content()));
    }
}
