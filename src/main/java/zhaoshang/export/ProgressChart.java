package zhaoshang.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Progress charts as PNG, drawn with Java2D in the bundled font ({@link ChartFonts}): horizontal bars, each with its
 * figure written beside it, grouped by the period they cover.
 *
 * <p>One team ({@link ChartData.Layout#SECTIONS}): a section per period — 月度任务 · 2026年11月, 季度任务 · 2026年第四季度,
 * 年度任务 · 2026年 — and in it a row per target: the bar shows the actual figure over a grey track as long as the
 * target (each row on its own scale, so 2/6 and 7/15 read alike), "7/15" beside it. All teams
 * ({@link ChartData.Layout#COLUMNS}): a row per team and a column per period, each cell the completion rate of that
 * period's targets, "85%" beside it. A team at zero still has its row, its grey track and a "0%" / "0/15"; thirteen
 * teams make thirteen rows of the same size (the picture grows, the text does not shrink).
 *
 * <p>The image is {@link #WIDTH} pixels wide with text of 18–28 px, so on a phone (390 pt wide, the image opened and fit
 * to it) the labels are about 10–15 pt. Bar colours follow the pace (🟢🟡🔴 of the text answer).
 *
 * <p>{@link #layout} says where every text and box goes; {@link #png} paints exactly that, so a test can check each
 * label in the picture.
 */
public final class ProgressChart {

    /** Image width in pixels. */
    public static final int WIDTH = 720;
    /** The legend's texts, in order; the last is the grey track. */
    static final List<String> LEGEND = List.of("达标", "进度正常", "落后", "目标");

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY_INK = new Color(0x66, 0x66, 0x66);
    static final Color TRACK = new Color(0xE4, 0xE4, 0xE4);
    static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
    static final Color MET = new Color(0x2E, 0x9D, 0x5B);
    static final Color ON_PACE = new Color(0xE0, 0xA2, 0x00);
    static final Color BEHIND = new Color(0xD6, 0x45, 0x41);

    private static final int MARGIN = 24;
    private static final int GAP = 12;
    private static final int BAR_HEIGHT = 18;
    private static final int ROW = 44;
    private static final float TITLE_SIZE = 28f;
    private static final float NOTE_SIZE = 19f;
    private static final float HEADING_SIZE = 22f;
    static final float LABEL_SIZE = 22f;
    private static final float SMALL_SIZE = 18f;
    /** No text is drawn smaller than this to make it fit; it is cut with … instead. */
    private static final float MIN_SIZE = 13f;

    /** A text as drawn: its font, the left end of its baseline, and its colour. */
    public record Text(String text, Font font, int x, int baseline, Color color) { }

    /** A filled rectangle. */
    public record Box(int x, int y, int width, int height, Color color) { }

    /** Everything the picture holds, in painting order (boxes first, then texts). */
    public record Drawing(int width, int height, List<Box> boxes, List<Text> texts) {

        /** The drawn texts equal to {@code text}. */
        public List<Text> find(String text) {
            return texts.stream().filter(t -> t.text().equals(text)).toList();
        }
    }

    private ProgressChart() { }

    /** The chart as a PNG {@link #WIDTH} pixels wide, as tall as its rows need. */
    public static byte[] png(ChartData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(layout(data)), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Paints a drawing (white background). */
    public static BufferedImage image(Drawing d) {
        BufferedImage image = new BufferedImage(d.width(), d.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, d.width(), d.height());
            for (Box b : d.boxes()) {
                g.setColor(b.color());
                g.fillRect(b.x(), b.y(), b.width(), b.height());
            }
            for (Text t : d.texts()) paint(g, t, 0, 0);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws {@code t} moved by (-dx, -dy); the same hints as the whole picture, so a text alone looks the same. */
    static void paint(Graphics2D g, Text t, int dx, int dy) {
        g.setFont(t.font());
        g.setColor(t.color());
        g.drawString(t.text(), t.x() - dx, t.baseline() - dy);
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /** Where every text and box of the chart goes. */
    public static Drawing layout(ChartData data) {
        return new Layout(data).build();
    }

    /** Measures and places; one per chart. */
    private static final class Layout {
        private final ChartData data;
        private final Font base = ChartFonts.cjk();
        private final Graphics2D measure;
        private final List<Box> boxes = new ArrayList<>();
        private final List<Text> texts = new ArrayList<>();
        private int y = MARGIN;

        Layout(ChartData data) {
            this.data = data;
            this.measure = graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
        }

        Drawing build() {
            try {
                header();
                if (data.layout() == ChartData.Layout.SECTIONS) sections();
                else columns();
                return new Drawing(WIDTH, y + MARGIN, List.copyOf(boxes), List.copyOf(texts));
            } finally {
                measure.dispose();
            }
        }

        private void header() {
            Font title = fit(data.title(), base.deriveFont(Font.BOLD, TITLE_SIZE), WIDTH - 2 * MARGIN);
            line(data.title(), title, MARGIN, INK);
            y += 4;
            if (!data.note().isEmpty()) line(data.note(), fit(data.note(), font(NOTE_SIZE), WIDTH - 2 * MARGIN),
                    MARGIN, GREY_INK);
            y += 6;
            // legend: a swatch and its word for each colour, the grey track last
            Font f = font(NOTE_SIZE);
            FontMetrics m = metrics(f);
            Color[] colours = {MET, ON_PACE, BEHIND, TRACK};
            int x = MARGIN;
            int baseline = y + m.getAscent();
            for (int i = 0; i < LEGEND.size(); i++) {
                int side = 14;
                boxes.add(new Box(x, baseline - m.getAscent() / 2 - side / 2 - 1, side, side, colours[i]));
                x += side + 6;
                texts.add(new Text(LEGEND.get(i), f, x, baseline, GREY_INK));
                x += m.stringWidth(LEGEND.get(i)) + 18;
            }
            y += m.getHeight() + 6;
        }

        /** One team: per period a heading line, a rule, and a row per target. */
        private void sections() {
            Font label = font(LABEL_SIZE);
            int labelWidth = 0;
            int figureWidth = 0;
            for (ChartData.Group g : data.groups()) {
                for (ChartData.Bar b : g.bars()) {
                    labelWidth = Math.max(labelWidth, metrics(label).stringWidth(b.label()));
                    figureWidth = Math.max(figureWidth, metrics(label).stringWidth(b.figure()));
                }
            }
            labelWidth = Math.min(labelWidth, (WIDTH - 2 * MARGIN) / 2);
            int barX = MARGIN + labelWidth + GAP;
            int barWidth = WIDTH - MARGIN - figureWidth - GAP - barX;
            Font heading = base.deriveFont(Font.BOLD, HEADING_SIZE);
            for (ChartData.Group g : data.groups()) {
                y += 10;
                line(g.title(), fit(g.title(), heading, WIDTH - 2 * MARGIN), MARGIN, INK);
                boxes.add(new Box(MARGIN, y + 2, WIDTH - 2 * MARGIN, 1, RULE));
                y += 6;
                for (ChartData.Bar b : g.bars()) {
                    row(b, label, MARGIN, labelWidth, barX, barWidth);
                    y += ROW;
                }
            }
        }

        /** All teams: a column per period (heading, period, what it counts), a row per team. */
        private void columns() {
            Font label = font(LABEL_SIZE);
            List<ChartData.Group> groups = data.groups();
            int labelWidth = 0;
            int figureWidth = 0;
            for (ChartData.Bar b : groups.get(0).bars()) labelWidth = Math.max(labelWidth, metrics(label).stringWidth(b.label()));
            for (ChartData.Group g : groups) {
                for (ChartData.Bar b : g.bars()) figureWidth = Math.max(figureWidth, metrics(label).stringWidth(b.figure()));
            }
            labelWidth = Math.min(labelWidth, (WIDTH - 2 * MARGIN) / 3);
            int first = MARGIN + labelWidth + GAP;
            int column = (WIDTH - MARGIN - first) / groups.size();
            int barWidth = column - figureWidth - 2 * GAP;

            Font heading = base.deriveFont(Font.BOLD, HEADING_SIZE - 2);
            Font small = font(SMALL_SIZE);
            y += 10;
            int top = y;
            int bottom = y;
            for (int c = 0; c < groups.size(); c++) {
                ChartData.Group g = groups.get(c);
                int x = first + c * column;
                y = top;
                line(g.heading(), fit(g.heading(), heading, column - GAP), x, INK);
                line(g.period(), fit(g.period(), font(NOTE_SIZE), column - GAP), x, INK);
                if (!g.detail().isEmpty()) line(g.detail(), fit(g.detail(), small, column - GAP), x, GREY_INK);
                bottom = Math.max(bottom, y);
            }
            y = bottom;
            boxes.add(new Box(MARGIN, y + 2, WIDTH - 2 * MARGIN, 1, RULE));
            y += 6;
            int rows = groups.get(0).bars().size();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < groups.size(); c++) {
                    ChartData.Bar b = groups.get(c).bars().get(r);
                    row(b, label, c == 0 ? MARGIN : -1, labelWidth, first + c * column, barWidth);
                }
                y += ROW;
            }
        }

        /** A row at {@link #y}: the label (unless labelX &lt; 0), the track, the bar and the figure beside it. */
        private void row(ChartData.Bar b, Font label, int labelX, int labelWidth, int barX, int barWidth) {
            FontMetrics m = metrics(label);
            int baseline = y + (ROW - m.getHeight()) / 2 + m.getAscent();
            if (labelX >= 0) {
                Font f = fit(b.label(), label, labelWidth);
                String text = cut(b.label(), f, labelWidth);
                texts.add(new Text(text, f, labelX, baseline, INK));
            }
            long scale = Math.max(1, Math.max(b.actual(), b.target()));
            int barY = y + (ROW - BAR_HEIGHT) / 2;
            int track = (int) Math.round((double) barWidth * Math.max(0, b.target()) / scale);
            int fill = (int) Math.round((double) barWidth * Math.max(0, b.actual()) / scale);
            if (track > 0) boxes.add(new Box(barX, barY, track, BAR_HEIGHT, TRACK));
            if (fill > 0) boxes.add(new Box(barX, barY, fill, BAR_HEIGHT, colour(b.status())));
            texts.add(new Text(b.figure(), label, barX + barWidth + GAP, baseline, INK));
        }

        /** Adds a line of text at the left end {@code x} and moves {@link #y} below it. */
        private void line(String text, Font f, int x, Color color) {
            FontMetrics m = metrics(f);
            texts.add(new Text(text, f, x, y + m.getAscent(), color));
            y += m.getHeight();
        }

        private Font font(float size) {
            return base.deriveFont(Font.PLAIN, size);
        }

        private FontMetrics metrics(Font f) {
            return measure.getFontMetrics(f);
        }

        /** {@code f}, or a smaller size of it (not below {@link #MIN_SIZE}) so that {@code text} fits in width. */
        private Font fit(String text, Font f, int width) {
            Font out = f;
            while (metrics(out).stringWidth(text) > width && out.getSize2D() > MIN_SIZE) {
                out = out.deriveFont(out.getSize2D() - 1f);
            }
            return out;
        }

        /** The text, cut with … when even the smallest size does not fit. */
        private String cut(String text, Font f, int width) {
            if (metrics(f).stringWidth(text) <= width) return text;
            String s = text;
            while (s.length() > 1 && metrics(f).stringWidth(s + "…") > width) s = s.substring(0, s.length() - 1);
            return s + "…";
        }
    }

    static Color colour(ChartData.Status s) {
        return switch (s) {
            case MET -> MET;
            case ON_PACE -> ON_PACE;
            case BEHIND -> BEHIND;
        };
    }
}
