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
 * city-year of rows fits in a small heap.
 *
 * <p>Sheets, in this order: 进度汇总 (when there are progress lines), then one sheet per ledger present in the content:
 * 走访企业台账, 实效线索台账, 邀请考察台账, 签约项目台账, 外出计划, 外出总结. Each ledger sheet has a merged title row
 * ("第一工作组 走访企业台账（2026年11月）"), a header row, one row per record in the order given, and a 合计 row
 * (record count; the sum in 万元 under every amount column). Withdrawn records are left out of ledger sheets.
 * A 工作组 column is added when the rows belong to a team other than {@code scopeName} (an export of all teams).
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
    static final String NO_RECORDS = "本期无记录";
    static final String YES = "是";

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;
    private static final int FIRST_DATA_ROW = 2;
    /** Height of a data row with one line of text, and of each further wrapped line, in points (10 pt text). */
    static final float ROW_HEIGHT = 18f;
    static final float LINE_HEIGHT = 13.5f;
    /** Column widths in character units: the narrowest column, and the room added to the widest content. */
    static final int MIN_WIDTH = 4;
    static final float HEADER_HEIGHT = 30f;
    static final int PADDING = 1;

    private LedgerWorkbook() { }

    /** Writes the workbook to {@code out} (which is not closed). Temp files are deleted before returning. */
    public static void write(WorkbookContent content, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        try {
            WorkbookStyles styles = new WorkbookStyles(wb);
            if (!content.progress().isEmpty()) {
                writeProgress(wb, styles, content);
            }
            boolean withTeam = hasOtherTeams(content);
            for (ReportKind kind : ReportKind.values()) {
                List<ExportRow> rows = content.rows().get(kind);
                if (rows != null) {
                    writeLedger(wb, styles, content, LedgerLayout.of(kind, withTeam), rows);
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

    // ---------------------------------------------------------------- ledger sheets

    private static void writeLedger(SXSSFWorkbook wb, WorkbookStyles st, WorkbookContent content,
                                    LedgerLayout layout, List<ExportRow> rows) {
        List<LedgerColumn> columns = layout.columns();
        int n = columns.size();
        SXSSFSheet sheet = wb.createSheet(layout.sheetName());
        String title = content.scopeName() + " " + layout.title() + "（" + content.periodLabel() + "）";
        int[] widths = writeTitleAndHeader(sheet, st, title, columns.stream().map(LedgerColumn::header).toList());
        int[] headerWidths = widths.clone();
        int[] caps = new int[n];
        ColumnType[] types = new ColumnType[n];
        for (int c = 0; c < n; c++) {
            caps[c] = columns.get(c).maxWidth();
            types[c] = columns.get(c).type();
        }
        ZoneId zone = content.zone();
        long[] sums = new long[n];
        boolean[] summed = new boolean[n];

        int r = FIRST_DATA_ROW;
        int shown = 0;
        for (ExportRow row : rows) {
            if (row.report().kind() != layout.kind()) {
                throw new IllegalArgumentException("row " + row.number() + " is a " + row.report().kind()
                        + ", not a " + layout.kind());
            }
            if (row.withdrawn()) continue;
            shown++;
            Row out = sheet.createRow(r++);
            int lines = 1;
            for (int c = 0; c < n; c++) {
                ColumnType type = types[c];
                if (type == ColumnType.INDEX) {
                    Cell cell = out.createCell(c);
                    cell.setCellValue(shown);
                    cell.setCellStyle(st.index);
                    continue;
                }
                Object value = columns.get(c).value().apply(row);
                Cell cell = out.createCell(c);
                switch (type) {
                    case DATE -> {
                        cell.setCellStyle(st.date);
                        if (value != null) cell.setCellValue((LocalDate) value);
                    }
                    case DATETIME -> {
                        cell.setCellStyle(st.dateTime);
                        if (value != null) cell.setCellValue(LocalDateTime.ofInstant((Instant) value, zone));
                    }
                    case FLAG -> {
                        cell.setCellStyle(st.center);
                        if (Boolean.TRUE.equals(value)) cell.setCellValue(YES);
                    }
                    case AMOUNT -> {
                        cell.setCellStyle(st.amount);
                        if (value != null) {
                            long yuan = (Long) value;
                            cell.setCellValue(wan(yuan));
                            widths[c] = Math.max(widths[c], amountWidth(yuan));
                            sums[c] = Math.addExact(sums[c], yuan);
                            summed[c] = true;
                        }
                    }
                    default -> {
                        if (value == null) {
                            cell.setCellStyle(st.wrap);
                        } else {
                            String s = TextCells.fit(value.toString());
                            cell.setCellStyle(st.text(s, true));
                            cell.setCellValue(s);
                            long m = TextCells.measure(s, caps[c]);
                            lines = Math.max(lines, (int) (m >>> 32));
                            widths[c] = Math.max(widths[c], (int) m);
                        }
                    }
                }
            }
            out.setHeightInPoints(rowHeight(lines));
        }
        int lastDataRow = r - 1;
        if (shown == 0) {
            Row out = sheet.createRow(r);
            for (int c = 0; c < n; c++) out.createCell(c).setCellStyle(st.emptyNote);
            out.getCell(0).setCellValue(NO_RECORDS);
            out.setHeightInPoints(ROW_HEIGHT);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, n - 1));
            lastDataRow = HEADER_ROW;
        } else {
            Row total = sheet.createRow(r);
            total.setHeightInPoints(ROW_HEIGHT);
            for (int c = 0; c < n; c++) {
                Cell cell = total.createCell(c);
                if (c == 0) {
                    cell.setCellValue(TOTAL);
                    cell.setCellStyle(st.totalLabel);
                } else if (c == 1) {
                    cell.setCellValue("共" + shown + "条");
                    cell.setCellStyle(st.totalText);
                } else if (types[c] == ColumnType.AMOUNT) {
                    cell.setCellStyle(st.totalAmount);
                    cell.setCellValue(summed[c] ? wan(sums[c]) : 0);
                    widths[c] = Math.max(widths[c], amountWidth(sums[c]));
                } else {
                    cell.setCellStyle(st.totalText);
                }
            }
        }
        for (int c = 0; c < n; c++) {
            int w = switch (types[c]) {
                case DATE -> Math.max(widths[c], 10);
                case DATETIME -> Math.max(widths[c], 16);
                case INDEX -> Math.max(widths[c], String.valueOf(shown).length());
                case AMOUNT -> widths[c];
                case TEXT, FLAG -> Math.max(headerWidths[c], Math.min(widths[c], caps[c]));
            };
            sheet.setColumnWidth(c, (Math.max(w, MIN_WIDTH) + PADDING) * 256);
        }
        finishSheet(sheet, n, lastDataRow);
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
        int[] widths = writeTitleAndHeader(sheet, st, title, PROGRESS_HEADERS);
        int[] headerWidths = widths.clone();
        int[] caps = {6, 16, 24, 18, 8, 8, 8, 8, 6, 40};
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
        finishSheet(sheet, PROGRESS_HEADERS.size(), r - 1);
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

    /** Writes the title row (merged across all columns) and the header row; returns the header widths. */
    private static int[] writeTitleAndHeader(Sheet sheet, WorkbookStyles st, String title, List<String> headers) {
        int n = headers.size();
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(32);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(st.title);
        for (int c = 1; c < n; c++) titleRow.createCell(c).setCellStyle(st.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, n - 1));

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
     * The width a header needs: a long header (more than eight CJK characters, such as 存在问题/需要解决的问题) may
     * wrap onto two lines, as the header row is two lines high; shorter ones stay on one line.
     */
    static int headerWidth(String header) {
        int full = TextCells.width(header, Integer.MAX_VALUE);
        if (full <= 16) return full;  // up to eight CJK characters stay on one line
        int half = (full + 3) / 4 * 2;  // half the width, rounded up to whole CJK characters
        return TextCells.lines(header, half) <= 2 ? half : half + 2;
    }

    /** Frozen title and header, auto-filter over header and data, and print setup. */
    private static void finishSheet(Sheet sheet, int columns, int lastDataRow) {
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastDataRow), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(TITLE_ROW, HEADER_ROW, -1, -1));

        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }
}
