package io.jenkins.plugins.lynchybrid.status;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.accounts.OnPremAccount;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.journal.JobKey;
import io.jenkins.plugins.lynchybrid.journal.JournalState;
import io.jenkins.plugins.lynchybrid.journal.MoveJournal;
import io.jenkins.plugins.lynchybrid.journal.UserCompletion;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One status across the waves of a migration: reads each wave's journal (without locking it: a wave still moving is
 * read as far as it got) and the deployment's live state, and puts them into one {@link StatusResult}. Read-only.
 */
public final class StatusJob {
    private final HybridSite site;
    private final LyncShell shell;

    public StatusJob(HybridSite site, LyncShell shell) {
        this.site = site;
        this.shell = shell;
    }

    /**
     * @param journals the waves' journals, oldest wave first: a user named by two waves counts as the later one says
     * @throws ConfigurationException for no journal, a missing one, one that is not a journal, or one of another site
     */
    public StatusResult run(List<Path> journals) {
        if (journals.isEmpty()) {
            throw new ConfigurationException("no journal given: name the journal of every wave");
        }
        List<String> notes = new ArrayList<>();
        List<WaveSummary> waves = new ArrayList<>();
        Map<String, UserState> users = new LinkedHashMap<>();
        Map<String, ClusterBuilder> clusters = new LinkedHashMap<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path journal : journals) {
            if (!seen.add(journal.toAbsolutePath().normalize())) {
                throw new ConfigurationException("journal " + journal + " is given twice");
            }
            JournalState state = read(journal);
            notes.addAll(state.notes());
            String wave = waveName(journal);
            waves.add(summary(wave, journal, state));
            record(wave, state, users, clusters);
        }
        Map<String, Integer> homes = liveHomes();
        Map<String, Integer> meetings = meetingSummary(notes);
        int moved = count(users, UserState::moved);
        int verified = count(users, u -> u.moved() && u.completion() == UserCompletion.State.VERIFIED);
        int failed = count(users, u -> !u.moved() || u.completion() == UserCompletion.State.FAILED);
        int onPremises = homes.getOrDefault(Home.ON_PREMISES.id(), 0);
        Optional<Double> rate = rate(waves);
        return new StatusResult(
                site.name(),
                Instant.now(),
                List.copyOf(waves),
                moved,
                verified,
                moved - verified - count(users, u -> u.moved() && u.completion() == UserCompletion.State.FAILED),
                failed,
                homes.getOrDefault(Home.ONLINE.id(), 0),
                onPremises,
                meetings,
                clusters.values().stream().map(ClusterBuilder::build).toList(),
                rate,
                rate.filter(r -> r > 0).map(r -> Duration.ofSeconds(Math.round(onPremises / r * 3600))),
                List.copyOf(notes));
    }

    private JournalState read(Path journal) {
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigurationException(
                    "journal " + journal + " does not exist or is not a regular file: give the journal of each wave");
        }
        JournalState state = MoveJournal.read(journal);
        Optional<JobKey> header = state.header();
        if (header.isPresent()
                && !header.get().sameJob(JobKey.of(site, header.get().direction()))) {
            throw new ConfigurationException("journal " + journal + " belongs to " + header.get() + ", not to site '"
                    + site.name() + "', tenant " + site.tenant());
        }
        return state;
    }

    static String waveName(Path journal) {
        String name = journal.getFileName().toString();
        for (String suffix : List.of(".journal.jsonl", ".jsonl", ".json")) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static WaveSummary summary(String wave, Path journal, JournalState state) {
        int moved = 0;
        int verified = 0;
        int completionFailed = 0;
        int failed = 0;
        Optional<Instant> last = Optional.empty();
        for (Map.Entry<String, UserOutcome.Status> outcome :
                state.lastOutcomes().entrySet()) {
            String user = outcome.getKey();
            if (outcome.getValue() == UserOutcome.Status.MOVED) {
                moved++;
                UserCompletion completion = state.completions().get(user);
                if (completion != null && completion.state() == UserCompletion.State.VERIFIED) {
                    verified++;
                } else if (completion != null && completion.state() == UserCompletion.State.FAILED) {
                    completionFailed++;
                }
                Instant at = state.finishedAt().get(user);
                if (at != null && last.map(at::isAfter).orElse(true)) {
                    last = Optional.of(at);
                }
            } else if (outcome.getValue() == UserOutcome.Status.FAILED) {
                failed++;
            }
        }
        return new WaveSummary(
                wave,
                journal,
                moved,
                verified,
                moved - verified - completionFailed,
                failed + completionFailed,
                state.begun(),
                last);
    }

    private static void record(
            String wave, JournalState state, Map<String, UserState> users, Map<String, ClusterBuilder> clusters) {
        for (Map.Entry<String, UserOutcome.Status> outcome :
                state.lastOutcomes().entrySet()) {
            String user = outcome.getKey();
            String identity = state.identities().getOrDefault(user, user);
            UserCompletion completion = state.completions().get(user);
            switch (outcome.getValue()) {
                case MOVED -> {
                    users.put(user, new UserState(true, completion == null ? null : completion.state()));
                    if (completion != null && completion.state() == UserCompletion.State.FAILED) {
                        cluster(clusters, wave, completion.reason(), user, identity);
                    }
                }
                case FAILED -> {
                    users.put(user, new UserState(false, null));
                    cluster(clusters, wave, state.reasons().getOrDefault(user, ""), user, identity);
                }
                case SKIPPED, WOULD_MOVE -> {
                    // not moved by this wave: an earlier wave's record of the user stands
                }
            }
        }
    }

    private static void cluster(
            Map<String, ClusterBuilder> clusters, String wave, String reason, String user, String identity) {
        FailureCauses.Cause cause = FailureCauses.of(reason, user, identity);
        clusters.computeIfAbsent(FailureCauses.key(cause.cause()), k -> new ClusterBuilder(cause, reason))
                .add(wave);
    }

    /** Every user of the deployment by home, as Get-CsUser shows it now. */
    private Map<String, Integer> liveHomes() {
        Map<String, Integer> homes = new LinkedHashMap<>();
        for (PsObject user : shell.run(Calls.getUsers())) {
            homes.merge(OnPremAccount.of(user).home().id(), 1, Integer::sum);
        }
        return homes;
    }

    /** The tenant's meeting migrations per state; a tenant that cannot say is noted, not fatal. */
    private Map<String, Integer> meetingSummary(List<String> notes) {
        Map<String, Integer> states = new LinkedHashMap<>();
        try {
            for (PsObject state : shell.run(Calls.getMeetingMigrationSummary())) {
                state.text("State")
                        .ifPresent(s -> states.put(
                                s,
                                Integer.parseInt(
                                        state.text("UserCount").orElse("0").strip())));
            }
        } catch (io.jenkins.plugins.lynchybrid.errors.ShellException | NumberFormatException e) {
            notes.add("Get-CsMeetingMigrationStatus -SummaryOnly could not be read: " + e.getMessage());
        }
        return states;
    }

    /** Users moved per hour over the waves' spans together. */
    private static Optional<Double> rate(List<WaveSummary> waves) {
        long millis = 0;
        int moved = 0;
        for (WaveSummary wave : waves) {
            if (wave.span().isPresent()) {
                millis += wave.span().get().toMillis();
                moved += wave.moved();
            }
        }
        return millis == 0 ? Optional.empty() : Optional.of(moved * 3_600_000.0 / millis);
    }

    private static int count(Map<String, UserState> users, java.util.function.Predicate<UserState> which) {
        return (int) users.values().stream().filter(which).count();
    }

    /** A user's last word across waves: moved or failed, and the completion recorded after a move. */
    private record UserState(boolean moved, UserCompletion.State completion) {}

    private static final class ClusterBuilder {
        private final FailureCauses.Cause cause;
        private final String example;
        private final Set<String> waves = new LinkedHashSet<>();
        private int users;

        ClusterBuilder(FailureCauses.Cause cause, String example) {
            this.cause = cause;
            this.example = example;
        }

        void add(String wave) {
            waves.add(wave);
            users++;
        }

        FailureCluster build() {
            return new FailureCluster(cause.cause(), cause.fix(), example, users, List.copyOf(waves));
        }
    }
}
