package zhaoshang.support;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** Collects what one logger (and its children) logs while open, for tests that count log lines. */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        appender.start();
        logger.addAppender(appender);
    }

    public static LogCapture of(Class<?> type) {
        return of(type.getName());
    }

    public static LogCapture of(String loggerName) {
        return new LogCapture((Logger) LoggerFactory.getLogger(loggerName));
    }

    /** Events so far at {@code level} or above. */
    public synchronized List<ILoggingEvent> atLeast(Level level) {
        return List.copyOf(appender.list).stream().filter(e -> e.getLevel().isGreaterOrEqual(level)).toList();
    }

    public List<ILoggingEvent> all() {
        return atLeast(Level.ALL);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
