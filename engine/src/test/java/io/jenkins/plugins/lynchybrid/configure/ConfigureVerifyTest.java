package io.jenkins.plugins.lynchybrid.configure;

import static io.jenkins.plugins.lynchybrid.configure.ConfigureScenariosTest.FAST;
import static io.jenkins.plugins.lynchybrid.configure.ConfigureScenariosTest.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.shell.CmdletCall;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Configure's final read-back is what makes CONVERGED true: a run whose settings did not stay, or could not be read
 * back, is not converged. Without the re-read both runs below would report CONVERGED.
 */
class ConfigureVerifyTest {

    /** The simulated shell, and something that happens right after one cmdlet: another admin, or the host dying. */
    private static final class AfterCmdlet implements LyncShell {
        private final LyncShell shell;
        private final String cmdlet;
        private final Consumer<CmdletCall> then;
        private boolean happened;

        AfterCmdlet(World world, String cmdlet, Consumer<CmdletCall> then) {
            this.shell = new InProcessLyncShell(world);
            this.cmdlet = cmdlet;
            this.then = then;
        }

        @Override
        public synchronized List<PsObject> run(CmdletCall call) {
            if (happened) {
                then.accept(call);
            }
            List<PsObject> objects = shell.run(call);
            happened |= call.cmdlet().equals(cmdlet);
            return objects;
        }

        @Override
        public void close() {
            shell.close();
        }
    }

    private static Configurator configurator(LyncShell shell) {
        return new Configurator(Sites.site(ServerVersion.LYNC_2013, Cloud.WORLDWIDE), shell, FAST);
    }

    @Test
    void aSettingSomethingElseTurnsBackAfterTheApplyFailsTheRunNamingTheDifference() {
        World world = world("unconfigured");
        // once the Edge is set, another administrator's script turns federation off again
        LyncShell shell = new AfterCmdlet(
                world,
                "Set-CsAccessEdgeConfiguration",
                call -> world.change(w -> w.accessEdge().put("AllowFederatedUsers", false)));

        ConfigureResult result = configurator(shell).apply();

        assertEquals(ConfigureResult.Status.FAILED, result.status());
        Plan remaining = result.remaining().orElseThrow();
        assertEquals(
                List.of("AllowFederatedUsers"),
                remaining.changes().stream().map(Change::property).toList());
        assertTrue(
                result.error().orElseThrow().contains("reading back still shows 1 difference(s)"),
                result.error().orElseThrow());
    }

    @Test
    void aShellThatDiesBeforeTheReadBackFailsTheRunSayingEveryChangeWasApplied() {
        World world = world("unconfigured");
        LyncShell shell = new AfterCmdlet(world, "Set-CsTenantFederationConfiguration", call -> {
            throw new ShellException(
                    call.cmdlet(),
                    ShellException.Kind.OUTCOME_UNKNOWN,
                    "OperationTimeout",
                    "",
                    "the host did not answer",
                    null);
        });

        ConfigureResult result = configurator(shell).apply();

        assertEquals(ConfigureResult.Status.FAILED, result.status());
        assertTrue(result.apply().orElseThrow().completed());
        assertTrue(
                result.error().orElseThrow().startsWith("applied every change but could not read them back"),
                result.error().orElseThrow());
    }
}
