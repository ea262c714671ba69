package io.jenkins.plugins.lynchybrid.verify;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.journal.JobKey;
import io.jenkins.plugins.lynchybrid.journal.JournalState;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.journal.UserCompletion;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completion after the move: for every user a wave's journal recorded moved online, checks the cloud side and the
 * meeting migration ({@link CompletionCheck}) until nobody is pending or the run's bound ({@link VerifyOptions}) is
 * reached, and records each user's completion in the wave's journal under the journal's lock. A user already
 * verified is not asked again; a re-run resumes with the pending and failed ones (a failed meeting migration can be
 * redone by hand, and the next run records its success).
 */
public final class VerifyJob {
    /** How a run waits between looks: the CLI sleeps, tests let the simulated clock pass. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final HybridSite site;
    private final CompletionCheck check;
    private final VerifyOptions options;
    private final Pause pause;

    public VerifyJob(HybridSite site, LyncShell shell, VerifyOptions options, Pause pause) {
        this.site = site;
        this.check = new CompletionCheck(shell);
        this.options = options;
        this.pause = pause;
    }

    /**
     * @throws ConfigurationException for a journal that does not exist, is not one, belongs to another site or
     *     tenant, or records moves on-premises
     * @throws io.jenkins.plugins.lynchybrid.errors.JournalHeldException while another run holds the journal
     * @throws InterruptedException when stopped between looks; what was found so far is in the journal
     */
    public VerifyResult run(Path journalFile) throws InterruptedException {
        if (!Files.isRegularFile(journalFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigurationException("journal " + journalFile
                    + " does not exist or is not a regular file: give the journal of the wave's move");
        }
        if (MoveJournal.read(journalFile).target().orElse(Home.ONLINE) != Home.ONLINE) {
            throw new ConfigurationException("journal " + journalFile
                    + " records moves on-premises (a rollback): verify checks users moved online");
        }
        Instant started = Instant.now();
        List<String> notes = new ArrayList<>();
        try (MoveJournal journal = MoveJournal.open(journalFile, JobKey.of(site, Home.ONLINE), notes::add)) {
            JournalState earlier = journal.earlier();
            Map<String, UserCompletion> latest = new LinkedHashMap<>();
            List<String> toCheck = new ArrayList<>();
            for (String user : earlier.identities().keySet()) {
                if (earlier.lastOutcomes().get(user) != UserOutcome.Status.MOVED) {
                    continue;
                }
                UserCompletion recorded = earlier.completions().get(user);
                latest.put(user, recorded);
                if (recorded == null || recorded.state() != UserCompletion.State.VERIFIED) {
                    toCheck.add(user);
                }
            }
            journal.verifyStarted();
            int rounds = 0;
            while (!toCheck.isEmpty()) {
                rounds++;
                for (String user : toCheck) {
                    UserCompletion found =
                            check.check(user, earlier.identities().get(user));
                    if (!found.sameAs(latest.get(user))) {
                        journal.completed(found);
                    }
                    latest.put(user, found);
                }
                toCheck = toCheck.stream()
                        .filter(u -> latest.get(u).state() == UserCompletion.State.PENDING)
                        .toList();
                if (toCheck.isEmpty() || rounds >= options.rounds()) {
                    break;
                }
                pause.pause(options.pollEvery());
            }
            return new VerifyResult(
                    journalFile, List.copyOf(latest.values()), rounds, started, Instant.now(), List.copyOf(notes));
        }
    }
}
