package io.jenkins.plugins.lynchybrid.shell;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The last lines a host wrote outside the protocol (module banners, warnings, stderr), kept for diagnostics:
 * bounded in lines and line length, and redacted before they are stored.
 */
final class OutputTail {
    private static final int MAX_LINES = 50;
    private static final int MAX_LINE_CHARS = 500;

    private final Redactor redactor;
    private final Deque<String> lines = new ArrayDeque<>();

    OutputTail(Redactor redactor) {
        this.redactor = redactor;
    }

    synchronized void add(String stream, String line) {
        String kept = redactor.redact(line);
        if (kept.length() > MAX_LINE_CHARS) {
            kept = kept.substring(0, MAX_LINE_CHARS) + "…";
        }
        lines.addLast(stream + ": " + kept);
        if (lines.size() > MAX_LINES) {
            lines.removeFirst();
        }
    }

    synchronized String text() {
        return String.join("\n", lines);
    }
}
