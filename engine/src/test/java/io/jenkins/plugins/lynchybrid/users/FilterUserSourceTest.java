package io.jenkins.plugins.lynchybrid.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.InProcessLyncShell;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Get-CsUser -OU and -Filter against the simulator's shell, in-process: every 50th user is in OU=Executives. */
class FilterUserSourceTest {
    private static final FilterUserSource source =
            new FilterUserSource(new InProcessLyncShell(new World(100, "x".toCharArray())));

    @Test
    void anOuIsSentAsItsCanonicalDistinguishedNameHoweverItIsSpaced() {
        UserSelection selection = source.read(" OU=Executives , OU=Lync, DC=contoso,  DC=com ");

        assertEquals(
                List.of("user00050@contoso.com", "user00100@contoso.com"),
                selection.users().stream().map(UserRef::key).toList());
        assertEquals(
                "-OU OU=Executives,OU=Lync,DC=contoso,DC=com",
                selection.users().get(0).origin());
    }

    @Test
    void anOuThatSelectsNobodyIsReported() {
        UserSelection selection = source.read("OU=Executivs,OU=Lync,DC=contoso,DC=com");

        assertEquals(List.of(), selection.users());
        assertTrue(selection.problems().get(0).message().contains("selected no user"), selection.toString());
    }

    @Test
    void anOuWithoutItsDomainIsRefused() {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> source.read("OU=Executives"));

        assertTrue(error.getMessage().contains("names no domain"), error.getMessage());
    }
}
