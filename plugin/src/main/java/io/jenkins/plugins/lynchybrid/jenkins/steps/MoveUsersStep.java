package io.jenkins.plugins.lynchybrid.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import java.util.Objects;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code lyncMoveUsers}: moves the users of a list (or, to roll back, those a journal moved) on-premises or
 * online. Its execution survives a controller restart: see {@link MoveUsersExecution}.
 */
public final class MoveUsersStep extends SiteStep {
    static final String FUNCTION_NAME = "lyncMoveUsers";

    private String users;
    private String filter;
    private String fromJournal;
    private String to = "online";
    private String parallelism = "auto";
    private String journal;
    private String maxFailures;
    private boolean dryRun;
    private String excludeOus;
    private boolean allowBypass;
    private boolean strict;

    @DataBoundConstructor
    public MoveUsersStep(String site) {
        super(site);
    }

    public String getUsers() {
        return users;
    }

    /** A CSV user list in the workspace with a SipAddress and/or UserPrincipalName column. */
    @DataBoundSetter
    public void setUsers(String users) {
        this.users = Util.fixEmptyAndTrim(users);
    }

    public String getFilter() {
        return filter;
    }

    /** The users an on-premises query selects: an OU's distinguished name or a Get-CsUser -Filter expression. */
    @DataBoundSetter
    public void setFilter(String filter) {
        this.filter = Util.fixEmptyAndTrim(filter);
    }

    public String getFromJournal() {
        return fromJournal;
    }

    /** Roll back: a journal in the workspace; the users it moved are moved back. Instead of a list or filter. */
    @DataBoundSetter
    public void setFromJournal(String fromJournal) {
        this.fromJournal = Util.fixEmptyAndTrim(fromJournal);
    }

    public String getTo() {
        return to;
    }

    @DataBoundSetter
    public void setTo(String to) {
        this.to = Objects.requireNonNullElse(Util.fixEmptyAndTrim(to), "online");
    }

    public String getParallelism() {
        return parallelism;
    }

    /** {@code auto} or a number of moves at once. */
    @DataBoundSetter
    public void setParallelism(String parallelism) {
        this.parallelism = Objects.requireNonNullElse(Util.fixEmptyAndTrim(parallelism), "auto");
    }

    public String getJournal() {
        return journal;
    }

    /** A journal file in the workspace: read first (a re-run resumes), written back after the step. */
    @DataBoundSetter
    public void setJournal(String journal) {
        this.journal = Util.fixEmptyAndTrim(journal);
    }

    public String getMaxFailures() {
        return maxFailures;
    }

    /** Stop after this many failed users ({@code 25}) or this share of them ({@code 2%}); none by default. */
    @DataBoundSetter
    public void setMaxFailures(String maxFailures) {
        this.maxFailures = Util.fixEmptyAndTrim(maxFailures);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public String getExcludeOus() {
        return excludeOus;
    }

    /** Distinguished names of OUs, one per line (a DN holds commas); their users are skipped. */
    @DataBoundSetter
    public void setExcludeOus(String excludeOus) {
        this.excludeOus = Util.fixEmptyAndTrim(excludeOus);
    }

    public boolean isAllowBypass() {
        return allowBypass;
    }

    /** Let users whose licence check would block them move with Move-CsUser's bypass switches (SfB 2015+). */
    @DataBoundSetter
    public void setAllowBypass(boolean allowBypass) {
        this.allowBypass = allowBypass;
    }

    public boolean isStrict() {
        return strict;
    }

    /** Any bad line in the user list fails the step before anyone moves. */
    @DataBoundSetter
    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    @Override
    protected String defaultReportDir() {
        return "lync-hybrid/moves";
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new MoveUsersExecution(this, context);
    }

    @Extension
    public static final class DescriptorImpl extends SiteStepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Move Lync users on-premises or online";
        }
    }
}
