package zhaoshang.export;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.progress.Period;
import zhaoshang.progress.TeamProgress;

/**
 * Draws progress charts so that a chart never takes an answer down: when drawing fails for any reason (a font that
 * cannot load, a JDK without font support, a bug), the answer goes out without its picture, the log says why once
 * (again only when the reason changes or drawing works again), and {@link #problem()} tells /healthz.
 */
public final class ChartGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ChartGuard.class);

    /** Draws a progress chart as PNG ({@link LedgerExport#chart} in production). */
    @FunctionalInterface
    public interface Drawer {
        byte[] draw(List<TeamProgress> teams, Period asked);
    }

    private final Drawer drawer;
    private final Clock clock;
    private String reason;
    private Instant since;

    public ChartGuard(Drawer drawer, Clock clock) {
        this.drawer = drawer;
        this.clock = clock;
    }

    /** Loads and registers the bundled chart font now (at startup), so a problem shows in the log and /healthz. */
    public void warmUp() {
        try {
            ChartFonts.register();
        } catch (Throwable e) {
            failed(e);
        }
    }

    /** The chart, or empty when it could not be drawn. Never throws. */
    public Optional<byte[]> draw(List<TeamProgress> teams, Period asked) {
        byte[] png;
        try {
            png = drawer.draw(teams, asked);
            if (png == null || png.length == 0) throw new IllegalStateException("the chart came out empty");
        } catch (Throwable e) { // Errors too: a JDK without fonts throws UnsatisfiedLinkError / InternalError here
            failed(e);
            return Optional.empty();
        }
        worked();
        return Optional.of(png);
    }

    /** Why charts cannot be drawn, and since when; empty while they can. */
    public synchronized Optional<String> problem() {
        return reason == null ? Optional.empty() : Optional.of("进度图无法生成（自 " + since + "），回复照常发送但不附图：" + reason);
    }

    private synchronized void failed(Throwable e) {
        String why = describe(e);
        if (why.equals(reason)) return;
        boolean first = reason == null;
        reason = why;
        since = clock.instant();
        if (first) {
            LOG.error("progress charts cannot be drawn; answers go out without them until this is fixed: {}", why, e);
        } else {
            LOG.error("progress charts still cannot be drawn, now because: {}", why, e);
        }
    }

    private synchronized void worked() {
        if (reason == null) return;
        LOG.info("progress charts are drawn again (failed since {}: {})", since, reason);
        reason = null;
        since = null;
    }

    /** The class and message of the deepest cause (the first one says why; wrappers only say where). */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return root.getClass().getName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
