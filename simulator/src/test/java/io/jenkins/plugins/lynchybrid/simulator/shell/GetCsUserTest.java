package io.jenkins.plugins.lynchybrid.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetCsUserTest {
    private final World world = new World(100, "pw".toCharArray());
    private final Calls shell = new Calls(new ShellService(world));

    @Test
    void findsAUserBySipAddressWithTheRealPropertyNames() {
        ObjectNode user = shell.objects("Get-CsUser", "Identity", "sip:user00003@contoso.com")
                .get(0);
        assertEquals(
                List.of(
                        "Identity",
                        "SipAddress",
                        "DisplayName",
                        "Enabled",
                        "HostingProvider",
                        "RegistrarPool",
                        "EnterpriseVoiceEnabled",
                        "LineURI",
                        "ConferencingPolicy"),
                iterable(user));
        assertEquals("SRV:", user.get("HostingProvider").asText());
        assertEquals(World.POOL_FQDN, user.get("RegistrarPool").asText());
    }

    @Test
    void conferencingPolicyNamesTheGrantedPerUserPolicyWithoutItsTagPrefixAndIsNullWithoutOne() {
        world.change(
                w -> w.grantConferencingPolicy(w.user("user00003@contoso.com").orElseThrow(), "DialInAllowed"));

        assertEquals(
                "DialInAllowed",
                shell.objects("Get-CsUser", "Identity", "user00003@contoso.com")
                        .get(0)
                        .get("ConferencingPolicy")
                        .asText());
        assertTrue(shell.objects("Get-CsUser", "Identity", "user00004@contoso.com")
                .get(0)
                .get("ConferencingPolicy")
                .isNull());
    }

    @Test
    void findsAUserByUserPrincipalName() {
        assertEquals(
                "sip:user00004@contoso.com",
                shell.objects("Get-CsUser", "Identity", "user00004@contoso.com")
                        .get(0)
                        .get("SipAddress")
                        .asText());
    }

    @Test
    void anUnknownIdentityGivesTheManagementObjectNotFoundError() {
        ShellReply.Error error = shell.error("Get-CsUser", "Identity", "sip:ghost@contoso.com");
        assertEquals("Management object not found for identity \"sip:ghost@contoso.com\".", error.message());
        assertEquals("ObjectNotFound", error.category());
    }

    @Test
    void filtersOnEnterpriseVoiceEnabled() {
        List<ObjectNode> voice = shell.objects("Get-CsUser", "Filter", "EnterpriseVoiceEnabled -eq $true");
        assertEquals(5, voice.size());
        assertTrue(voice.stream().allMatch(u -> u.get("EnterpriseVoiceEnabled").asBoolean()));
    }

    @Test
    void filtersOnHostingProviderAndRegistrarPoolJoinedWithAnd() {
        List<ObjectNode> users = shell.objects(
                "Get-CsUser", "Filter", "HostingProvider -eq \"SRV:\" -and RegistrarPool -eq 'pool01.contoso.com'");
        assertEquals(100, users.size());
    }

    @Test
    void aFilterItCannotParseIsRejected() {
        ShellReply.Error error = shell.error("Get-CsUser", "Filter", "{ $_.Enabled }");
        assertTrue(error.message().contains("Invalid filter syntax"), error.message());
    }

    @Test
    void selectsUsersByOrganizationalUnit() {
        List<ObjectNode> executives = shell.objects("Get-CsUser", "OU", "OU=Executives,OU=Lync,DC=contoso,DC=com");
        assertEquals(2, executives.size());
    }

    @Test
    void anOuIsMatchedAsADistinguishedNameWhateverItsSpacingAndCase() {
        assertEquals(
                2,
                shell.objects("Get-CsUser", "OU", " ou=executives , OU=LYNC,dc=contoso, DC=com")
                        .size());
    }

    @Test
    void anOuTakesTheUsersOfItsChildOusButNotOfAnOuThatOnlyEndsAlike() {
        assertEquals(
                shell.objects("Get-CsUser", "OU", "OU=Lync,DC=contoso,DC=com").size(),
                shell.objects("Get-CsUser").size());
        assertEquals(
                0, shell.objects("Get-CsUser", "OU", "OU=Ync,DC=contoso,DC=com").size());
    }

    @Test
    void resultSizeLimitsTheAnswer() {
        assertEquals(7, shell.objects("Get-CsUser", "ResultSize", 7).size());
    }

    @Test
    void anUnknownParameterGivesPowerShellsBindingError() {
        ShellReply.Error error = shell.error("Get-CsUser", "Identity", "user00001@contoso.com", "Verbosity", true);
        assertEquals("A parameter cannot be found that matches parameter name 'Verbosity'.", error.message());
        assertTrue(error.errorId().startsWith("NamedParameterNotFound,"), error.errorId());
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
