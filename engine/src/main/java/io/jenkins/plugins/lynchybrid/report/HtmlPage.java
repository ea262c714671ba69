package io.jenkins.plugins.lynchybrid.report;

import java.util.List;

/**
 * A self-contained HTML page (inline CSS, no external assets, no script), so a report opens the same from a
 * workspace, an archived artifact or Jenkins' build page. Callers append escaped fragments through the helpers.
 */
public final class HtmlPage {
    private static final String STYLE = """
            body{font-family:Segoe UI,Helvetica,Arial,sans-serif;margin:2em;color:#1b1b1b;max-width:1200px}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em}
            .summary{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}
            .tile{border-radius:6px;padding:.6em 1em;min-width:7em;background:#f3f3f3}
            .tile b{display:block;font-size:1.6em}
            .pass{background:#dff6dd}.warn{background:#fff4ce}.fail{background:#fde7e9}.skip{background:#eeeeee}.zero{background:#f7f7f7;color:#777}
            table{border-collapse:collapse;width:100%;margin-top:.5em}
            th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top;font-size:.92em}
            th{background:#fafafa}code,pre{font-family:Consolas,Menlo,monospace;font-size:.9em}
            pre{background:#f6f8fa;padding:.5em;white-space:pre-wrap;word-break:normal;overflow-wrap:normal;overflow-x:auto;margin:.2em 0}
            .fixfirst{border:2px solid #d13438;border-radius:6px;padding:.2em 1em .6em;margin:1em 0}
            .fixfirst h2{margin-top:.4em}.fixfirst li{margin:.5em 0}.fixfirst pre{margin:.3em 0 0}
            .status{font-weight:600;border-radius:4px;padding:.1em .4em}.word{white-space:nowrap}
            .muted{color:#666}
            """;

    private final StringBuilder body = new StringBuilder();
    private final String title;

    public HtmlPage(String title) {
        this.title = title;
    }

    public HtmlPage heading(int level, String text) {
        body.append("<h")
                .append(level)
                .append('>')
                .append(Html.escape(text))
                .append("</h")
                .append(level)
                .append(">\n");
        return this;
    }

    public HtmlPage paragraph(String text, String cssClass) {
        body.append("<p class=\"")
                .append(Html.escape(cssClass))
                .append("\">")
                .append(Html.escape(text))
                .append("</p>\n");
        return this;
    }

    /** Summary tiles: each label with its count, coloured by css class (pass, warn, fail, skip). */
    public HtmlPage tiles(List<Tile> tiles) {
        body.append("<div class=\"summary\">");
        for (Tile tile : tiles) {
            body.append("<div class=\"tile ")
                    .append(Html.escape(tile.cssClass()))
                    .append("\"><b>")
                    .append(Html.escape(tile.value()))
                    .append("</b>")
                    .append(Html.escape(tile.label()))
                    .append("</div>");
        }
        body.append("</div>\n");
        return this;
    }

    /** A table whose cells are already-escaped HTML fragments (build them with {@link Html#escape}). */
    public HtmlPage table(List<String> headers, List<List<String>> rowsOfHtml) {
        body.append("<table><thead><tr>");
        headers.forEach(h -> body.append("<th>").append(Html.escape(h)).append("</th>"));
        body.append("</tr></thead><tbody>\n");
        for (List<String> row : rowsOfHtml) {
            body.append("<tr>");
            row.forEach(cell -> body.append("<td>").append(cell).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    /** Appends a trusted fragment (an inline SVG chart built from numbers, for instance). */
    public HtmlPage raw(String trustedHtml) {
        body.append(trustedHtml).append('\n');
        return this;
    }

    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
                + "<title>" + Html.escape(title) + "</title><style>" + STYLE + "</style></head><body>\n"
                + body + "</body></html>\n";
    }

    /** One summary tile. */
    public record Tile(String label, String value, String cssClass) {
        /** A counted tile: coloured by {@code cssClass} when there is something to count, neutral at zero. */
        public static Tile count(String label, long count, String cssClass) {
            return new Tile(label, String.valueOf(count), count == 0 ? "zero" : cssClass);
        }
    }
}
