package io.jenkins.plugins.lynchybrid.move;

import static io.jenkins.plugins.lynchybrid.move.MoveFixture.byUser;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.key;
import static io.jenkins.plugins.lynchybrid.move.MoveFixture.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.journal.UserOutcome;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A wave with users in each provisioning state the hosted migration service refuses (scenario
 * users-provisioning-mixed: user00001 pending, user00002 with validation errors, user00003 whose msRTCSIP attributes
 * never synced) plus one without the licence: those are stopped before Move-CsUser with the documented fix, the rest
 * move, and no 506/507 is ever retried.
 */
class ProvisioningPreCheckTest {

    @Test
    void usersTheServiceWouldRefuseAreStoppedBeforeTheMoveWithTheFixAndTheRestMove() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(20, Scenario.USERS_PROVISIONING_MIXED)) {
            hybrid.world()
                    .change(w -> w.unassign(
                            w.user(MoveFixture.sip(4)).orElseThrow(), OnPremUser.AssignedPlan.SKYPE_ONLINE_PLAN_2));

            MoveResult result = hybrid.run(hybrid.users(1, 20), options(Home.ONLINE));

            Map<String, UserOutcome> outcomes = byUser(result);
            assertStopped(outcomes.get(key(1)), "fault 507", "wait until provisioning completes");
            assertStopped(outcomes.get(key(2)), "fault 506", "UserValidationErrors");
            assertStopped(
                    outcomes.get(key(3)), "fault 506", "rerun the configuration wizard of Microsoft Entra Connect");
            assertEquals(UserOutcome.Status.FAILED, outcomes.get(key(4)).status());
            assertTrue(
                    outcomes.get(key(4)).reason().contains("assign the licence"),
                    outcomes.get(key(4)).reason());
            Map<String, Integer> calls = hybrid.moveCalls();
            assertEquals(
                    List.of(0, 0, 0, 0),
                    List.of(calls.get(key(1)), calls.get(key(2)), calls.get(key(3)), calls.get(key(4))));
            for (int i = 5; i <= 20; i++) {
                assertEquals(UserOutcome.Status.MOVED, outcomes.get(key(i)).status(), key(i));
                assertEquals(1, calls.get(key(i)), key(i));
            }
            assertEquals(1, result.exitCode());
        }
    }

    @Test
    void whenTheOnlineViewCannotBeReadTheServicesRefusalIsTakenOnceNeverRetried() throws Exception {
        try (MoveFixture hybrid = new MoveFixture(20, Scenario.USERS_PROVISIONING_MIXED)) {
            MoveResult result = hybrid.run(
                    hybrid.users(1, 20), options(Home.ONLINE), recording("Get-CsOnlineUser", call -> {}, true));

            Map<String, UserOutcome> outcomes = byUser(result);
            Map<String, Integer> calls = hybrid.moveCalls();
            for (int i : List.of(1, 2, 3)) {
                assertEquals(UserOutcome.Status.FAILED, outcomes.get(key(i)).status(), key(i));
                assertEquals(1, calls.get(key(i)), key(i) + " got one Move-CsUser call, not a retry");
                assertEquals(1, outcomes.get(key(i)).attempts(), key(i));
            }
            assertTrue(
                    outcomes.get(key(1)).reason().contains("Error=(507)"),
                    outcomes.get(key(1)).reason());
            assertTrue(
                    outcomes.get(key(1)).reason().contains("run the job again"),
                    outcomes.get(key(1)).reason());
            assertTrue(
                    outcomes.get(key(2)).reason().contains("Error=(506)"),
                    outcomes.get(key(2)).reason());
            assertEquals(17, result.count(UserOutcome.Status.MOVED));
        }
    }

    @Test
    void theOnlineViewIsReadWhileGraphsLookUpOfTheSameUsersIsStillOut() throws Exception {
        CountDownLatch onlineViewAsked = new CountDownLatch(1);
        List<Boolean> askedBeforeGraphAnswered = new CopyOnWriteArrayList<>();
        try (MoveFixture hybrid = new MoveFixture(1, Scenario.USERS_PROVISIONING_MIXED)) {
            MoveResult result = hybrid.run(
                    hybrid.users(1, 1),
                    options(Home.ONLINE),
                    recording("Get-CsOnlineUser", call -> onlineViewAsked.countDown(), false),
                    graph -> answeringUsersOnlyAfter(graph, onlineViewAsked, askedBeforeGraphAnswered));

            assertStopped(byUser(result).get(key(1)), "fault 507", "wait until provisioning completes");
        }
        assertEquals(List.of(true), askedBeforeGraphAnswered);
    }

    /** Graph whose user look-ups answer once {@code asked} has counted down (or 10 s have passed), noting which. */
    private static TenantDirectory answeringUsersOnlyAfter(
            TenantDirectory graph, CountDownLatch asked, List<Boolean> askedFirst) {
        return (TenantDirectory) Proxy.newProxyInstance(
                TenantDirectory.class.getClassLoader(),
                new Class<?>[] {TenantDirectory.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("users")) {
                        askedFirst.add(asked.await(10, TimeUnit.SECONDS));
                    }
                    try {
                        return method.invoke(graph, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void assertStopped(UserOutcome outcome, String fault, String fix) {
        assertEquals(UserOutcome.Status.FAILED, outcome.status(), outcome.reason());
        assertTrue(outcome.reason().startsWith("stopped before the move"), outcome.reason());
        assertTrue(outcome.reason().contains(fault), outcome.reason());
        assertTrue(outcome.reason().contains("fix: "), outcome.reason());
        assertTrue(outcome.reason().contains(fix), outcome.reason());
    }

    /** Passes every call on, telling {@code seen} of those of {@code cmdlet}; with {@code refuse}, those fail as a cmdlet error. */
    private static UnaryOperator<LyncShell> recording(String cmdlet, Consumer<CmdletCall> seen, boolean refuse) {
        return shell -> new LyncShell() {
            @Override
            public List<PsObject> run(CmdletCall call) {
                if (call.cmdlet().equals(cmdlet)) {
                    seen.accept(call);
                    if (refuse) {
                        throw new ShellException(
                                cmdlet,
                                ShellException.Kind.CMDLET_ERROR,
                                "AuthenticationError",
                                "",
                                "Connect-MicrosoftTeams has not been run in this session",
                                null);
                    }
                }
                return shell.run(call);
            }

            @Override
            public Optional<Set<String>> moveCsUserParameters() {
                return shell.moveCsUserParameters();
            }

            @Override
            public void close() {}
        };
    }
}
