package io.jenkins.plugins.lynchybrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JobLocksTest {
    private static final JobKey WAVE = new JobKey("contoso", "contoso.onmicrosoft.com", Home.ONLINE);

    private final JobLocks locks = new JobLocks();

    @Test
    void aSecondTakerOfOneJobWaitsUntilTheFirstReleasesItAndIsToldWhoHoldsIt() throws Exception {
        JobLocks.Held first = locks.acquire(WAVE, "wave #1", holder -> {});
        List<String> told = new CopyOnWriteArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<JobLocks.Held> second = CompletableFuture.supplyAsync(() -> {
            try {
                return locks.acquire(WAVE, "wave #2", holder -> {
                    told.add(holder);
                    waiting.countDown();
                });
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertTrue(waiting.await(30, TimeUnit.SECONDS));
        assertEquals(Optional.of("wave #1"), locks.holder(WAVE));
        first.close();

        second.get(30, TimeUnit.SECONDS).close();
        assertEquals(List.of("wave #1"), told);
    }

    @Test
    void theSameSiteAndTenantMovingTheOtherWayIsAnotherJob() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        try (JobLocks.Held online = locks.acquire(WAVE, "wave #1", told::add);
                JobLocks.Held back = locks.acquire(
                        new JobKey("contoso", "contoso.onmicrosoft.com", Home.ON_PREMISES), "rollback #1", told::add)) {
            assertEquals(List.of(), told);
        }
    }

    @Test
    void tenantsDifferingOnlyInCaseAreOneJob() throws Exception {
        try (JobLocks.Held held = locks.acquire(WAVE, "wave #1", holder -> {})) {
            assertEquals(
                    Optional.of("wave #1"),
                    locks.holder(new JobKey("contoso", "CONTOSO.onmicrosoft.com", Home.ONLINE)));
        }
    }

    @Test
    void aReleasedJobIsFreeAndReleasingTwiceFreesNoLaterHolder() throws Exception {
        JobLocks.Held first = locks.acquire(WAVE, "wave", holder -> {});
        first.close();
        JobLocks.Held again = locks.acquire(WAVE, "wave", holder -> {});

        first.close();

        assertEquals(Optional.of("wave"), locks.holder(WAVE));
        again.close();
        assertEquals(Optional.empty(), locks.holder(WAVE));
    }

    @Test
    void anInterruptedWaitEndsWithoutTheLock() throws Exception {
        JobLocks.Held first = locks.acquire(WAVE, "wave #1", holder -> {});
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                locks.acquire(WAVE, "wave #2", holder -> waiting.countDown()).close();
                outcome.complete(null);
            } catch (InterruptedException e) {
                outcome.complete(e);
            }
        });
        waiter.start();
        assertTrue(waiting.await(30, TimeUnit.SECONDS));

        waiter.interrupt();

        assertTrue(outcome.get(30, TimeUnit.SECONDS) instanceof InterruptedException);
        first.close();
        assertEquals(Optional.empty(), locks.holder(WAVE));
    }

    @Test
    void aWaiterIsToldAgainWhenAnotherBuildTakesTheJobFirst() throws Exception {
        JobLocks.Held first = locks.acquire(WAVE, "wave #1", holder -> {});
        List<String> told = new CopyOnWriteArrayList<>();
        CountDownLatch toldTwice = new CountDownLatch(2);
        CountDownLatch toldOnce = new CountDownLatch(1);
        CompletableFuture<JobLocks.Held> third = CompletableFuture.supplyAsync(() -> {
            try {
                return locks.acquire(WAVE, "wave #3", holder -> {
                    told.add(holder);
                    toldOnce.countDown();
                    toldTwice.countDown();
                });
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(toldOnce.await(30, TimeUnit.SECONDS));

        // released and taken again by another build before the waiter wakes: both under the monitor
        JobLocks.Held second;
        synchronized (locks) {
            first.close();
            second = locks.acquire(WAVE, "wave #2", holder -> {});
        }

        assertTrue(toldTwice.await(30, TimeUnit.SECONDS));
        second.close();
        third.get(30, TimeUnit.SECONDS).close();
        assertEquals(List.of("wave #1", "wave #2"), told);
    }
}
