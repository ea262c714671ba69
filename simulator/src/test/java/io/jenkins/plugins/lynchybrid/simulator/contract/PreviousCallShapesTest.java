package io.jenkins.plugins.lynchybrid.simulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.lynchybrid.simulator.shell.ShellReply;
import io.jenkins.plugins.lynchybrid.simulator.shell.ShellService;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The call shapes the engine sent before issue 12, sent to the simulator of each server product: PowerShell's own
 * errors, as a real Management Shell under -NonInteractive answers them.
 */
class PreviousCallShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "sip:user00001@contoso.com";
    /** One shell per product for the whole class: every call here is refused or changes nothing another reads. */
    private static final Map<ServerProduct, ShellService> SHELLS = shells();

    @ParameterizedTest
    @EnumSource(ServerProduct.class)
    void moveCsUserWithoutCredentialWouldPromptSoItFailsInNonInteractiveMode(ServerProduct product) {
        ShellReply.Error error = error(product, "Move-CsUser", "Identity", USER, "Target", World.SIPFED);
        assertEquals(
                "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                error.message());
    }

    @ParameterizedTest
    @EnumSource(ServerProduct.class)
    void useOAuthIsInNoParameterSetOfTheCurrentMoveCsUser(ServerProduct product) {
        ShellReply.Error error = error(
                product, "Move-CsUser", "Identity", USER, "Target", World.SIPFED, "Credential", true, "UseOAuth", true);
        assertEquals("A parameter cannot be found that matches parameter name 'UseOAuth'.", error.message());
        assertTrue(error.errorId().startsWith("NamedParameterNotFound,"), error.errorId());
    }

    @ParameterizedTest
    @EnumSource(
            value = ServerProduct.class,
            names = {"LYNC_2013", "SFB_2015"})
    void moveToTeamsExistsOnlyOnSkypeForBusinessServer2019(ServerProduct product) {
        ShellReply.Error error = error(
                product,
                "Move-CsUser",
                "Identity",
                USER,
                "Target",
                World.SIPFED,
                "Credential",
                true,
                "MoveToTeams",
                true);
        assertEquals("A parameter cannot be found that matches parameter name 'MoveToTeams'.", error.message());
    }

    @ParameterizedTest
    @EnumSource(ServerProduct.class)
    void identityGlobalWithPartnerDiscoverySpansTwoParameterSets(ServerProduct product) {
        ShellReply.Error error =
                error(product, "Set-CsAccessEdgeConfiguration", "Identity", "Global", "EnablePartnerDiscovery", true);
        assertTrue(
                error.message().startsWith("Parameter set cannot be resolved using the specified named parameters."),
                error.message());
        assertTrue(error.errorId().startsWith("AmbiguousParameterSet,"), error.errorId());
    }

    @ParameterizedTest
    @EnumSource(ServerProduct.class)
    void routingAndPartnerDiscoveryInOneCallBindTheDnsSrvRoutingSet(ServerProduct product) {
        ShellReply reply = reply(
                product, "Set-CsAccessEdgeConfiguration", "UseDnsSrvRouting", true, "EnablePartnerDiscovery", true);
        assertTrue(reply.ok(), () -> String.valueOf(reply.error()));
    }

    @ParameterizedTest
    @EnumSource(ServerProduct.class)
    void tenantFederationWithALoneIdentityIsRefused(ServerProduct product) {
        ShellReply.Error error = error(
                product, "Set-CsTenantFederationConfiguration", "Identity", "Global", "SharedSipAddressSpace", true);
        assertTrue(error.message().contains("Tenant"), error.message());
    }

    @ParameterizedTest
    @EnumSource(ServerProduct.class)
    void aMissingMandatoryParameterCannotBePromptedFor(ServerProduct product) {
        ShellReply.Error error = error(product, "Move-CsUser", "Identity", USER, "Credential", true);
        assertEquals(
                "Cannot process command because of one or more missing mandatory parameters: Target.", error.message());
    }

    @ParameterizedTest
    @EnumSource(ServerProduct.class)
    void edgeServiceObjectsCarryNoUndocumentedIsFederationEnabled(ServerProduct product) {
        ShellReply reply = reply(product, "Get-CsService", "EdgeServer", true);
        assertTrue(reply.ok());
        assertFalse(reply.objects().get(0).has("IsFederationEnabled"));
    }

    private static ShellReply.Error error(ServerProduct product, String cmdlet, Object... pairs) {
        ShellReply reply = reply(product, cmdlet, pairs);
        assertFalse(reply.ok(), () -> cmdlet + " was accepted on " + product);
        return reply.error();
    }

    private static ShellReply reply(ServerProduct product, String cmdlet, Object... pairs) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put((String) pairs[i], pairs[i + 1]);
        }
        return SHELLS.get(product).execute(cmdlet, JSON.valueToTree(parameters));
    }

    private static Map<ServerProduct, ShellService> shells() {
        Map<ServerProduct, ShellService> shells = new EnumMap<>(ServerProduct.class);
        for (ServerProduct product : ServerProduct.values()) {
            World world = new World(3, "pw".toCharArray());
            world.change(w -> w.install(product));
            shells.put(product, new ShellService(world));
        }
        return shells;
    }
}
