package zhaoshang.bot.commands;

import java.util.ArrayList;
import java.util.List;

import zhaoshang.chat.Reply;
import zhaoshang.export.ChartGuard;
import zhaoshang.export.LedgerExport;
import zhaoshang.progress.Period;
import zhaoshang.progress.TeamProgress;

/** The chart and the 进度汇总 workbook attached to a progress answer; a chart that cannot be drawn is left out. */
public final class ProgressFiles implements ProgressAttachments {

    private final LedgerExport export;
    private final ChartGuard charts;

    public ProgressFiles(LedgerExport export, ChartGuard charts) {
        this.export = export;
        this.charts = charts;
    }

    @Override
    public List<Reply> of(List<TeamProgress> progress, Period period, String scopeName) {
        LedgerExport.Export xlsx = export.progress(progress, period, scopeName);
        List<Reply> out = new ArrayList<>();
        charts.draw(progress, period)
                .ifPresent(png -> out.add(Reply.image(xlsx.fileName().replace(".xlsx", ".png"), png)));
        out.addAll(WorkbookReplies.of(xlsx));
        return out;
    }
}
