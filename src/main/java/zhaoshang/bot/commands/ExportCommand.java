package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Team;
import zhaoshang.export.LedgerExport;
import zhaoshang.progress.Period;
import zhaoshang.report.ReportKind;

/**
 * 导出台账 11月 · 导出走访台账 本季度 · 导出签约台账 2026年 · 导出全部台账 · 导出台账 第二工作组 10月.
 * Members and 组长 export their own team; 投资促进部 and 领导 any team, or all teams in one workbook.
 */
public final class ExportCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile(
            "^(?:导出|下载)\\s*(全部|所有)?\\s*(走访|线索|实效线索|考察|邀请考察|签约|签约项目|外出计划|外出总结)?\\s*(?:企业)?\\s*台账\\s*(.{0,30})$");
    private static final Map<String, ReportKind> KINDS = Map.of(
            "走访", ReportKind.VISIT, "线索", ReportKind.LEAD, "实效线索", ReportKind.LEAD,
            "考察", ReportKind.INSPECTION, "邀请考察", ReportKind.INSPECTION, "签约", ReportKind.SIGNING,
            "签约项目", ReportKind.SIGNING, "外出计划", ReportKind.TRIP_PLAN, "外出总结", ReportKind.TRIP_SUMMARY);

    private final BotConfig config;
    private final LedgerExport export;
    private final ZoneId zone;

    public ExportCommand(BotConfig config, LedgerExport export, ZoneId zone) {
        this.config = config;
        this.export = export;
        this.zone = zone;
    }

    @Override
    public String help() {
        return "导出台账 11月 / 导出走访台账 本季度 / 导出签约台账 2026年 / 导出全部台账 — 在群里收到 Excel 台账";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        boolean all = m.group(1) != null;
        List<ReportKind> kinds = m.group(2) == null ? LedgerExport.ALL_KINDS : List.of(KINDS.get(m.group(2)));
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        TeamAndPeriod query = TeamAndPeriod.parse(m.group(3), config.teams(), today,
                "导出台账 11月、导出走访台账 本季度、导出签约台账 2026年");
        if (!query.valid()) return text(query.error());
        Permissions.Scope scope = Permissions.teams(request, config, query.team(), Permissions.Subject.LEDGERS);
        if (!scope.allowed()) return text(scope.refusal());
        Team team = scope.allTeams() ? null : scope.team();

        Period period = query.period();
        String note;
        if (all && !query.written()) {
            // 导出全部台账: every ledger of the year so far; in January the year has almost nothing yet, and what the
            // office assembles then is last year's, so last year it is, said in the answer with how to get this year's.
            boolean january = today.getMonthValue() == 1;
            period = Period.year(january ? today.getYear() - 1 : today.getYear());
            note = january ? allLastYear(period, today) : allThisYear(period, today);
        } else {
            note = query.written() ? "" : TeamAndPeriod.lastMonthHint(period, today, "导出台账");
        }
        LedgerExport.Export file = export.ledgers(team, period, kinds, today);
        String counts = file.counts().entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue() + " 条").collect(Collectors.joining("、"));
        String scopeName = team == null ? "全部工作组" : team.name();
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text("📎 " + scopeName + " " + period.label() + "台账：" + counts + "。已撤销的记录不列入；"
                + "第一张表为进度汇总。" + (note.isEmpty() ? "" : "\n" + note) + WorkbookReplies.partsNote(file)));
        WorkbookReplies.of(file).forEach(replies::add);
        return Optional.of(replies);
    }

    private static String allThisYear(Period year, LocalDate today) {
        return "未写时间：导出" + year.label() + "全年至今（截至" + today.getMonthValue() + "月" + today.getDayOfMonth()
                + "日）的全部台账；某一月份请发“导出全部台账 " + today.getMonthValue() + "月”。";
    }

    private static String allLastYear(Period lastYear, LocalDate today) {
        int thisYear = today.getYear();
        return "未写时间：今天是" + thisYear + "年1月" + today.getDayOfMonth() + "日，今年的台账还很少，已按上一年（"
                + lastYear.label() + "全年）导出。要今年的请发“导出全部台账 " + thisYear + "年”，只要上月的请发“导出全部台账 12月”。";
    }

    private static Optional<List<Reply>> text(String s) {
        return Optional.of(List.of(Reply.text(s)));
    }
}
