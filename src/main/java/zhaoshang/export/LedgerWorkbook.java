package zhaoshang.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import zhaoshang.report.ReportKind;

/**
 * Writes the ledgers (台账) of a team or of all teams as one .xlsx workbook, streaming with POI SXSSF, so that a
 * city-year of rows fits in a small heap. Each ledger sheet prints as a document the office can file.
 *
 * <p>Sheets, in this order: 进度汇总 (when there are progress lines), then one sheet per ledger present in the content:
 * 走访企业台账, 实效线索台账, 邀请考察台账, 签约项目台账, 外出计划, 外出总结. A ledger sheet has a merged title row
 * ("第一工作组 走访企业台账（2026年11月）"), a line with 填报单位, the period, 填报日期 and 单位：万元, the header row, one
 * row per record with a 序号, a 合计 row, and a 填报人 / 审核人 signature row. In an export of all teams the records come
 * team by team, each team under its own heading row and closed by a 小计 row. Only amounts whose sum means something
 * are summed (线索 and 签约 投资额; never the 拟投资额 of visits). Withdrawn records are left out of ledger sheets.
 *
 * <p>The printed columns are the work plan's; the office's own columns (编号, 登记人, 登记时间, 逾期登记, and 工作组 in
 * an export of all teams) follow them in a collapsed column group that does not print. Pages are A4 landscape, fitted
 * to the width, with the title, the 填报单位 line and the header repeated on every page; the column caps keep 10 pt
 * text at 9 pt or more when fitted ({@link LedgerLayout#PRINT_WIDTH}).
 *
 * <p>Text is always written as string cells, never as formulas; text that starts like a formula is also
 * quote-prefixed. Dates are Excel dates, amounts are numbers of 万元 (exact 元 ÷ 10,000), and the 合计 is a value
 * computed exactly from the 元 amounts (the workbook contains no formulas).
 */
public final class LedgerWorkbook {

    /** SXSSF keeps this many rows in memory per sheet; the rest are flushed to a temp file. */
    static final int ROW_WINDOW = 200;
    static final String PROGRESS_SHEET = "进度汇总";
    static final String TOTAL = "合计";
    static final String SUBTOTAL = "小计";
    static final String NO_RECORDS = "本期无记录";
    static final String YES = "是";

    static final int TITLE_ROW = 0;
    static final int INFO_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;
    /** Height of a data row with one line of text, and of each further wrapped line, in points (10 pt text). */
    static final float ROW_HEIGHT = 18f;
    static final float LINE_HEIGHT = 13.5f;
    /** Column widths in character units: the narrowest column, and the room added to the widest content. */
    static final int MIN_WIDTH = 4;
    static final float HEADER_HEIGHT = 30f;
    static final int PADDING = 1;
    /** Left and right page margins in inches: narrow, as printers allow, so that more of the width is text. */
    static final double SIDE_MARGIN = 0.3;

    private LedgerWorkbook() { }

