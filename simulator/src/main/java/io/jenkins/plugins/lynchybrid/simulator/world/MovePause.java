package io.jenkins.plugins.lynchybrid.simulator.world;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A test's hold on Move-CsUser, so that a test can stop a wave at a known point instead of after a guessed time:
 * the first {@code passing} calls go through; each later call waits before it reaches the service (it is not
 * counted in {@link OnPremUser#moveCalls()}, throttled or acted on). {@link #lift()}
 * lets the calls that arrive afterwards through. The calls that were already waiting keep waiting until the
 * simulator closes and are never acted on: they stand for calls whose caller went away mid-call (a controller that
 * restarted), which is what a restart test needs. (The service's real behaviour for an abandoned call is not
 * modelled: this is a test hook, not a Microsoft behaviour.) {@link #release()} instead lets the held calls go on
 * too, for a test that only needs a wave to stay running until it has looked (a second run refused meanwhile).
 */
public final class MovePause {
    private final int passing;
    private int passed;
    private int waiting;
    private boolean lifted;
    private boolean released;
    private boolean closed;

    MovePause(int passing) {
        if (passing < 0) {
            throw new IllegalArgumentException("a move pause cannot let " + passing + " calls pass");
        }
        this.passing = passing;
    }

    /**
     * Called by Move-CsUser before the service acts: returns when the call may go on.
     *
     * @throws InterruptedException when the simulator closes while the call is held
     */
    public synchronized void enter() throws InterruptedException {
        if (lifted || released || passed < passing) {
            passed++;
            return;
        }
        waiting++;
        notifyAll();
        while (!closed && !released) {
            wait();
        }
        if (released) {
            waiting--;
            passed++;
            return;
        }
        throw new InterruptedException("the simulator closed while this Move-CsUser call was held");
    }

    /** Waits until a call is held; false if none was within {@code timeout}. */
    public synchronized boolean awaitHeld(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (waiting == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** Lets every call from now on through; the held ones stay held. */
    public synchronized void lift() {
        lifted = true;
    }

    /** Lets the held calls and every later one go on to the service, as if the pause had never been. */
    public synchronized void release() {
        released = true;
        notifyAll();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
