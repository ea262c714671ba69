package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The run over time as an inline SVG (numbers only, so nothing to escape): users finished per second, the moves in
 * flight and the limit the adaptive parallelism set (its work, visible), a mark for every throttling answer, and
 * elapsed-time marks.
 */
final class ThroughputChart {
    private static final int WIDTH = 960;
    private static final int HEIGHT = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 64;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;
    private static final int MAX_BUCKETS = 60;
    private static final int IN_FLIGHT_SAMPLES = 240;
    private static final int MAX_TIME_MARKS = 10;
    private static final long[] TIME_STEPS_SECONDS = {
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400
    };
    private static final String RATE_COLOUR = "#0078d4";
    private static final String IN_FLIGHT_COLOUR = "#ca5010";
    private static final String THROTTLE_COLOUR = "#d13438";
    private static final String LIMIT_COLOUR = "#8a8886";

    private ThroughputChart() {}

    static String svg(Instant start, Instant end, List<UserOutcome> outcomes, MoveTimeline timeline) {
        long spanMillis = Math.max(1, Duration.between(start, end).toMillis());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" font-size=\"11\""
                        + " aria-label=\"users finished per second, moves in flight and throttling over time\">",
                WIDTH,
                HEIGHT));
        axes(svg);
        timeMarks(svg, spanMillis);
        int peakInFlight = inFlight(svg, start, spanMillis, timeline.inFlight());
        rate(svg, start, spanMillis, outcomes);
        throttling(svg, start, spanMillis, timeline.throttledAt());
        legend(svg, peakInFlight, timeline.throttledAt().size());
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg) {
        line(svg, LEFT, TOP, LEFT, bottom(), "#999");
        line(svg, LEFT, bottom(), WIDTH - RIGHT, bottom(), "#999");
        line(svg, WIDTH - RIGHT, TOP, WIDTH - RIGHT, bottom(), "#999");
    }

    /** Ticks at a round step (1 s … 1 day) so at most {@value #MAX_TIME_MARKS} fit, labelled s or m:ss. */
    private static void timeMarks(StringBuilder svg, long spanMillis) {
        long step = TIME_STEPS_SECONDS[TIME_STEPS_SECONDS.length - 1];
        for (long candidate : TIME_STEPS_SECONDS) {
            if (spanMillis / 1000.0 / candidate <= MAX_TIME_MARKS) {
                step = candidate;
                break;
            }
        }
        for (long second = 0; second * 1000 <= spanMillis; second += step) {
            double x = x(second * 1000, spanMillis);
            line(svg, x, bottom(), x, bottom() + 4, "#999");
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x,
                    bottom() + 16,
                    elapsed(second)));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#666\">elapsed, run took %s</text>",
                WIDTH - RIGHT,
                HEIGHT - 4,
                elapsedExact(spanMillis)));
    }

    /**
     * Move-CsUser calls in flight (solid) and the limit the adaptive parallelism allowed (dashed) on the right axis,
     * as step lines; each of {@value #IN_FLIGHT_SAMPLES} columns shows the most that ran within it, so a short
     * peak is never averaged away.
     */
    private static int inFlight(
            StringBuilder svg, Instant start, long spanMillis, List<MoveTimeline.InFlight> changes) {
        int[] moves = new int[IN_FLIGHT_SAMPLES];
        int[] limits = new int[IN_FLIGHT_SAMPLES];
        int column = 0;
        int carriedMoves = 0;
        int carriedLimit = 0;
        int peak = 0;
        for (MoveTimeline.InFlight change : changes) {
            long at = Math.max(0, Duration.between(start, change.at()).toMillis());
            int target = (int) Math.min(IN_FLIGHT_SAMPLES - 1, at * IN_FLIGHT_SAMPLES / spanMillis);
            for (; column < target; column++) {
                moves[column + 1] = carriedMoves;
                limits[column + 1] = carriedLimit;
            }
            moves[target] = Math.max(moves[target], change.moves());
            limits[target] = Math.max(limits[target], change.limit());
            carriedMoves = change.moves();
            carriedLimit = change.limit();
            peak = Math.max(peak, change.moves());
        }
        for (; column < IN_FLIGHT_SAMPLES - 1; column++) {
            moves[column + 1] = carriedMoves;
            limits[column + 1] = carriedLimit;
        }
        int top = 1;
        for (int limit : limits) {
            top = Math.max(top, limit);
        }
        top = Math.max(top, peak);
        stepLine(svg, limits, top, spanMillis, LIMIT_COLOUR, "stroke-width=\"1.5\" stroke-dasharray=\"4 3\"");
        stepLine(svg, moves, top, spanMillis, IN_FLIGHT_COLOUR, "stroke-width=\"1.5\"");
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" fill=\"%s\">%d</text><text x=\"%d\" y=\"%d\" fill=\"%s\">0</text>",
                WIDTH - RIGHT + 6,
                TOP + 4,
                IN_FLIGHT_COLOUR,
                top,
                WIDTH - RIGHT + 6,
                bottom() + 4,
                IN_FLIGHT_COLOUR));
        return peak;
    }

    private static void stepLine(
            StringBuilder svg, int[] values, int top, long spanMillis, String colour, String style) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            double left = x(spanMillis * i / values.length, spanMillis);
            double right = x(spanMillis * (i + 1) / values.length, spanMillis);
            double y = y(values[i], top);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f ", left, y, right, y));
        }
        svg.append("<polyline fill=\"none\" stroke=\"")
                .append(colour)
                .append("\" ")
                .append(style)
                .append(" points=\"")
                .append(points.toString().strip())
                .append("\"/>");
    }

    /**
     * Users finished per second in buckets of at least a second: a rate over less than a second of moves that take
     * seconds each is mostly noise, so a run shorter than two seconds gets a note instead of a line.
     */
    private static void rate(StringBuilder svg, Instant start, long spanMillis, List<UserOutcome> outcomes) {
        int buckets = (int) Math.min(MAX_BUCKETS, spanMillis / 1000);
        if (buckets < 2) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" fill=\"%s\">%d users finished in %s: too short for a rate line</text>",
                    LEFT + 8,
                    TOP + 16,
                    RATE_COLOUR,
                    outcomes.size(),
                    elapsedExact(spanMillis)));
            return;
        }
        double bucketMillis = spanMillis / (double) buckets;
        double[] rates = new double[buckets];
        for (UserOutcome outcome : outcomes) {
            long at = Duration.between(start, outcome.finishedAt()).toMillis();
            int bucket = (int) Math.min(buckets - 1, Math.max(0, at / bucketMillis));
            rates[bucket] += 1000.0 / bucketMillis;
        }
        double peak = 0;
        for (double value : rates) {
            peak = Math.max(peak, value);
        }
        double top = peak <= 0 ? 1 : niceCeiling(peak);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < buckets; i++) {
            double x = LEFT + (WIDTH - LEFT - RIGHT) * (i + 0.5) / buckets;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(rates[i], top)));
        }
        svg.append("<polyline fill=\"none\" stroke=\"")
                .append(RATE_COLOUR)
                .append("\" stroke-width=\"2\" points=\"")
                .append(points.toString().strip())
                .append("\"/>");
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"%s\">%s/s</text>"
                        + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"%s\">0</text>",
                LEFT - 6,
                TOP + 4,
                RATE_COLOUR,
                trim(top),
                LEFT - 6,
                bottom() + 4,
                RATE_COLOUR));
    }

    private static void throttling(StringBuilder svg, Instant start, long spanMillis, List<Instant> throttledAt) {
        for (Instant at : throttledAt) {
            double x = x(Math.max(0, Duration.between(start, at).toMillis()), spanMillis);
            line(svg, x, TOP, x, TOP + 10, THROTTLE_COLOUR);
        }
    }

    private static void legend(StringBuilder svg, int peakInFlight, int throttlings) {
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"14\"><tspan fill=\"%s\">&#9644; users finished per second</tspan>"
                        + "<tspan dx=\"18\" fill=\"%s\">&#9644; moves in flight (peak %d)</tspan>"
                        + "<tspan dx=\"18\" fill=\"%s\">- - the limit auto parallelism set</tspan>"
                        + "<tspan dx=\"18\" fill=\"%s\">| throttled by the service (%d)</tspan></text>",
                LEFT,
                RATE_COLOUR,
                IN_FLIGHT_COLOUR,
                peakInFlight,
                LIMIT_COLOUR,
                THROTTLE_COLOUR,
                throttlings));
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                x1,
                y1,
                x2,
                y2,
                colour));
    }

    private static int bottom() {
        return HEIGHT - BOTTOM;
    }

    private static double x(long millis, long spanMillis) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) millis / spanMillis;
    }

    private static double y(double value, double top) {
        return bottom() - (bottom() - TOP) * value / top;
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code value}: an axis label a reader takes in at a glance. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= value) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2g", value);
    }

    static String elapsed(long seconds) {
        return seconds < 60 ? seconds + " s" : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static String elapsedExact(long millis) {
        return millis < 60_000
                ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0)
                : elapsed(millis / 1000) + " (m:ss)";
    }
}