    /** Writes the workbook to {@code out} (which is not closed). Temp files are deleted before returning. */
    public static void write(WorkbookContent content, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        try {
            WorkbookStyles styles = new WorkbookStyles(wb);
            if (!content.progress().isEmpty()) {
                writeProgress(wb, styles, content);
            }
            boolean allTeams = hasOtherTeams(content);
            for (ReportKind kind : ReportKind.values()) {
                List<ExportRow> rows = content.rows().get(kind);
                if (rows != null) {
                    new LedgerSheet(wb, styles, content, LedgerLayout.of(kind, allTeams), allTeams).write(rows);
                }
            }
            if (wb.getNumberOfSheets() == 0) {
                writeEmpty(wb, styles, content);
            }
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            // POI would stamp the time of writing here: the same content would come out a byte longer or shorter
            wb.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setCreated(Optional.of(Date.from(content.created().truncatedTo(ChronoUnit.SECONDS))));
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /**
     * The file name of an export, e.g. {@code fileName("第一工作组", "2026-11")} → {@code 招商台账_第一工作组_2026-11.xlsx}.
     * Letters (Chinese included), digits and '-' are kept; anything else becomes '_'.
     */
    public static String fileName(String scopeName, String periodToken) {
        return "招商台账_" + safe(scopeName) + "_" + safe(periodToken) + ".xlsx";
    }

    private static String safe(String s) {
        StringBuilder sb = new StringBuilder();
        if (s != null) {
            s.codePoints().forEach(cp -> {
                boolean keep = Character.isLetterOrDigit(cp) || cp == '-';
                if (keep) {
                    sb.appendCodePoint(cp);
                } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
            });
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') sb.setLength(sb.length() - 1);
        if (sb.length() > 40) sb.setLength(40);
        return sb.length() == 0 ? "全部" : sb.toString();
    }

    private static boolean hasOtherTeams(WorkbookContent content) {
        for (List<ExportRow> rows : content.rows().values()) {
            for (ExportRow row : rows) {
                if (!content.scopeName().equals(row.teamName())) return true;
            }
        }
        return false;
    }

    /**
     * Rows get an explicit height from their wrapped text: viewers do not agree on fitting row heights of a streamed
     * sheet (LibreOffice does not), and an explicit height prints the same everywhere. Long-text columns are as wide
     * as their cap whenever some text needs more than one line, so the estimate uses the cap.
     */
    static float rowHeight(int lines) {
        return Math.max(ROW_HEIGHT, lines * LINE_HEIGHT + 4f);
    }

    /** Characters of an amount shown as #,##0.00## 万元. */
    static int amountWidth(long yuan) {
        long wan = Math.abs(yuan / 10_000);
        int digits = String.valueOf(wan).length();
        int width = digits + (digits - 1) / 3 + 3;
        if (yuan % 100 != 0) width += 2;
        if (yuan < 0) width++;
        return width;
    }

    /** 万元 from 元, exactly as a decimal, then the nearest double (what Excel stores). */
    static double wan(long yuan) {
        return BigDecimal.valueOf(yuan).movePointLeft(4).doubleValue();
    }

    // ---------------------------------------------------------------- 进度汇总

    private static final List<String> PROGRESS_HEADERS =
            List.of("序号", "工作组", "指标", "周期", "实际", "目标", "完成率", "差距", "状态", "说明");

    private static void writeProgress(SXSSFWorkbook wb, WorkbookStyles st, WorkbookContent content) {
        SXSSFSheet sheet = wb.createSheet(PROGRESS_SHEET);
        String title = content.scopeName() + " " + PROGRESS_SHEET + "（" + content.periodLabel() + "）";
        int[] caps = {4, 12, 24, 16, 8, 8, 8, 8, 6, 40};
        int[] widths = writeTitleAndHeader(sheet, st, content, title, PROGRESS_HEADERS, PROGRESS_HEADERS.size(), caps,
                false);
        int[] headerWidths = widths.clone();
        int r = FIRST_DATA_ROW;
        int i = 0;
        for (ProgressLine line : content.progress()) {
            Row out = sheet.createRow(r++);
            String status = line.status();
            out.setHeightInPoints(rowHeight(line.note() == null ? 1
                    : TextCells.lines(TextCells.fit(line.note()), caps[PROGRESS_HEADERS.size() - 1])));
            int c = 0;
            number(out, c++, ++i, st.progress(status, "center", false));
            c = progressText(out, c, line.teamName(), status, st, widths, caps, false);
            c = progressText(out, c, line.targetLabel(), status, st, widths, caps, false);
            c = progressText(out, c, line.periodLabel(), status, st, widths, caps, false);
            number(out, c++, line.actual(), st.progress(status, "int", false));
            number(out, c++, line.target(), st.progress(status, "int", false));
            Cell rate = out.createCell(c++);
            rate.setCellStyle(st.progress(status, "percent", false));
            if (line.target() > 0) rate.setCellValue((double) line.actual() / line.target());
            number(out, c++, Math.max(0, line.target() - line.actual()), st.progress(status, "int", false));
            Cell statusCell = out.createCell(c++);
            statusCell.setCellStyle(st.progress(status, "status", TextCells.looksLikeFormula(status)));
            if (status != null) statusCell.setCellValue(TextCells.fit(status));
            progressText(out, c, line.note(), status, st, widths, caps, true);
        }
        for (int c = 0; c < PROGRESS_HEADERS.size(); c++) {
            int w = Math.max(headerWidths[c], Math.min(widths[c], caps[c]));
            sheet.setColumnWidth(c, (Math.max(w, MIN_WIDTH) + PADDING) * 256);
        }
        finishSheet(sheet, PROGRESS_HEADERS.size(), r - 1, content.letterhead().office());
    }

    private static int progressText(Row out, int c, String value, String status, WorkbookStyles st,
                                    int[] widths, int[] caps, boolean wrapped) {
        Cell cell = out.createCell(c);
        String kind = wrapped ? "wrap" : "text";
        if (value == null) {
            cell.setCellStyle(st.progress(status, kind, false));
        } else {
            String s = TextCells.fit(value);
            cell.setCellStyle(st.progress(status, kind, TextCells.looksLikeFormula(s)));
            cell.setCellValue(s);
            widths[c] = Math.max(widths[c], TextCells.width(s, caps[c]));
        }
        return c + 1;
    }

    private static void number(Row out, int c, long value, CellStyle style) {
        Cell cell = out.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    // ---------------------------------------------------------------- shared

    private static void writeEmpty(SXSSFWorkbook wb, WorkbookStyles st, WorkbookContent content) {
        SXSSFSheet sheet = wb.createSheet("台账");
        Row row = sheet.createRow(0);
        Cell cell = row.createCell(0);
        cell.setCellValue(content.scopeName() + "（" + content.periodLabel() + "）" + NO_RECORDS);
        cell.setCellStyle(st.title);
        sheet.setColumnWidth(0, 60 * 256);
    }

    /**
     * Writes the title row and the 填报单位 line (both across the {@code printed} columns) and the header row; returns
     * the header widths. {@code caps} (character units) place the parts of the 填报单位 line.
     */
    static int[] writeTitleAndHeader(Sheet sheet, WorkbookStyles st, WorkbookContent content, String title,
                                     List<String> headers, int printed, int[] caps, boolean amounts) {
        int n = headers.size();
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(32);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(st.title);
        for (int c = 1; c < printed; c++) titleRow.createCell(c).setCellStyle(st.title);
        if (printed > 1) sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, printed - 1));

        Row info = sheet.createRow(INFO_ROW);
        info.setHeightInPoints(ROW_HEIGHT + 2);
        String date = content.filledOn() == null ? "　　年　　月　　日" : Dates.chinese(content.filledOn());
        spread(sheet, info, printed, caps, new int[] {4, 2, 3}, new CellStyle[] {st.infoLeft, st.infoCenter, st.infoRight},
                "填报单位：" + content.unit(), "所属期间：" + content.periodLabel(),
                "填报日期：" + date + (amounts ? "　　单位：万元" : ""));

        Row headerRow = sheet.createRow(HEADER_ROW);
        headerRow.setHeightInPoints(HEADER_HEIGHT);
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(st.header);
            widths[c] = headerWidth(headers.get(c));
        }
        return widths;
    }

    /**
     * Writes texts side by side across the first {@code printed} columns of a row: the columns are split into runs
     * whose widths (by {@code caps}) follow {@code weights}, each run merged and holding one text.
     */
    static void spread(Sheet sheet, Row row, int printed, int[] caps, int[] weights, CellStyle[] styles,
                       String... texts) {
        int parts = Math.min(texts.length, printed);
        long total = 0;
        for (int c = 0; c < printed; c++) total += caps[c] + PADDING;
        long weightSum = 0;
        for (int k = 0; k < parts; k++) weightSum += weights[k];
        int from = 0;
        long used = 0;
        long goal = 0;
        for (int k = 0; k < parts; k++) {
            goal += total * weights[k] / weightSum;
            int to = from;
            used += caps[from] + PADDING;
            if (k == parts - 1) {
                to = printed - 1;
            } else {
                int lastAllowed = printed - 1 - (parts - 1 - k);  // leave a column for each later part
                while (to < lastAllowed && used + (caps[to + 1] + PADDING) / 2 < goal) {
                    to++;
                    used += caps[to] + PADDING;
                }
            }
            for (int c = from; c <= to; c++) row.createCell(c).setCellStyle(styles[Math.min(k, styles.length - 1)]);
            row.getCell(from).setCellValue(texts[k]);
            if (to > from) sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
            from = to + 1;
        }
    }

    /**
     * The width a header needs: a long header (more than eight CJK characters, such as 存在问题/需要解决的问题) may
     * wrap onto two lines, as the header row is two lines high; shorter ones stay on one line.
     */
    static int headerWidth(String header) {
        int full = TextCells.width(header, Integer.MAX_VALUE);
        int paren = header.indexOf('（');
        if (full > 8 && paren > 0) {  // 拟投资额（万元）: the unit goes on the second line
            return Math.max(TextCells.width(header.substring(0, paren), Integer.MAX_VALUE),
                    TextCells.width(header.substring(paren), Integer.MAX_VALUE));
        }
        if (full <= 16) return full;  // up to eight CJK characters stay on one line
        int half = (full + 3) / 4 * 2;  // half the width, rounded up to whole CJK characters
        return TextCells.lines(header, half) <= 2 ? half : half + 2;
    }

    /**
     * Frozen title and header, auto-filter over header and data, and print setup: A4 landscape fitted to the width,
     * title, 填报单位 line and header repeated on every page, the office in the page header and page numbers below.
     */
    static void finishSheet(Sheet sheet, int columns, int lastDataRow, String office) {
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastDataRow), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(TITLE_ROW, HEADER_ROW, -1, -1));
        sheet.getHeader().setLeft(office);

        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }
}
