package zhaoshang.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import zhaoshang.config.Team;
import zhaoshang.ledger.Submissions;
import zhaoshang.progress.Period;

/**
 * The workbook a team submits (报送): its four ledgers of the month as {@link LedgerExport#ledgers} writes them, after a
 * first sheet 报送说明 with the team, the month, the version, who submitted when, and what changed against the
 * previous version — so that the file 投资促进部 files says by itself which version it is.
 */
public final class SubmissionWorkbook {

    public static final String COVER_SHEET = "报送说明";

    /** What the cover sheet says. */
    public record Cover(String teamName, String monthLabel, int version, String submitter, String submittedAt,
                        List<String> changes) { }

    private final LedgerExport export;

    public SubmissionWorkbook(LedgerExport export) {
        this.export = export;
    }

    /** The file name of a version: 报送台账_第一工作组_2026-11_第2版.xlsx. */
    public static String fileName(Team team, Period month, int version) {
        return LedgerWorkbook.fileName(team.name(), LedgerExport.token(month) + "-v" + version)
                .replaceFirst("^招商台账_", "报送台账_");
    }

    /** The team's four ledgers of the month with the cover sheet first. */
    public byte[] write(Team team, Period month, LocalDate today, Cover cover) {
        LedgerExport.Export ledgers = export.ledgers(team, month, Submissions.KINDS, today);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ledgers.content()))) {
            Sheet s = wb.createSheet(COVER_SHEET);
            int r = 0;
            r = row(s, r, "台账报送说明");
            r = row(s, r, "填报单位", cover.teamName());
            r = row(s, r, "报送月份", cover.monthLabel());
            r = row(s, r, "版本", "第" + cover.version() + "版");
            r = row(s, r, "报送人", cover.submitter());
            r = row(s, r, "报送时间", cover.submittedAt());
            r = row(s, r, "包含台账", "走访企业台账、实效线索台账、邀请考察台账、签约项目台账（第一张表为进度汇总）");
            r++;
            if (cover.version() == 1) {
                row(s, r, "与上一版相比", "首次报送");
            } else if (cover.changes().isEmpty()) {
                row(s, r, "与上一版相比", "无变化");
            } else {
                r = row(s, r, "与第" + (cover.version() - 1) + "版相比的变化（共 " + cover.changes().size() + " 项）");
                for (String c : cover.changes()) r = row(s, r, "", c);
            }
            s.setColumnWidth(0, 22 * 256);
            s.setColumnWidth(1, 90 * 256);
            wb.setSheetOrder(COVER_SHEET, 0);
            wb.setActiveSheet(0);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) wb.getSheetAt(i).setSelected(i == 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the submission workbook", e);
        }
    }

    private static int row(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int i = 0; i < cells.length; i++) row.createCell(i).setCellValue(TextCells.fit(cells[i]));
        return r + 1;
    }
}
