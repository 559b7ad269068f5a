package zhaoshang.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads an exported ledger sheet back by its header row (the row holding 编号) as a person would see it. */
public final class SheetColumns {

    private static final DataFormatter FORMAT = new DataFormatter();

    private SheetColumns() { }

    /** The header row: the first row with a 编号 cell. */
    public static int headerRow(Sheet sheet) {
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            if (r == null) continue;
            for (Cell c : r) if (FORMAT.formatCellValue(c).equals("编号")) return i;
        }
        throw new AssertionError("no 编号 column in " + sheet.getSheetName());
    }

    /** The headers in column order. */
    public static List<String> headers(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Cell c : sheet.getRow(headerRow(sheet))) out.add(FORMAT.formatCellValue(c));
        return out;
    }

    /** 编号 → the cell under {@code header}, for every row where it is not blank. */
    public static Map<String, String> byNumber(Sheet sheet, String header) {
        int row = headerRow(sheet);
        List<String> headers = headers(sheet);
        int numberCol = headers.indexOf("编号");
        int col = headers.indexOf(header);
        assertThat(col).as("a %s column in %s", header, sheet.getSheetName()).isGreaterThanOrEqualTo(0);
        Map<String, String> out = new HashMap<>();
        for (int i = row + 1; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            if (r == null || r.getCell(col) == null) continue;
            String value = FORMAT.formatCellValue(r.getCell(col));
            if (!value.isBlank()) out.put(FORMAT.formatCellValue(r.getCell(numberCol)), value);
        }
        return out;
    }
}
