package zhaoshang.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document in the style of Chinese official papers (GB/T 9704, as offices use it): A4, title in 方正小标宋简体
 * 二号 (22 pt), body in 仿宋_GB2312 三号 (16 pt) with a first-line indent of two characters and fixed 28 pt lines,
 * first-level headings in 黑体, second-level in 楷体_GB2312, the 文号 under the title, the issuing office and the date
 * in Chinese at the end, page numbers in the footer. Tables use 仿宋 at 12 pt (小四). Font names are set for both
 * Latin and East Asian text, so Word picks the Chinese fonts; a viewer without them substitutes its own.
 */
final class Docx {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String FANGSONG = "仿宋_GB2312";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";
    static final int TITLE_POINTS = 22;
    static final int BODY_POINTS = 16;
    static final int TABLE_POINTS = 12;
    /** Fixed line height of body text, in points (about 22 lines on a page). */
    static final int LINE_POINTS = 28;

    /** A4 in twips, and the margins of GB/T 9704 (37 / 35 / 28 / 26 mm). */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int TOP = 2098;
    private static final int BOTTOM = 1984;
    private static final int LEFT = 1587;
    private static final int RIGHT = 1474;

    private final XWPFDocument doc = new XWPFDocument();
    private final boolean landscape;

    /** @param draft marks every page 草稿 (papers for the office to edit before they go out) */
    Docx(boolean landscape, boolean draft) {
        this.landscape = landscape;
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(landscape ? LEFT : TOP));
        margins.setBottom(BigInteger.valueOf(landscape ? RIGHT : BOTTOM));
        margins.setLeft(BigInteger.valueOf(landscape ? TOP : LEFT));
        margins.setRight(BigInteger.valueOf(landscape ? BOTTOM : RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
        if (draft) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph p = header.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            run(p, "草稿（供修改后使用）", HEITI, 10, false);
        }
    }

    /** The 文号 line, e.g. 长高投促〔2026〕　号, centred above the title. */
    Docx documentNumber(String number) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
        run(p, number, FANGSONG, BODY_POINTS, false);
        p.setSpacingAfter(240);
        return this;
    }

    /** The title: centred, 方正小标宋简体 22 pt; a line feed in the text starts a second line. */
    Docx title(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
        p.setSpacingBetween(36, LineSpacingRule.EXACT);
        p.setSpacingBefore(240);
        p.setSpacingAfter(240);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], TITLE_FONT, TITLE_POINTS, false);
            if (i < lines.length - 1) r.addBreak();
        }
        return this;
    }

    /** A centred line under the title, in 楷体 (e.g. the period, or 投资促进部 and the date of a meeting). */
    Docx subtitle(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
        run(p, text, KAITI, BODY_POINTS, false);
        p.setSpacingAfter(240);
        return this;
    }

    /** The addressee line (各招商工作组：), flush left. */
    Docx addressee(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 0), text, FANGSONG, BODY_POINTS, false);
        return this;
    }

    /** A first-level heading (一、总体情况) in 黑体. */
    Docx heading(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 2), text, HEITI, BODY_POINTS, false);
        return this;
    }

    /** A second-level heading ((一) …) in 楷体. */
    Docx subheading(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 2), text, KAITI, BODY_POINTS, false);
        return this;
    }

    /** Body text in 仿宋, indented two characters; line feeds start new paragraphs. */
    Docx paragraph(String text) {
        for (String line : text.split("\n")) {
            run(paragraph(ParagraphAlignment.LEFT, 2), line, FANGSONG, BODY_POINTS, false);
        }
        return this;
    }

    /** A paragraph that starts with a bold run in the same font (e.g. 考察时间：2026年12月10日). */
    Docx labelled(String label, String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, 2);
        run(p, label, FANGSONG, BODY_POINTS, true);
        run(p, text, FANGSONG, BODY_POINTS, false);
        return this;
    }

    /**
     * A table with a bold header row, full width; {@code weights} share the width among the columns. Numbers are
     * right-aligned when {@code rightAligned[c]}.
     */
    Docx table(List<String> headers, List<List<String>> rows, int[] weights, boolean[] rightAligned) {
        int n = headers.size();
        XWPFTable table = doc.createTable(rows.size() + 1, n);
        table.setTableAlignment(TableRowAlign.CENTER);
        int width = (landscape ? A4_LONG : A4_SHORT) - LEFT - RIGHT - (landscape ? TOP - LEFT : 0);
        CTTblWidth w = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        int sum = 0;
        for (int x : weights) sum += x;
        for (int r = 0; r <= rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0) row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            for (int c = 0; c < n; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(width * weights[c] / sum));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                String value = r == 0 ? headers.get(c) : rows.get(r - 1).get(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(r == 0 ? ParagraphAlignment.CENTER
                        : rightAligned != null && rightAligned[c] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                p.setSpacingBetween(1.0);
                p.setSpacingAfter(0);
                String[] lines = (value == null ? "" : value).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    XWPFRun run = run(p, lines[i], r == 0 ? HEITI : FANGSONG, TABLE_POINTS, false);
                    if (i < lines.length - 1) run.addBreak();
                }
            }
        }
        doc.createParagraph().setSpacingAfter(0);
        return this;
    }

    /** The issuing office and the date, right-aligned at the end (the date in Chinese: 2026年11月30日). */
    Docx signature(String office, LocalDate date) {
        XWPFParagraph gap = paragraph(ParagraphAlignment.LEFT, 0);
        gap.setSpacingBefore(240);
        XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, 0);
        p.setIndentationRight(4 * 20 * BODY_POINTS / 2);
        run(p, office, FANGSONG, BODY_POINTS, false);
        XWPFParagraph d = paragraph(ParagraphAlignment.RIGHT, 0);
        d.setIndentationRight(4 * 20 * BODY_POINTS / 2);
        run(d, date == null ? "　　年　　月　　日" : Dates.chinese(date), FANGSONG, BODY_POINTS, false);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (doc) {
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int indentChars) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        if (indentChars > 0) p.setFirstLineIndent(indentChars * BODY_POINTS * 20);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(points);
        r.setBold(bold);
        return r;
    }
}
