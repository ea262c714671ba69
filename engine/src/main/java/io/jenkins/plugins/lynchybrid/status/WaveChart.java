package io.jenkins.plugins.lynchybrid.status;

import io.jenkins.plugins.lynchybrid.report.Html;
import java.util.List;
import java.util.Locale;

/**
 * Throughput per wave as an inline SVG bar chart: users moved per hour, one bar per wave, with the moved count. Wave
 * names come from file names and are escaped; everything else is numbers.
 */
final class WaveChart {
    private static final int WIDTH = 960;
    private static final int LABEL = 220;
    private static final int VALUE = 160;
    private static final int BAR = 22;
    private static final int GAP = 10;
    private static final int TOP = 28;
    private static final String BAR_COLOUR = "#0078d4";

    private WaveChart() {}

    static String svg(List<WaveSummary> waves) {
        double peak = waves.stream()
                .mapToDouble(w -> w.usersPerHour().orElse(0.0))
                .max()
                .orElse(0);
        int height = TOP + waves.size() * (BAR + GAP) + GAP;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" font-size=\"12\""
                        + " aria-label=\"users moved per hour in each wave\">",
                WIDTH,
                height));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"16\" fill=\"#666\">users moved per hour, from each wave's first run to its last"
                        + " outcome</text>",
                LABEL));
        int y = TOP;
        int room = WIDTH - LABEL - VALUE;
        for (WaveSummary wave : waves) {
            double rate = wave.usersPerHour().orElse(0.0);
            double length = peak == 0 ? 0 : Math.max(1, rate / peak * room);
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL - 8,
                    y + BAR - 6,
                    Html.escape(wave.name())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    LABEL,
                    y,
                    length,
                    BAR,
                    BAR_COLOUR));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\">%s</text>",
                    LABEL + length + 6,
                    y + BAR - 6,
                    wave.usersPerHour()
                            .map(r -> String.format(Locale.ROOT, "%,.0f/h, %d moved", r, wave.moved()))
                            .orElse("none moved")));
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }
}
