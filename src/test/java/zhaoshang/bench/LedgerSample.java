package zhaoshang.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import zhaoshang.export.ExportRow;
import zhaoshang.export.LedgerWorkbook;
import zhaoshang.export.ProgressLine;
import zhaoshang.export.WorkbookContent;
import zhaoshang.report.ReportKind;
import zhaoshang.report.SigningReport;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.VisitReport;

/**
 * Writes a sample workbook and chart to look at (the docs/ledger-*.png pages come from LedgerPrintTest):
 * {@code java -cp ... zhaoshang.bench.LedgerSample target/sample}, then
 * {@code soffice --headless --convert-to pdf target/sample/*.xlsx}.
 */
public final class LedgerSample {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample");
        Files.createDirectories(dir);
        String team = "第一工作组";
        List<ExportRow> visits = new ArrayList<>();
        for (ExportRow r : SampleData.visits(18, 7)) {
            VisitReport v = (VisitReport) r.report();
            int i = visits.size();
            LocalDate date = LocalDate.of(2026, 11, 2 + i);
            boolean late = i == 4;
            VisitReport nov = new VisitReport(date, v.enterprise(), v.enterpriseInfo(), v.region(), v.industry(),
                    v.contacts(), v.ourPeople(), v.content(), v.intent(), v.amountYuan(), v.followUp());
            visits.add(new ExportRow(String.format("#V-%04d", 40 + i), team, r.reporterName(),
                    date.atTime(20, 10 + i).plusDays(late ? 2 : 0).atZone(SampleData.SHANGHAI).toInstant(), late,
                    i == 7, nov));
        }
        Map<ReportKind, List<ExportRow>> rows = new EnumMap<>(ReportKind.class);
        rows.put(ReportKind.VISIT, visits);
        rows.put(ReportKind.SIGNING, List.of(new ExportRow("#S-0007", team, "张伟",
                LocalDateTime.of(2026, 11, 25, 10, 0).atZone(SampleData.SHANGHAI).toInstant(), false, false,
                new SigningReport("新能源电池包生产基地项目", "宁德时代新能源科技股份有限公司", LocalDate.of(2026, 11, 25),
                        620_000_000L, "新能源", "高新区", "开工", "用地指标待落实，需协调市自然资源局", null))));
        rows.put(ReportKind.TRIP_PLAN, List.of(new ExportRow("#T-0002", team, "张伟",
                LocalDateTime.of(2026, 11, 1, 9, 30).atZone(SampleData.SHANGHAI).toInstant(), false, false,
                new TripPlanReport("深圳、东莞", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 8),
                        List.of(new TripPlanReport.PlannedVisit("比亚迪股份有限公司", LocalDate.of(2026, 11, 4)),
                                new TripPlanReport.PlannedVisit("华为数字能源技术有限公司", LocalDate.of(2026, 11, 5)),
                                new TripPlanReport.PlannedVisit("欣旺达电子股份有限公司", null)),
                        "山西省驻深圳办事处", "张伟负责对接，李娜负责记录", "长治—深圳—东莞—长治"))));
        List<ProgressLine> progress = List.of(
                new ProgressLine(team, "走访重点企业（家）", "2026年11月", 16, 15, "达标", "已完成"),
                new ProgressLine(team, "有价值线索（条）", "2026年11月", 4, 6, "正常", "还差2条，剩余5天"),
                new ProgressLine(team, "邀请考察企业（家）", "2026年第四季度", 1, 6, "落后", "还差5家，剩余36天"),
                new ProgressLine(team, "签约项目（个）", "2026年", 9, 12, "落后", "还差3个"),
                new ProgressLine(team, "亿元以上项目落地（个）", "2026年", 3, 3, "达标", ""),
                new ProgressLine(team, "外出天数（天）", "2026年11月", 6, 10, "正常", "还差4天"));
        WorkbookContent content = new WorkbookContent(team, "2026年11月", rows, progress, SampleData.SHANGHAI);
        Path xlsx = dir.resolve(LedgerWorkbook.fileName(team, "2026-11"));
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            LedgerWorkbook.write(content, out);
        }
        System.out.println("wrote " + xlsx + " (chart samples: zhaoshang.export.ChartSample)");
    }
}
