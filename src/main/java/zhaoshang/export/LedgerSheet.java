package zhaoshang.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One ledger sheet of a {@link LedgerWorkbook}: title, 填报单位 line, header, the records (team by team with a heading
 * and a 小计 in an export of all teams), 合计, signature row; the office's columns grouped and collapsed.
 */
final class LedgerSheet {

    private final WorkbookStyles st;
    private final WorkbookContent content;
    private final LedgerLayout layout;
    private final boolean allTeams;
    private final SXSSFSheet sheet;
    private final List<LedgerColumn> columns;
    private final int n;
    private final int printed;
    private final int[] caps;
    private final ColumnType[] types;
    private int[] widths;
    private int r = LedgerWorkbook.FIRST_DATA_ROW;

    LedgerSheet(SXSSFWorkbook wb, WorkbookStyles st, WorkbookContent content, LedgerLayout layout, boolean allTeams) {
        this.st = st;
        this.content = content;
        this.layout = layout;
        this.allTeams = allTeams;
        this.sheet = wb.createSheet(layout.sheetName());
        this.columns = layout.columns();
        this.n = columns.size();
        this.printed = layout.printed().size();
        this.caps = new int[n];
        this.types = new ColumnType[n];
        for (int c = 0; c < n; c++) {
            caps[c] = columns.get(c).maxWidth();
            types[c] = columns.get(c).type();
        }
    }

    void write(List<ExportRow> rows) {
        String title = content.scopeName() + " " + layout.title() + "（" + content.periodLabel() + "）";
        widths = LedgerWorkbook.writeTitleAndHeader(sheet, st, content, title,
                columns.stream().map(LedgerColumn::header).toList(), printed, caps, layout.hasAmounts());
        int[] headerWidths = widths.clone();

        Map<String, List<ExportRow>> groups = new LinkedHashMap<>();
        for (ExportRow row : rows) {
            if (row.report().kind() != layout.kind()) {
                throw new IllegalArgumentException("row " + row.number() + " is a " + row.report().kind()
                        + ", not a " + layout.kind());
            }
            if (row.withdrawn()) continue;
            groups.computeIfAbsent(allTeams ? String.valueOf(row.teamName()) : "", k -> new ArrayList<>()).add(row);
        }
        long[] sums = new long[n];
        int shown = 0;
        int lastDataRow = LedgerWorkbook.HEADER_ROW;
        for (Map.Entry<String, List<ExportRow>> group : groups.entrySet()) {
            if (allTeams) heading(group.getKey() + "（" + group.getValue().size() + "条）");
            long[] teamSums = new long[n];
            int index = 0;
            for (ExportRow row : group.getValue()) {
                record(row, ++index, teamSums);
            }
            shown += index;
            for (int c = 0; c < n; c++) sums[c] = Math.addExact(sums[c], teamSums[c]);
            if (allTeams) {
                total(group.getKey() + LedgerWorkbook.SUBTOTAL + "　共" + index + "条", teamSums, st.subtotalLabel,
                        st.subtotalText, st.subtotalAmount);
            }
            lastDataRow = r - 1;
        }
        if (shown == 0) {
            Row out = sheet.createRow(r);
            for (int c = 0; c < printed; c++) out.createCell(c).setCellStyle(st.emptyNote);
            out.getCell(0).setCellValue(LedgerWorkbook.NO_RECORDS);
            out.setHeightInPoints(LedgerWorkbook.ROW_HEIGHT);
            if (printed > 1) sheet.addMergedRegion(new CellRangeAddress(r, r, 0, printed - 1));
            r++;
        } else {
            total(LedgerWorkbook.TOTAL + "　共" + shown + "条" + (allTeams ? "（" + groups.size() + "个工作组）" : ""),
                    sums, st.totalLabel, st.totalText, st.totalAmount);
        }
        signatures();

        if (printed < n) sheet.groupColumn(printed, n - 1);  // before widths: grouping rewrites the column entries
        for (int c = 0; c < n; c++) {
            int w = switch (types[c]) {
                case DATE -> Math.max(widths[c], 10);
                case DATETIME -> Math.max(widths[c], 16);
                case INDEX -> Math.max(widths[c], String.valueOf(shown).length());
                case AMOUNT -> Math.max(widths[c], caps[c]);  // room for the two-line header as viewers' fonts draw it
                case TEXT, NAME, FLAG -> Math.max(headerWidths[c], Math.min(widths[c], caps[c]));
            };
            sheet.setColumnWidth(c, (Math.max(w, LedgerWorkbook.MIN_WIDTH) + LedgerWorkbook.PADDING) * 256);
        }
        for (int c = printed; c < n; c++) sheet.setColumnHidden(c, true);
        LedgerWorkbook.finishSheet(sheet, n, lastDataRow, content.letterhead().office());
    }

