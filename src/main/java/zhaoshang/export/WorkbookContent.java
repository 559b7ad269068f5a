package zhaoshang.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import zhaoshang.config.Letterhead;
import zhaoshang.report.ReportKind;

/**
 * Everything one exported workbook holds.
 *
 * @param scopeName   whose ledgers: a team name (第一工作组) or 全部工作组
 * @param periodLabel the period as people read it, e.g. 2026年11月; shown in every sheet title
 * @param rows        ledger rows per kind, in the order they should appear; a kind absent from the map gets no sheet,
 *                    a kind mapped to an empty list gets a sheet that says 本期无记录
 * @param progress    lines of the 进度汇总 sheet; empty → no 进度汇总 sheet
 * @param zone        the zone 登记时间 is shown in (Asia/Shanghai)
 * @param created     when the export was made: the workbook's 创建时间 property. It is part of the content (not read
 *                    from the system clock while writing), so the same content always makes the same bytes — a
 *                    workbook written twice is the same size, which {@link WorkbookParts} relies on
 * @param letterhead  the office the ledgers go to and the prefix of a team's 填报单位 (bot-config/documents.yaml)
 * @param filledOn    the 填报日期 printed under the title; null leaves it blank for the team to write in
 * @param teamScope   whether {@code scopeName} is one team (its 填报单位 is the team) rather than all teams (the office)
 */
public record WorkbookContent(String scopeName, String periodLabel, Map<ReportKind, List<ExportRow>> rows,
                              List<ProgressLine> progress, ZoneId zone, Instant created, Letterhead letterhead,
                              LocalDate filledOn, boolean teamScope) {

    /** The scope name of an export of every team. */
    public static final String ALL_TEAMS = "全部工作组";

    /** Content created now (tests, benchmarks and samples; exports pass the bot's clock). */
    public WorkbookContent(String scopeName, String periodLabel, Map<ReportKind, List<ExportRow>> rows,
                           List<ProgressLine> progress, ZoneId zone) {
        this(scopeName, periodLabel, rows, progress, zone, Instant.now());
    }

    /** Default letterhead, no 填报日期; a scope other than 全部工作组 is a team. */
    public WorkbookContent(String scopeName, String periodLabel, Map<ReportKind, List<ExportRow>> rows,
                           List<ProgressLine> progress, ZoneId zone, Instant created) {
        this(scopeName, periodLabel, rows, progress, zone, created, Letterhead.DEFAULT, null,
                !ALL_TEAMS.equals(scopeName));
    }

    public WorkbookContent {
        Objects.requireNonNull(scopeName, "scopeName");
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(created, "created");
        EnumMap<ReportKind, List<ExportRow>> copy = new EnumMap<>(ReportKind.class);
        if (rows != null) {
            rows.forEach((kind, list) -> copy.put(Objects.requireNonNull(kind, "kind"),
                    list == null ? List.of() : List.copyOf(list)));
        }
        rows = java.util.Collections.unmodifiableMap(copy);
        progress = progress == null ? List.of() : List.copyOf(progress);
        letterhead = letterhead == null ? Letterhead.DEFAULT : letterhead;
    }

    /** The same content with other rows, period label and progress (a part of a split workbook). */
    WorkbookContent with(String periodLabel, Map<ReportKind, List<ExportRow>> rows, List<ProgressLine> progress) {
        return new WorkbookContent(scopeName, periodLabel, rows, progress, zone, created, letterhead, filledOn,
                teamScope);
    }

    /** 填报单位: the team's unit name, or the office for all teams. */
    String unit() {
        return letterhead.unit(teamScope ? scopeName : null);
    }
}
