package zhaoshang.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Pace;
import zhaoshang.progress.Period;
import zhaoshang.progress.ProgressCalculator;
import zhaoshang.progress.TeamProgress;
import zhaoshang.report.ReportKind;

/**
 * Reads the ledgers for an export and hands them to {@link LedgerWorkbook} and {@link ProgressChart}:
 * the ledgers of a team (or all teams) for a period, and a progress workbook whose ledger sheets hold exactly
 * the rows behind each figure of its 进度汇总, so every number can be checked row by row.
 */
public final class LedgerExport {

    /** The sheets of a full ledger export, in order. */
    public static final List<ReportKind> ALL_KINDS = List.of(ReportKind.VISIT, ReportKind.LEAD, ReportKind.INSPECTION,
            ReportKind.SIGNING, ReportKind.TRIP_PLAN, ReportKind.TRIP_SUMMARY);

    private static final Map<String, ReportKind> FIGURE_KINDS = Map.of(
            "visits", ReportKind.VISIT, "leads", ReportKind.LEAD, "inspections", ReportKind.INSPECTION,
            "signings", ReportKind.SIGNING, "landed", ReportKind.SIGNING, "tripDays", ReportKind.TRIP_PLAN);

    /**
     * A written workbook: file name, bytes, and how many rows each sheet got. When the workbook is over the file
     * limit of a chat, {@code parts} holds it split by rows into files that each fit (see {@link WorkbookParts});
     * otherwise {@code parts} is empty. Send {@link #files()}.
     */
    public record Export(String fileName, byte[] content, Map<ReportKind, Integer> counts, List<File> parts) {
        public Export(String fileName, byte[] content, Map<ReportKind, Integer> counts) {
            this(fileName, content, counts, List.of());
        }

        /** The files to send: the workbook, or its parts when it is too large for one. */
        public List<File> files() {
            return parts.isEmpty() ? List.of(new File(fileName, content)) : parts;
        }
    }

    /** One file to send. */
    public record File(String fileName, byte[] content) { }

    /** DingTalk's media/upload and WeCom's upload_media both take files up to 20 MB. */
    public static final long CHAT_FILE_LIMIT = 20L * 1024 * 1024;

    private final Ledger ledger;
    private final BotConfig config;
    private final ZoneId zone;
    private final ProgressCalculator calculator;
    private final long maxFileBytes;
    private final Clock clock;

    public LedgerExport(Ledger ledger, BotConfig config, ZoneId zone, ProgressCalculator calculator) {
        this(ledger, config, zone, calculator, CHAT_FILE_LIMIT);
    }

    /** @param maxFileBytes the largest file a chat takes; larger workbooks are split into parts */
    public LedgerExport(Ledger ledger, BotConfig config, ZoneId zone, ProgressCalculator calculator, long maxFileBytes) {
        this(ledger, config, zone, calculator, maxFileBytes, Clock.systemUTC());
    }

    /** @param clock stamps each workbook's 创建时间 (the bot's clock, so a simulated month shows simulated times) */
    public LedgerExport(Ledger ledger, BotConfig config, ZoneId zone, ProgressCalculator calculator, long maxFileBytes,
                        Clock clock) {
        this.ledger = ledger;
        this.config = config;
        this.zone = zone;
        this.calculator = calculator;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
    }

    /**
     * The ledgers of {@code team} (null: every team) for a period, after a 进度汇总 sheet with the progress of the teams
     * exported over that period as of {@code today}: the same figures as the progress answer for that period.
     */
    public Export ledgers(Team team, Period period, List<ReportKind> kinds, LocalDate today) {
        String scope = team == null ? "全部工作组" : team.name();
        List<ProgressLine> lines = lines(calculator.teams(team == null ? config.teams() : List.of(team), period, today));
        Map<ReportKind, List<ExportRow>> rows = new EnumMap<>(ReportKind.class);
        Map<ReportKind, Integer> counts = new LinkedHashMap<>();
        for (ReportKind kind : kinds) {
            List<ExportRow> list = rows(ledger.entries(kind, team == null ? null : team.id(), period.start(),
                    period.endInclusive(), false));
            rows.put(kind, list);
            counts.put(kind, list.size());
        }
        String prefix = kinds.size() == 1 ? kindToken(kinds.get(0)) + "_" : "";
        return export(LedgerWorkbook.fileName(scope, prefix + token(period)),
                new WorkbookContent(scope, period.label(), rows, lines, zone, clock.instant(), config.letterhead(), today,
                        team != null), counts);
    }

