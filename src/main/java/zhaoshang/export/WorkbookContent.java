package zhaoshang.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 */
public record WorkbookContent(String scopeName, String periodLabel, Map<ReportKind, List<ExportRow>> rows,
                              List<ProgressLine> progress, ZoneId zone, Instant created) {

    /** Content created now (tests, benchmarks and samples; exports pass the bot's clock). */
    public WorkbookContent(String scopeName, String periodLabel, Map<ReportKind, List<ExportRow>> rows,
                           List<ProgressLine> progress, ZoneId zone) {
        this(scopeName, periodLabel, rows, progress, zone, Instant.now());
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
    }
}
