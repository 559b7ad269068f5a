package zhaoshang.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static zhaoshang.export.LedgerWorkbookTest.SHANGHAI;
import static zhaoshang.export.LedgerWorkbookTest.TEAM;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.config.Letterhead;
import zhaoshang.report.ReportKind;

/**
 * The ledgers as LibreOffice prints them (skipped when LibreOffice or poppler is absent): every ledger of a team and
 * the all-teams 走访 and 签约 ledgers are converted to PDF; the text is there, names are whole, the letters are 9 pt or
 * more. With {@code DOCS_PNG_DIR=docs} the first page of each is also written there as a PNG (docs/export.md).
 */
class LedgerPrintTest {

    static final Map<ReportKind, String> FILES = Map.of(ReportKind.VISIT, "visits", ReportKind.LEAD, "leads",
            ReportKind.INSPECTION, "inspections", ReportKind.SIGNING, "signings", ReportKind.TRIP_PLAN, "trip-plans",
            ReportKind.TRIP_SUMMARY, "trip-summaries");

    @Test
    void everyLedgerPrintsWholeAndReadable(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOffice.available(), "LibreOffice headless and poppler-utils are not installed");
        Map<ReportKind, List<ExportRow>> team = LedgerWorkbookTest.allKinds(LedgerWorkbookTest.longVisits());
        Map<ReportKind, List<ExportRow>> all = LedgerWorkbookTest.otherTeams(team);
        Map<String, WorkbookContent> contents = new LinkedHashMap<>();
        Map<String, ReportKind> kinds = new LinkedHashMap<>();
        for (ReportKind kind : LedgerExport.ALL_KINDS) {
            contents.put("ledger-" + FILES.get(kind), content(TEAM, kind, team));
            kinds.put("ledger-" + FILES.get(kind), kind);
        }
        contents.put("ledger-all-visits", content(WorkbookContent.ALL_TEAMS, ReportKind.VISIT, all));
        kinds.put("ledger-all-visits", ReportKind.VISIT);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, WorkbookContent> e : contents.entrySet()) {
            Path xlsx = dir.resolve(e.getKey() + ".xlsx");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                LedgerWorkbook.write(e.getValue(), out);
            }
            files.add(xlsx);
        }
        List<Path> pdfs = LibreOffice.toPdf(files);
        List<String> problems = new ArrayList<>();
        int i = 0;
        for (String name : contents.keySet()) {
            check(name, contents.get(name), kinds.get(name), pdfs.get(i++), problems);
        }
        assertThat(problems).isEmpty();
    }

    private static WorkbookContent content(String scope, ReportKind kind, Map<ReportKind, List<ExportRow>> rows) {
        Map<ReportKind, List<ExportRow>> one = new EnumMap<>(ReportKind.class);
        one.put(kind, rows.get(kind));
        return new WorkbookContent(scope, "2026年11月", one, List.of(), SHANGHAI, java.time.Instant.parse("2026-11-30T02:00:00Z"), Letterhead.DEFAULT,
                LocalDate.of(2026, 11, 30), !scope.equals(WorkbookContent.ALL_TEAMS));
    }

    private static void check(String name, WorkbookContent content, ReportKind kind, Path pdf, List<String> problems)
            throws Exception {
        String text = LibreOffice.text(pdf).replace(" ", "");
        String label = name + ": ";
        for (String expected : List.of(LedgerLayout.title(kind), "填报单位", "所属期间：2026年11月", "合计", "审核人",
                "长治高新区投资促进部")) {
            if (!text.contains(expected)) problems.add(label + "no " + expected);
        }
        if (!content.teamScope()) {
            for (String t : List.of("第一工作组小计", "第二工作组小计")) if (!text.contains(t)) problems.add(label + "no " + t);
        }
        if (text.contains("登记时间")) problems.add(label + "the office's column 登记时间 is printed");
        for (ExportRow row : content.rows().get(kind)) {
            if (text.contains(row.number())) problems.add(label + "the office's column 编号 is printed: " + row.number());
        }
        // names print whole: each line of a name as the sheet lays it out is on one printed line
        LedgerLayout layout = LedgerLayout.of(kind, !content.teamScope());
        for (ExportRow row : content.rows().get(kind)) {
            for (LedgerColumn c : layout.printed()) {
                if (c.type() != ColumnType.NAME || row.withdrawn()) continue;
                Object v = c.value().apply(row);
                if (v == null) continue;
                for (String line : NameLines.wrap(v.toString(), c.maxWidth()).split("\n")) {
                    if (!text.contains(line)) problems.add(label + c.header() + " “" + line + "” is broken");
                }
            }
        }
        double size = medianWordHeight(LibreOffice.boxes(pdf));
        if (size < 9) problems.add(label + "text prints at " + size + " pt");
        String docs = System.getenv("DOCS_PNG_DIR");
        if (docs != null) LibreOffice.png(pdf, 1, 110, Path.of(docs).resolve(name + ".png"));
    }

    /** The median height of the words on the pages, in points: about the printed font size. */
    static double medianWordHeight(String bbox) {
        Matcher m = Pattern.compile("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\"").matcher(bbox);
        List<Double> heights = new ArrayList<>();
        while (m.find()) heights.add(Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1)));
        heights.sort(Double::compare);
        return heights.isEmpty() ? 0 : heights.get(heights.size() / 2);
    }
}
