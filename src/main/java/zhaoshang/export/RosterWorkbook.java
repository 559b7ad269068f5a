package zhaoshang.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 导出名单: the current roster as a workbook, one sheet of people (the columns of bot-config/members.yaml, so that it
 * can seed the YAML again) and one of the roster's history. Cells are string cells; one that starts like a formula
 * is quote-prefixed as well, so that editing it keeps it text.
 */
public final class RosterWorkbook {

    public static final List<String> MEMBER_COLUMNS = List.of("成员ID", "姓名", "工作组", "角色", "钉钉用户ID", "企业微信用户ID");
    public static final List<String> HISTORY_COLUMNS = List.of("时间", "操作人", "操作", "对象", "原来", "现在");

    private RosterWorkbook() { }

    /** The workbook's bytes; each row has the columns above, in order. */
    public static byte[] write(List<List<String>> members, List<List<String>> history) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            sheet(wb, "名单", MEMBER_COLUMNS, members, header, quoted);
            sheet(wb, "名单历史", HISTORY_COLUMNS, history, header, quoted);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, List<String> columns, List<List<String>> rows,
                              CellStyle header, CellStyle quoted) {
        Sheet sheet = wb.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            head.createCell(c).setCellValue(columns.get(c));
            head.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, 18 * 256);
        }
        int r = 1;
        for (List<String> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size() && c < columns.size(); c++) {
                String v = TextCells.fit(values.get(c) == null ? "" : values.get(c));
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                cell.setCellValue(v);
                if (TextCells.looksLikeFormula(v)) cell.setCellStyle(quoted);
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
