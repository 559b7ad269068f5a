package zhaoshang.export;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds, once, an installed font that draws Chinese, for the chart images. Java's logical fonts ("Dialog", "SansSerif")
 * draw empty boxes for Chinese on a server without CJK fonts, and xchart uses them unless told otherwise, so every
 * chart font is derived from {@link #cjk()}.
 *
 * <p>The project installs the Debian package {@code fonts-wqy-microhei} where charts are drawn (see .ci/run).
 */
public final class ChartFonts {

    /** Families tried first, in order. */
    public static final List<String> PREFERRED = List.of(
            "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
            "SimHei");

    /** Characters every chart needs: a font that cannot draw these is not used. */
    static final String PROBE = "第一工作组走访线索考察签约落地外出实际目标进度汇总（）：０１２";

    private static final Set<String> LOGICAL = Set.of("dialog", "dialoginput", "serif", "sansserif", "monospaced");

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static volatile Font found;

    private ChartFonts() { }

    /**
     * The CJK-capable font used for every text of a chart (plain, 12 pt; derive other sizes from it).
     *
     * @throws IllegalStateException when no installed font can draw Chinese
     */
    public static Font cjk() {
        Font f = found;
        if (f == null) {
            synchronized (ChartFonts.class) {
                f = found;
                if (f == null) {
                    f = find();
                    found = f;
                }
            }
        }
        return f;
    }

    /** Whether the chart font draws every character of {@code text}. */
    public static boolean canDisplay(String text) {
        return cjk().canDisplayUpTo(text) == -1;
    }

    private static Font find() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        Set<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        installed.addAll(Arrays.asList(families));
        for (String name : PREFERRED) {
            if (installed.contains(name)) {
                Font f = new Font(name, Font.PLAIN, 12);
                if (f.canDisplayUpTo(PROBE) == -1) return f;
            }
        }
        for (String name : families) {
            if (LOGICAL.contains(name.toLowerCase(Locale.ROOT).replace(".", ""))) continue;
            Font f = new Font(name, Font.PLAIN, 12);
            if (f.canDisplayUpTo(PROBE) == -1) return f;
        }
        throw new IllegalStateException("No installed font can draw Chinese chart labels (tried " + PREFERRED
                + " and every installed family). Install one, e.g. on Debian/Ubuntu: "
                + "apt-get install fonts-wqy-microhei (the project's .ci/run does this).");
    }
}
