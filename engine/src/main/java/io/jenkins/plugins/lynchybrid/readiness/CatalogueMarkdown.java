package io.jenkins.plugins.lynchybrid.readiness;

import java.util.Locale;

/** The catalogue as the Markdown table docs/checks.md carries (and a test keeps in step). */
public final class CatalogueMarkdown {
    public static final String BEGIN = "<!-- BEGIN GENERATED CATALOGUE: edit the checks' code, not this table -->";
    public static final String END = "<!-- END GENERATED CATALOGUE -->";

    private CatalogueMarkdown() {}

    public static String render(Catalogue catalogue) {
        StringBuilder out = new StringBuilder();
        out.append(BEGIN).append('\n');
        for (Category category : Category.values()) {
            out.append("\n### ").append(category.title()).append("\n\n");
            out.append("| id | what | judged from | severity | why | fix | after |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            catalogue.checks().stream()
                    .filter(c -> c.category() == category)
                    .forEach(c -> out.append("| `")
                            .append(c.id())
                            .append("` | ")
                            .append(cell(c.title()))
                            .append(" | ")
                            .append(cell(CheckSources.of(c.id()).orElse("–")))
                            .append(" | ")
                            .append(c.severity().name().toLowerCase(Locale.ROOT))
                            .append(" | ")
                            .append(cell(c.why()))
                            .append(" | ")
                            .append(cell(c.fix()))
                            .append(" | ")
                            .append(
                                    c.prerequisites().isEmpty()
                                            ? "–"
                                            : String.join(
                                                    ", ",
                                                    c.prerequisites().stream()
                                                            .map(p -> "`" + p + "`")
                                                            .toList()))
                            .append(" |\n"));
        }
        out.append('\n').append(END).append('\n');
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
