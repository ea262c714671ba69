package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.model.Item;
import hudson.model.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * A link on the build page to one step's HTML report, kept in the build's folder. The page shows the outcome
 * line and the engine's report in a sandboxed frame: the report may carry names from the tenant, so it gets no
 * scripts and no access to Jenkins.
 */
public final class ReportAction implements RunAction2 {
    private static final String REPORT_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final String name;
    private final String title;
    private final String outcome;
    private final String htmlFile;
    private transient Run<?, ?> run;

    /**
     * @param name the reports' folder name, unique in the build (readiness-1, moves-2)
     * @param outcome one line, e.g. "ready: 41 passed, 2 warnings"
     * @param htmlFile the HTML report's file name inside that folder
     */
    ReportAction(String name, String title, String outcome, String htmlFile) {
        this.name = name;
        this.title = title;
        this.outcome = outcome;
        this.htmlFile = htmlFile;
    }

    public String getName() {
        return name;
    }

    public String getOutcome() {
        return outcome;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public String getIconFileName() {
        return "clipboard.png";
    }

    @Override
    public String getDisplayName() {
        return title;
    }

    @Override
    public String getUrlName() {
        return "lync-hybrid-" + name;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        run = r;
    }

    /** The engine's HTML report, served with a policy that keeps anything in it from running. */
    public void doReport(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        run.getParent().checkPermission(Item.READ);
        Path file = StepReports.buildDirectory(run, name).resolve(htmlFile);
        if (!Files.isRegularFile(file)) {
            rsp.sendError(404, "the report of this step is gone from the build's folder");
            return;
        }
        rsp.setContentType("text/html;charset=UTF-8");
        rsp.setHeader("Content-Security-Policy", REPORT_POLICY);
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        Files.copy(file, rsp.getOutputStream());
    }
}
