package org.highroad.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything logged while it is open, by any logger of the application (the root logger's appenders see the same),
 * as the text a log file would hold: each message, and each exception of its cause chain with its message and stack.
 * Use with try-with-resources.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture() {
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
    }

    public static LogCapture all() {
        return new LogCapture();
    }

    /** The captured log as text. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            out.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(": ").append(event.getFormattedMessage())
                    .append('\n');
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                out.append("  ").append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    out.append("    ").append(frame.getSTEAsString()).append('\n');
                }
                for (IThrowableProxy suppressed : t.getSuppressed() == null ? new IThrowableProxy[0] : t.getSuppressed()) {
                    out.append("  suppressed ").append(suppressed.getClassName()).append(": ").append(suppressed.getMessage()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The formatted messages alone. */
    public List<String> messages() {
        List<String> out = new ArrayList<>();
        List.copyOf(appender.list).forEach(e -> out.add(e.getFormattedMessage()));
        return out;
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
