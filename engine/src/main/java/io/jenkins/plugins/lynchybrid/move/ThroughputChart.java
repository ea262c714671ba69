package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Users finished per second over the run, as an inline SVG line chart (numbers only, so nothing to escape). */
final class ThroughputChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 220;
    private static final int MARGIN = 40;
    private static final int MAX_BUCKETS = 60;

    private ThroughputChart() {}

    static String svg(Instant start, Instant end, List<UserOutcome> outcomes) {
        long spanMillis = Math.max(1, Duration.between(start, end).toMillis());
        // A rate over less than a second of moves that take seconds each is mostly noise.
        int buckets = (int) Math.max(1, Math.min(MAX_BUCKETS, spanMillis / 1000));
        double bucketMillis = spanMillis / (double) buckets;
        double[] rates = new double[buckets];
        for (UserOutcome outcome : outcomes) {
            long at = Duration.between(start, outcome.finishedAt()).toMillis();
            int bucket = (int) Math.min(buckets - 1, Math.max(0, at / bucketMillis));
            rates[bucket] += 1000.0 / bucketMillis;
        }
        double peak = 0;
        for (double rate : rates) {
            peak = Math.max(peak, rate);
        }
        double top = peak <= 0 ? 1 : peak * 1.1;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < buckets; i++) {
            double x = MARGIN + (WIDTH - 2 * MARGIN) * (i + 0.5) / buckets;
            double y = HEIGHT - MARGIN - (HEIGHT - 2 * MARGIN) * rates[i] / top;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                        + " aria-label=\"users finished per second over time\">"
                        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>"
                        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>"
                        + "<polyline fill=\"none\" stroke=\"#0078d4\" stroke-width=\"2\" points=\"%s\"/>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%.1f users/s</text>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"11\">0</text>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%.1f s</text>"
                        + "</svg>",
                WIDTH,
                HEIGHT,
                MARGIN,
                MARGIN,
                MARGIN,
                HEIGHT - MARGIN,
                MARGIN,
                HEIGHT - MARGIN,
                WIDTH - MARGIN,
                HEIGHT - MARGIN,
                points.toString().strip(),
                4,
                MARGIN - 8,
                top,
                MARGIN - 12,
                HEIGHT - MARGIN + 4,
                WIDTH - MARGIN,
                HEIGHT - MARGIN + 16,
                spanMillis / 1000.0);
    }
}
