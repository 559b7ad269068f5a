package zhaoshang.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import zhaoshang.chat.Reply;
import zhaoshang.config.Targets;
import zhaoshang.export.ChartGuard;
import zhaoshang.export.LedgerExport;
import zhaoshang.progress.Period;
import zhaoshang.progress.Ranking;
import zhaoshang.progress.TeamProgress;

/** The chart and the 进度汇总 workbook attached to a progress answer; a chart that cannot be drawn is left out. */
public final class ProgressFiles implements ProgressAttachments {

    private final LedgerExport export;
    private final Targets targets;
    private final ChartGuard charts;

    public ProgressFiles(LedgerExport export, Targets targets, ChartGuard charts) {
        this.export = export;
        this.targets = targets;
        this.charts = charts;
    }

    @Override
    public List<Reply> of(List<TeamProgress> progress, Period period, String scopeName) {
        Map<String, Double> scores = progress.stream()
                .collect(Collectors.toMap(TeamProgress::teamId, t -> Ranking.score(t, targets)));
        LedgerExport.Export xlsx = export.progress(progress, period, scopeName);
        List<Reply> out = new ArrayList<>();
        charts.draw(progress, period, scores)
                .ifPresent(png -> out.add(Reply.image(xlsx.fileName().replace(".xlsx", ".png"), png)));
        out.addAll(WorkbookReplies.of(xlsx));
        return out;
    }
}
