package io.jenkins.plugins.lynchybrid.failures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private static final Failure HOST_DOWN =
            new Failure(Failure.Kind.INFRASTRUCTURE, "the shell host could not start: (503) Server Unavailable.", "");
    private static final Failure GRAPH_DOWN = new Failure(
            Failure.Kind.INFRASTRUCTURE, "HTTP 503 from https://graph/v1.0/$batch: serviceNotAvailable", "");
    private static final Failure USER_FAULT =
            new Failure(Failure.Kind.PERMANENT, "HostedMigration fault: Error=(506)", "re-run the sync wizard");

    private final List<CircuitBreaker.Open> opened = new ArrayList<>();
    private final CircuitBreaker breaker = new CircuitBreaker(3, opened::add);

    @Test
    void opensOnceAfterTheThresholdOfInfrastructureFailuresInARow() {
        breaker.failed(HOST_DOWN);
        breaker.failed(HOST_DOWN);
        assertTrue(breaker.admits());

        breaker.failed(GRAPH_DOWN);
        breaker.failed(GRAPH_DOWN);

        assertFalse(breaker.admits());
        assertEquals(1, opened.size());
    }

    @Test
    void listsEachDistinctCauseOnceWithHowOftenItWasSeen() {
        breaker.failed(HOST_DOWN);
        breaker.failed(GRAPH_DOWN);
        breaker.failed(HOST_DOWN);

        assertEquals(
                List.of(
                        "the shell host could not start: (503) Server Unavailable. (2 times)",
                        "HTTP 503 from https://graph/v1.0/$batch: serviceNotAvailable (1 time)"),
                opened.get(0).causes());
        assertTrue(
                opened.get(0).reason().contains("3 infrastructure failures in a row"),
                opened.get(0).reason());
    }

    @Test
    void anAnswerFromTheServiceEndsTheRun() {
        breaker.failed(HOST_DOWN);
        breaker.failed(HOST_DOWN);
        breaker.answered();
        breaker.failed(HOST_DOWN);
        breaker.failed(HOST_DOWN);

        assertTrue(breaker.admits());
    }

    @Test
    void aUserSpecificRefusalIsAnAnswerNotAnOutage() {
        breaker.failed(HOST_DOWN);
        breaker.failed(HOST_DOWN);
        breaker.failed(USER_FAULT);
        breaker.failed(HOST_DOWN);

        assertTrue(breaker.admits());
        assertTrue(opened.isEmpty());
    }

    @Test
    void aCauseOfSeveralLinesIsReportedByItsFirstLine() {
        Failure withHostOutput = new Failure(
                Failure.Kind.INFRASTRUCTURE,
                "the shell host could not start: exited\nlast host output:\nstderr: at Foo.bar(Foo.java:1)",
                "");
        for (int i = 0; i < 3; i++) {
            breaker.failed(withHostOutput);
        }

        assertEquals(
                List.of("the shell host could not start: exited (3 times)"),
                opened.get(0).causes());
    }

    /**
     * A call refused because the breaker is open must not stop the job before the breaker has told it why: the job
     * keeps the first stop it hears, and the breaker's carries the causes. (Without the ordering a read refused
     * between the opening and the telling stopped the job with "the job's circuit breaker is open" and no causes.)
     */
    @Test
    void noCallIsRefusedBeforeTheJobHasBeenToldWhyTheBreakerOpened() throws Exception {
        CountDownLatch telling = new CountDownLatch(1);
        CountDownLatch told = new CountDownLatch(1);
        CircuitBreaker slowToTell = new CircuitBreaker(1, open -> {
            telling.countDown();
            await(told);
        });
        Thread opener = new Thread(() -> slowToTell.failed(HOST_DOWN));
        opener.start();
        assertTrue(telling.await(10, TimeUnit.SECONDS), "the breaker opened");
        AtomicBoolean admitted = new AtomicBoolean(true);
        Thread caller = new Thread(() -> admitted.set(slowToTell.admits()));
        caller.start();

        caller.join(1_000);
        boolean refusedWhileTelling = !caller.isAlive();
        told.countDown();
        caller.join(10_000);
        opener.join(10_000);

        assertFalse(refusedWhileTelling, "a call was refused before the job was told why");
        assertFalse(admitted.get(), "refused once told");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
