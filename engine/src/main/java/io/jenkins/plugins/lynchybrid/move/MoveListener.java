package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.failures.Failure;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import java.time.Duration;

/**
 * Progress of a move job, as it happens: the CLI draws a progress bar from it, the plugin prints periodic lines.
 * Called from the job's worker threads; implementations must be thread-safe and quick.
 */
public interface MoveListener {
    void started(int users, MoveOptions options);

    void userDone(UserOutcome outcome, Progress progress);

    /** A move attempt failed in a way worth retrying; the next attempt comes after {@code delay}. */
    void retry(String user, int attempt, Failure failure, Duration delay);

    void finished(MoveResult result);

    /**
     * Something the job tolerated or repaired that the user should know, e.g. a journal without header read as it
     * is, or a torn last line cut off. Before {@link #started}.
     */
    default void note(String message) {}

    MoveListener NONE = new MoveListener() {
        @Override
        public void started(int users, MoveOptions options) {}

        @Override
        public void userDone(UserOutcome outcome, Progress progress) {}

        @Override
        public void retry(String user, int attempt, Failure failure, Duration delay) {}

        @Override
        public void finished(MoveResult result) {}
    };

    /** Counts so far. {@code parallelism} is the current limit on moves in flight. */
    record Progress(int done, int total, int moved, int skipped, int failed, int parallelism, Duration elapsed) {
        /** Users finished per second so far. */
        public double rate() {
            double seconds = elapsed.toMillis() / 1000.0;
            return seconds <= 0 ? 0 : done / seconds;
        }

        /** Time left at the current rate, or null before the first user is done. */
        public Duration eta() {
            double rate = rate();
            return rate <= 0 ? null : Duration.ofMillis((long) ((total - done) / rate * 1000));
        }
    }
}
