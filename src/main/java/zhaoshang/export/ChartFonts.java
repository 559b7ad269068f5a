package zhaoshang.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The chart font travels with the jar: WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0; licence text beside it in
 * {@code /fonts/LICENSE-wqy-microhei.txt}). Java's logical fonts ("Dialog", "SansSerif") draw empty boxes for Chinese
 * on a machine without CJK fonts, so every chart font is derived from
 * {@link #cjk()} — never from whatever happens to be installed, so a chart looks the same on every machine.
 *
 * <p>{@link #register()} loads the font and registers it with AWT once (App calls it at startup, through
 * {@link ChartGuard#warmUp()}); {@link #cjk()} does the same on first use.
 */
public final class ChartFonts {

    /** The bundled TrueType collection (faces "WenQuanYi Micro Hei" and "WenQuanYi Micro Hei Mono"). */
    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    /** The face every chart is drawn with. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static Font font;
    /** Why loading failed the first time; every later call throws with it as the cause. */
    private static Throwable failure;

    private ChartFonts() { }

    /**
     * Loads the bundled font and registers its faces with AWT, once.
     *
     * @throws IllegalStateException when it cannot be loaded (a broken jar, a JDK without font support); the first
     *         failure is remembered and rethrown as the cause, so the reason is never lost
     */
    public static Font register() {
        return cjk();
    }

    /**
     * The bundled CJK font every text of a chart is drawn with (plain, 12 pt; derive other sizes from it).
     *
     * @throws IllegalStateException as {@link #register()}: callers that draw charts must survive it
     *         ({@link ChartGuard})
     */
    public static synchronized Font cjk() {
        if (font != null) return font;
        if (failure == null) {
            try {
                font = load();
                return font;
            } catch (RuntimeException | LinkageError | java.awt.AWTError | InternalError e) {
                failure = e;
            }
        }
        throw new IllegalStateException("the chart font cannot be loaded", failure);
    }

    /** Whether the chart font draws every character of {@code text}. */
    public static boolean canDisplay(String text) {
        return cjk().canDisplayUpTo(text) == -1;
    }

    private static Font load() {
        Font[] faces;
        try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("chart font " + RESOURCE + " is missing from the jar");
            faces = Font.createFonts(in); // a .ttc holds several faces: createFont would read only the first
        } catch (IOException e) {
            throw new UncheckedIOException("chart font " + RESOURCE + " cannot be read", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("chart font " + RESOURCE + " is not a TrueType collection", e);
        }
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        Font chosen = null;
        for (Font face : faces) {
            env.registerFont(face); // false when a font of that name is installed already: ours is used anyway
            if (FAMILY.equals(face.getFamily(java.util.Locale.ROOT))) chosen = face;
        }
        if (chosen == null) {
            throw new IllegalStateException("chart font " + RESOURCE + " has no face named " + FAMILY);
        }
        return chosen.deriveFont(Font.PLAIN, 12f);
    }
}