    /**
     * 进度汇总 for the teams and, per ledger, the rows counted in the figures (read here, for the workbook only; the
     * figures themselves were counted by the database).
     */
    public Export progress(List<TeamProgress> teams, Period asked, String scopeName) {
        Map<String, Map<String, List<String>>> basis = new HashMap<>();          // figure → team → record numbers
        Map<ReportKind, Map<String, LedgerEntry<?>>> behind = new EnumMap<>(ReportKind.class);
        for (ReportKind kind : List.of(ReportKind.VISIT, ReportKind.LEAD, ReportKind.INSPECTION, ReportKind.SIGNING)) {
            behind.put(kind, new LinkedHashMap<>());
        }
        for (String key : List.of("visits", "leads", "inspections", "signings", "landed")) {
            for (LedgerEntry<?> e : calculator.rowsBehind(teams, key)) {
                basis.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(e.teamId(), k -> new ArrayList<>())
                        .add(e.number());
                behind.get(FIGURE_KINDS.get(key)).putIfAbsent(e.number(), e);   // signings and landed share a sheet
            }
        }
        List<ProgressLine> lines = new ArrayList<>();
        for (TeamProgress t : teams) {
            for (Figure f : t.figures()) {
                List<String> numbers = basis.getOrDefault(f.key(), Map.of()).getOrDefault(t.teamId(), List.of());
                lines.add(line(t, f, note(f, numbers)));
            }
        }
        Map<ReportKind, List<ExportRow>> rows = new EnumMap<>(ReportKind.class);
        Map<ReportKind, Integer> counts = new LinkedHashMap<>();
        behind.forEach((kind, entries) -> {
            List<ExportRow> list = rows(List.copyOf(entries.values()));
            rows.put(kind, list);
            counts.put(kind, list.size());
        });
        String teamId = teams.size() == 1 ? teams.get(0).teamId() : null;
        List<ExportRow> trips = rows(ledger.entries(ReportKind.TRIP_PLAN, teamId, asked.start(), asked.endInclusive(), false));
        rows.put(ReportKind.TRIP_PLAN, trips);
        counts.put(ReportKind.TRIP_PLAN, trips.size());
        String label = asked.label() + "进度·各项按考核周期";
        return export(LedgerWorkbook.fileName(scopeName, "进度_" + token(asked)),
                new WorkbookContent(scopeName, label, rows, lines, zone, clock.instant(), config.letterhead(), asOf(teams),
                        teamId != null), counts);
    }

    /** The day the figures were taken (the 填报日期 of a progress workbook). */
    private static LocalDate asOf(List<TeamProgress> teams) {
        return teams.isEmpty() ? null : teams.get(0).today();
    }

    /** One 进度汇总 line per figure of each team, in the order of the teams and of the targets. */
    private static List<ProgressLine> lines(List<TeamProgress> teams) {
        List<ProgressLine> lines = new ArrayList<>();
        for (TeamProgress t : teams) {
            for (Figure f : t.figures()) lines.add(line(t, f, note(f, List.of())));
        }
        return lines;
    }

    private static ProgressLine line(TeamProgress t, Figure f, String note) {
        return new ProgressLine(t.teamName(), f.label(), f.period().label(), f.actual(), f.target(), status(f.pace()), note);
    }

    /** The progress chart as PNG: {@link ChartData#of} drawn by {@link ProgressChart}. */
    public byte[] chart(List<TeamProgress> teams, Period asked) {
        return ProgressChart.png(ChartData.of(teams, asked, config.targets()));
    }

    private List<ExportRow> rows(List<? extends LedgerEntry<?>> entries) {
        List<ExportRow> out = new ArrayList<>();
        java.util.Map<String, List<String>> duplicates = ledger.likelyDuplicates(
                entries.stream().map(LedgerEntry::number).toList());
        for (LedgerEntry<?> e : entries) {
            String team = config.team(e.teamId()).map(Team::name).orElse(e.teamId());
            String reporter = config.member(e.reporterId()).map(Member::name).orElse(e.reporterId());
            List<String> others = duplicates.get(e.number());
            out.add(new ExportRow(e.number(), team, reporter, e.createdAt(), e.late(), !e.active(), e.report(),
                    others == null ? null : String.join("、", others)));
        }
        return out;
    }

    private static String status(Pace pace) {
        return switch (pace) {
            case MET -> ProgressLine.MET;
            case ON_PACE -> ProgressLine.ON_PACE;
            case BEHIND -> ProgressLine.BEHIND;
        };
    }

    private static String note(Figure f, List<String> numbers) {
        StringBuilder sb = new StringBuilder();
        if (f.late() > 0) sb.append("含逾期登记 ").append(f.late()).append(" 条；");
        if (!numbers.isEmpty()) sb.append("依据：").append(String.join("、", numbers));
        else if (f.key().equals("tripDays")) sb.append("按外出计划/总结的日期合并计算，截至今天");
        return sb.toString();
    }

    /** 2026-11, 2026Q4, 2026, 2026-11-01_2026-11-15. */
    public static String token(Period p) {
        return switch (p.kind()) {
            case MONTH -> p.start().toString().substring(0, 7);
            case QUARTER -> p.start().getYear() + "Q" + ((p.start().getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(p.start().getYear());
            case CUSTOM -> p.start() + "_" + p.endInclusive();
        };
    }

    private static String kindToken(ReportKind kind) {
        return switch (kind) {
            case VISIT -> "走访";
            case LEAD -> "线索";
            case INSPECTION -> "考察";
            case SIGNING -> "签约";
            case TRIP_PLAN -> "外出计划";
            case TRIP_SUMMARY -> "外出总结";
        };
    }

    private Export export(String fileName, WorkbookContent content, Map<ReportKind, Integer> counts) {
        WorkbookParts.Written w = WorkbookParts.write(content, fileName, maxFileBytes);
        return new Export(fileName, w.whole(), counts,
                w.parts().stream().map(p -> new File(p.fileName(), p.content())).toList());
    }
}
