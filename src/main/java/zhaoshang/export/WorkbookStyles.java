package zhaoshang.export;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of one workbook, created once when the workbook is started and shared by every cell
 * (a workbook holds at most 64,000 styles; creating one per cell would also be slow).
 */
final class WorkbookStyles {

    static final String FONT = "宋体";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATETIME_FORMAT = "yyyy-mm-dd hh:mm";
    /** 万元 with at least two decimals and up to four, so an amount of whole 元 is shown exactly. */
    static final String AMOUNT_FORMAT = "#,##0.00##";

    /** Fill colours of the 进度汇总 rows, Excel's own "good / neutral / bad" tints. */
    static final String GREEN = "C6EFCE";
    static final String YELLOW = "FFEB9C";
    static final String RED = "FFC7CE";
    private static final String HEADER_FILL = "DDEBF7";
    private static final String TOTAL_FILL = "F2F2F2";
    private static final String TEAM_FILL = "EDEDED";
    /** Size of body, header and 填报单位 text; fitted to an A4 landscape page it prints at 9 pt or more. */
    static final int BODY_POINTS = 10;

    private final Workbook wb;
    private final Font body;
    private final Font bold;
    private final DataFormat formats;

    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textQuoted;
    final CellStyle wrap;
    final CellStyle wrapQuoted;
    final CellStyle center;
    final CellStyle index;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle amount;
    final CellStyle totalLabel;
    final CellStyle totalText;
    final CellStyle totalAmount;
    final CellStyle emptyNote;
    final CellStyle infoLeft;
    final CellStyle infoCenter;
    final CellStyle infoRight;
    final CellStyle teamHeading;
    final CellStyle subtotalLabel;
    final CellStyle subtotalText;
    final CellStyle subtotalAmount;
    final CellStyle signature;

    private final Map<String, CellStyle> progress = new HashMap<>();

    WorkbookStyles(Workbook wb) {
        this.wb = wb;
        this.formats = wb.createDataFormat();
        Font normal = wb.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 11);

        body = font(false, BODY_POINTS);
        bold = font(true, BODY_POINTS);
        Font titleFont = font(true, 16);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        header = bordered(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        fill(header, HEADER_FILL);

        text = bordered(body);
        textQuoted = quoted(text);
        wrap = bordered(body);
        wrap.setWrapText(true);
        wrapQuoted = quoted(wrap);
        center = bordered(body);
        center.setAlignment(HorizontalAlignment.CENTER);
        index = bordered(body);
        index.setAlignment(HorizontalAlignment.CENTER);
        index.setDataFormat(formats.getFormat("0"));
        date = bordered(body);
        date.setAlignment(HorizontalAlignment.CENTER);
        date.setDataFormat(formats.getFormat(DATE_FORMAT));
        dateTime = bordered(body);
        dateTime.setAlignment(HorizontalAlignment.CENTER);
        dateTime.setDataFormat(formats.getFormat(DATETIME_FORMAT));
        amount = bordered(body);
        amount.setAlignment(HorizontalAlignment.RIGHT);
        amount.setDataFormat(formats.getFormat(AMOUNT_FORMAT));

        totalLabel = bordered(bold);
        totalLabel.setAlignment(HorizontalAlignment.CENTER);
        fill(totalLabel, TOTAL_FILL);
        totalText = bordered(bold);
        fill(totalText, TOTAL_FILL);
        totalAmount = bordered(bold);
        totalAmount.setAlignment(HorizontalAlignment.RIGHT);
        totalAmount.setDataFormat(formats.getFormat(AMOUNT_FORMAT));
        fill(totalAmount, TOTAL_FILL);

        emptyNote = bordered(body);
        emptyNote.setAlignment(HorizontalAlignment.CENTER);

        infoLeft = plain(body, HorizontalAlignment.LEFT);
        infoCenter = plain(body, HorizontalAlignment.CENTER);
        infoRight = plain(body, HorizontalAlignment.RIGHT);
        signature = plain(body, HorizontalAlignment.LEFT);
        teamHeading = bordered(bold);
        fill(teamHeading, TEAM_FILL);
        subtotalLabel = bordered(bold);
        subtotalLabel.setAlignment(HorizontalAlignment.RIGHT);
        subtotalText = bordered(body);
        subtotalAmount = bordered(bold);
        subtotalAmount.setAlignment(HorizontalAlignment.RIGHT);
        subtotalAmount.setDataFormat(formats.getFormat(AMOUNT_FORMAT));
    }

    /** The text style for a value: quote-prefixed when it starts like a formula. */
    CellStyle text(String value, boolean wrapped) {
        boolean q = TextCells.looksLikeFormula(value);
        return wrapped ? (q ? wrapQuoted : wrap) : (q ? textQuoted : text);
    }

    /**
     * A style of the 进度汇总 sheet: {@code kind} is text, wrap, int or percent; the fill follows the status.
     * Cached, so each combination is created once per workbook.
     */
    CellStyle progress(String status, String kind, boolean quotedText) {
        String fill = switch (status == null ? "" : status) {
            case ProgressLine.MET -> GREEN;
            case ProgressLine.ON_PACE -> YELLOW;
            case ProgressLine.BEHIND -> RED;
            default -> null;
        };
        String key = fill + "/" + kind + "/" + quotedText;
        return progress.computeIfAbsent(key, k -> {
            CellStyle s = bordered(body);
            switch (kind) {
                case "int" -> {
                    s.setAlignment(HorizontalAlignment.RIGHT);
                    s.setDataFormat(formats.getFormat("#,##0"));
                }
                case "percent" -> {
                    s.setAlignment(HorizontalAlignment.RIGHT);
                    s.setDataFormat(formats.getFormat("0%"));
                }
                case "center" -> s.setAlignment(HorizontalAlignment.CENTER);
                case "status" -> {
                    s.setAlignment(HorizontalAlignment.CENTER);
                    s.setFont(bold);
                }
                case "wrap" -> s.setWrapText(true);
                default -> { }
            }
            if (quotedText) s.setQuotePrefixed(true);
            if (fill != null) fill(s, fill);
            return s;
        });
    }

    private Font font(boolean isBold, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(isBold);
        return f;
    }

    private CellStyle bordered(Font f) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private CellStyle plain(Font f, HorizontalAlignment alignment) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setAlignment(alignment);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private CellStyle quoted(CellStyle base) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setQuotePrefixed(true);
        return s;
    }

    private static void fill(CellStyle s, String rgbHex) {
        ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(hex(rgbHex), null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    static byte[] hex(String rgb) {
        return new byte[] {
                (byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16),
                (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
