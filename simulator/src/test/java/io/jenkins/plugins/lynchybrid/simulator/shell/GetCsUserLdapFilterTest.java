package io.jenkins.plugins.lynchybrid.simulator.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Get-CsUser -LdapFilter as Get-CsUser.md documents it: an LDAP filter over Active Directory attributes. */
class GetCsUserLdapFilterTest {
    private final World world = new World(100, "pw".toCharArray());
    private final Calls shell = new Calls(new ShellService(world));

    @Test
    void anOrFilterOfSipAddressesReturnsExactlyThoseUsersInTheDocumentedFormWithoutOuterParentheses() {
        List<ObjectNode> users = shell.objects(
                "Get-CsUser",
                "LdapFilter",
                "|(msRTCSIP-PrimaryUserAddress=sip:user00003@contoso.com)"
                        + "(msRTCSIP-PrimaryUserAddress=SIP:USER00007@contoso.com)");
        assertEquals(List.of("sip:user00003@contoso.com", "sip:user00007@contoso.com"), sips(users));
    }

    @Test
    void theFormWithOuterParenthesesAndAnEqualityOnUserPrincipalNameAreTakenToo() {
        assertEquals(
                List.of("sip:user00009@contoso.com"),
                sips(shell.objects("Get-CsUser", "LdapFilter", "(userPrincipalName=user00009@contoso.com)")));
    }

    @Test
    void anEscapedStarIsALiteralStarNotAWildcard() {
        world.change(w -> w.addUser("sip:a*b@contoso.com", "ab@contoso.com", "Star User"));
        world.change(w -> w.addUser("sip:axxb@contoso.com", "axxb@contoso.com", "Other User"));

        assertEquals(
                List.of("sip:a*b@contoso.com"),
                sips(shell.objects(
                        "Get-CsUser", "LdapFilter", "(msRTCSIP-PrimaryUserAddress=sip:a\\2ab@contoso.com)")));
        assertEquals(
                2,
                shell.objects("Get-CsUser", "LdapFilter", "(msRTCSIP-PrimaryUserAddress=sip:a*b@contoso.com)")
                        .size());
    }

    @Test
    void escapedParenthesesAndBackslashMatchThemselves() {
        world.change(w -> w.addUser("sip:o(k)\\x@contoso.com", "ok@contoso.com", "Paren User"));

        assertEquals(
                List.of("sip:o(k)\\x@contoso.com"),
                sips(shell.objects(
                        "Get-CsUser", "LdapFilter", "(msRTCSIP-PrimaryUserAddress=sip:o\\28k\\29\\5cx@contoso.com)")));
    }

    @Test
    void anUnescapedParenthesisInAValueIsNotAFilterAndIsRefused() {
        ShellReply.Error error =
                shell.error("Get-CsUser", "LdapFilter", "(msRTCSIP-PrimaryUserAddress=sip:o(k)@contoso.com)");
        assertTrue(error.message().contains("is not a valid LDAP search filter"), error.message());
    }

    @Test
    void anAttributeTheDirectoryDoesNotHoldMatchesNobodyEvenNegated() {
        assertEquals(
                0,
                shell.objects("Get-CsUser", "LdapFilter", "(Department=Finance)")
                        .size());
        assertEquals(
                0,
                shell.objects("Get-CsUser", "LdapFilter", "(!(Department=Finance))")
                        .size());
    }

    @Test
    void filterAndLdapFilterInOneCommandAreRefusedAsThePageSaysTheyAreMutuallyExclusive() {
        ShellReply.Error error = shell.error(
                "Get-CsUser",
                "Filter",
                "EnterpriseVoiceEnabled -eq $true",
                "LdapFilter",
                "(userPrincipalName=user00001@contoso.com)");
        assertTrue(error.message().contains("cannot be used in the same command"), error.message());
    }

    @Test
    void anLdapFilterWithinAnOuTakesOnlyThatOusUsers() {
        assertEquals(
                List.of("sip:user00050@contoso.com"),
                sips(shell.objects(
                        "Get-CsUser",
                        "OU",
                        "OU=Executives,OU=Lync,DC=contoso,DC=com",
                        "LdapFilter",
                        "|(userPrincipalName=user00050@contoso.com)(userPrincipalName=user00051@contoso.com)")));
    }

    @Test
    void everyCallIsCountedByItsShape() {
        shell.objects("Get-CsUser", "LdapFilter", "(userPrincipalName=user00001@contoso.com)");
        shell.objects("Get-CsUser", "Identity", "user00002@contoso.com");

        assertEquals(2, world.shellCalls().of("Get-CsUser"));
        assertEquals(1, world.shellCalls().of("Get-CsUser", "LdapFilter"));
        assertEquals(1, world.shellCalls().of("Get-CsUser", "Identity"));
    }

    private static List<String> sips(List<ObjectNode> users) {
        return users.stream().map(u -> u.get("SipAddress").asText()).sorted().toList();
    }
}
