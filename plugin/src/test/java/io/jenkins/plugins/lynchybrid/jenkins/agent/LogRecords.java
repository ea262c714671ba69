package io.jenkins.plugins.lynchybrid.jenkins.agent;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every java.util.logging record Jenkins and the plugin write while capturing, at every level (FINE included: a
 * secret in a debug record leaks the day someone turns debug on), as text: message, parameters and stack trace.
 */
final class LogRecords extends Handler {
    private static final List<String> LOGGERS = List.of("", "hudson", "jenkins", "io.jenkins.plugins.lynchybrid");

    private final List<String> texts = new ArrayList<>();
    private final Map<Logger, Level> levels = new HashMap<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    private LogRecords() {
        setLevel(Level.ALL);
    }

    static LogRecords capture() {
        LogRecords records = new LogRecords();
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            records.levels.put(logger, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        Logger.getLogger("").addHandler(records);
        return records;
    }

    void stop() {
        Logger.getLogger("").removeHandler(this);
        levels.forEach(Logger::setLevel);
    }

    synchronized List<String> texts() {
        return List.copyOf(texts);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(formatter.format(record));
        if (record.getParameters() != null) {
            text.append(Arrays.deepToString(record.getParameters()));
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append(trace);
        }
        texts.add(text.toString());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
