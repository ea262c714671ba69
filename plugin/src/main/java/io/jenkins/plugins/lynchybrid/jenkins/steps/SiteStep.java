package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridConfiguration;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.verb.POST;

/** What every lync-hybrid step takes: the configured site it works on and where its reports go. */
public abstract class SiteStep extends Step {
    private final String site;
    private String reportDir;
    private boolean propagate = true;

    protected SiteStep(String site) {
        this.site = Util.fixNull(site).trim();
    }

    public String getSite() {
        return site;
    }

    public String getReportDir() {
        return reportDir == null ? defaultReportDir() : reportDir;
    }

    /** Workspace-relative; must stay inside the workspace. */
    @DataBoundSetter
    public void setReportDir(String reportDir) {
        this.reportDir = Util.fixEmptyAndTrim(reportDir);
    }

    protected abstract String defaultReportDir();

    public boolean isPropagate() {
        return propagate;
    }

    /**
     * {@code true} (the default): a failed outcome fails the step, and so the pipeline, and an unstable one marks
     * the build; {@code false}: the step returns its summary whatever the outcome (the {@code build} step's
     * convention).
     */
    @DataBoundSetter
    public void setPropagate(boolean propagate) {
        this.propagate = propagate;
    }

    /** The steps need the node: its workspace for the reports, its launcher for the shell hosts. */
    public abstract static class SiteStepDescriptor extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class, Launcher.class);
        }

        /** The configured sites, for the Snippet Generator; only to those who may configure the job. */
        @POST
        public ListBoxModel doFillSiteItems(@AncestorInPath Item item) {
            ListBoxModel sites = new ListBoxModel();
            boolean allowed =
                    item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
            if (allowed) {
                LyncHybridConfiguration.get().getSites().forEach(site -> sites.add(site.getName()));
            }
            return sites;
        }
    }
}