    private void record(ExportRow row, int index, long[] sums) {
        Row out = sheet.createRow(r++);
        int lines = 1;
        for (int c = 0; c < n; c++) {
            ColumnType type = types[c];
            Cell cell = out.createCell(c);
            if (type == ColumnType.INDEX) {
                cell.setCellValue(index);
                cell.setCellStyle(st.index);
                continue;
            }
            Object value = columns.get(c).value().apply(row);
            switch (type) {
                case DATE -> {
                    cell.setCellStyle(st.date);
                    if (value != null) cell.setCellValue((LocalDate) value);
                }
                case DATETIME -> {
                    cell.setCellStyle(st.dateTime);
                    if (value != null) cell.setCellValue(LocalDateTime.ofInstant((Instant) value, content.zone()));
                }
                case FLAG -> {
                    cell.setCellStyle(st.center);
                    if (Boolean.TRUE.equals(value)) cell.setCellValue(LedgerWorkbook.YES);
                }
                case AMOUNT -> {
                    cell.setCellStyle(st.amount);
                    if (value != null) {
                        long yuan = (Long) value;
                        cell.setCellValue(LedgerWorkbook.wan(yuan));
                        widths[c] = Math.max(widths[c], LedgerWorkbook.amountWidth(yuan));
                        if (columns.get(c).total()) sums[c] = Math.addExact(sums[c], yuan);
                    }
                }
                default -> {
                    if (value == null) {
                        cell.setCellStyle(st.wrap);
                    } else {
                        String s = TextCells.fit(value.toString());
                        if (type == ColumnType.NAME) s = NameLines.wrap(s, caps[c]);
                        cell.setCellStyle(st.text(s, true));
                        cell.setCellValue(s);
                        long m = TextCells.measure(s, caps[c]);
                        if (!columns.get(c).internal()) lines = Math.max(lines, (int) (m >>> 32));
                        widths[c] = Math.max(widths[c], (int) m);
                    }
                }
            }
        }
        out.setHeightInPoints(LedgerWorkbook.rowHeight(lines));
    }

    /** A team's heading row in an export of all teams. */
    private void heading(String text) {
        Row out = sheet.createRow(r);
        out.setHeightInPoints(LedgerWorkbook.ROW_HEIGHT);
        for (int c = 0; c < printed; c++) out.createCell(c).setCellStyle(st.teamHeading);
        out.getCell(0).setCellValue(text);
        if (printed > 1) sheet.addMergedRegion(new CellRangeAddress(r, r, 0, printed - 1));
        r++;
    }

    /**
     * A 小计 or 合计 row: the label across the columns before the first summed amount (all printed columns when
     * nothing is summed), then the sums.
     */
    private void total(String label, long[] sums, CellStyle labelStyle, CellStyle textStyle, CellStyle amountStyle) {
        Row out = sheet.createRow(r);
        out.setHeightInPoints(LedgerWorkbook.ROW_HEIGHT);
        int firstSum = printed;
        for (int c = 0; c < printed; c++) {
            if (columns.get(c).total()) {
                firstSum = c;
                break;
            }
        }
        int labelEnd = Math.max(0, firstSum - 1);
        for (int c = 0; c < printed; c++) {
            Cell cell = out.createCell(c);
            if (c <= labelEnd) {
                cell.setCellStyle(labelStyle);
            } else if (columns.get(c).total()) {
                cell.setCellStyle(amountStyle);
                cell.setCellValue(LedgerWorkbook.wan(sums[c]));
                widths[c] = Math.max(widths[c], LedgerWorkbook.amountWidth(sums[c]));
            } else {
                cell.setCellStyle(textStyle);
            }
        }
        out.getCell(0).setCellValue(label);
        if (labelEnd > 0) sheet.addMergedRegion(new CellRangeAddress(r, r, 0, labelEnd));
        r++;
    }

    /** An empty row, then 填报人 / 审核人 / date to sign and write in by hand. */
    private void signatures() {
        r++;
        Row out = sheet.createRow(r);
        out.setHeightInPoints(28);
        String blank = "＿＿＿＿＿＿";
        String[] texts = content.teamScope()
                ? new String[] {"填报人：" + blank, "审核人（组长）：" + blank, "报送日期：　　年　　月　　日"}
                : new String[] {"汇总人：" + blank, "审核人：" + blank, "日期：　　年　　月　　日"};
        LedgerWorkbook.spread(sheet, out, printed, caps, new int[] {1, 1, 1},
                new CellStyle[] {st.signature}, texts);
        r++;
    }
}
