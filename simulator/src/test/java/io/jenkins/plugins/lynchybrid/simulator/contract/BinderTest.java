package io.jenkins.plugins.lynchybrid.simulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PowerShell's binding rules, applied to Microsoft's documented parameter sets per product. */
class BinderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Contract contract = Contract.get();
    private final Binder binder = new Binder(contract);

    @Test
    void theContractNamesItsSourceCommitAndTheTeamsModuleItReflects() {
        assertEquals("93336da2bca96c31c0fc8acc52658a30ef8a6c94", contract.readCommit());
        assertTrue(contract.teamsModuleVersion().contains("8.0.0"), contract.teamsModuleVersion());
        assertTrue(cmdlet("Move-CsUser").source().startsWith("skype/skype-ps/SkypeForBusiness/Move-CsUser.md @ "));
    }

    @Test
    void namesBindCaseInsensitivelyUnderTheParametersOwnName() {
        BoundCall bound =
                binder.bind(cmdlet("Get-CsUser"), ServerProduct.SFB_2019, args("identity", "sip:a@contoso.com"));
        assertEquals(List.of("Identity"), List.copyOf(bound.arguments().keySet()));
    }

    @Test
    void anUnambiguousPrefixBindsAndAnAmbiguousOneIsRefused() {
        assertEquals(
                List.of("PoolFqdn"),
                List.copyOf(binder.bind(cmdlet("Get-CsService"), ServerProduct.SFB_2015, args("Pool", "p"))
                        .arguments()
                        .keySet()));
        BindingError error = assertThrows(
                BindingError.class,
                () -> binder.bind(
                        cmdlet("Set-CsAccessEdgeConfiguration"), ServerProduct.SFB_2015, args("Allow", true)));
        assertEquals("AmbiguousParameter", error.errorId());
    }

    @Test
    void bypassSwitchesDoNotExistOnLyncServer2013() {
        BindingError error = assertThrows(
                BindingError.class,
                () -> binder.bind(
                        cmdlet("Move-CsUser"),
                        ServerProduct.LYNC_2013,
                        args("Identity", "u", "Target", "t", "Credential", true, "BypassEnterpriseVoiceCheck", true)));
        assertEquals(
                "A parameter cannot be found that matches parameter name 'BypassEnterpriseVoiceCheck'.",
                error.getMessage());
    }

    @Test
    void withoutAMarkedDefaultTheSharedSettingsResolveToTheIdentitySet() {
        assertEquals(
                "Identity",
                binder.bind(
                                cmdlet("Set-CsAccessEdgeConfiguration"),
                                ServerProduct.LYNC_2013,
                                args("AllowOutsideUsers", true))
                        .parameterSet());
    }

    @Test
    void getCommandListsTheBuildsParametersWithTheCommonOnes() {
        List<String> lync = binder.commandParameters(cmdlet("Move-CsUser"), ServerProduct.LYNC_2013);
        List<String> skype2019 = binder.commandParameters(cmdlet("Move-CsUser"), ServerProduct.SFB_2019);
        assertTrue(lync.containsAll(List.of("Identity", "Target", "Credential", "Confirm", "ErrorAction")));
        assertFalse(lync.contains("BypassEnterpriseVoiceCheck"));
        assertTrue(skype2019.containsAll(List.of("BypassEnterpriseVoiceCheck", "MoveToTeams")));
        assertFalse(skype2019.contains("UseOAuth"));
    }

    @Test
    void aParameterGivenTwiceInDifferentCaseIsAlreadyBound() {
        BindingError error = assertThrows(
                BindingError.class,
                () -> binder.bind(
                        cmdlet("Get-CsUser"), ServerProduct.SFB_2015, args("Identity", "a", "IDENTITY", "b")));
        assertEquals("ParameterAlreadyBound", error.errorId());
    }

    private CmdletContract cmdlet(String name) {
        return contract.cmdlet(name).orElseThrow();
    }

    private static ObjectNode args(Object... pairs) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
        }
        return node;
    }
}
