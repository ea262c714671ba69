package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.site.SiteCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code site-check}: judges a hand-written site file field by field, before anything connects. */
@Command(
        name = "site-check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a site file field by field (presence, shape, unknown names, files it points to) without"
                    + " connecting to anything. Every field is described in docs/site-file.md.",
            "Exit 0: the site file is usable. 2: it is not (each wrong field is named)."
        })
final class SiteCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--site", required = true, paramLabel = "FILE", description = "the site file (JSON) to check")
    Path siteFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SiteCheck.Verdict> verdicts = SiteCheck.check(siteFile);
        out.println("site-check " + siteFile);
        for (SiteCheck.Verdict v : verdicts) {
            out.printf(
                    Locale.ROOT,
                    "  %-8s %-28s %s%n",
                    v.outcome().name().toLowerCase(Locale.ROOT),
                    v.field(),
                    v.message());
        }
        long errors = verdicts.stream()
                .filter(v -> v.outcome() == SiteCheck.Outcome.ERROR)
                .count();
        out.println(
                errors == 0
                        ? siteFile + ": usable; next, readiness --site " + siteFile + " checks the hybrid itself"
                        : siteFile + ": " + errors + (errors == 1 ? " error" : " errors")
                                + "; every field is described in docs/site-file.md");
        out.flush();
        return errors == 0 ? 0 : Main.EXIT_USAGE;
    }
}
