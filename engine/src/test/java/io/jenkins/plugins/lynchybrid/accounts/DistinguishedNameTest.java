package io.jenkins.plugins.lynchybrid.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DistinguishedNameTest {
    private static final String SALES = "OU=Sales\\, EMEA,OU=Lync,DC=contoso,DC=com";

    @ParameterizedTest
    @ValueSource(
            strings = {
                SALES,
                "OU=Sales\\, EMEA, OU=Lync, DC=contoso, DC=com",
                "  ou=sales\\, emea , ou=LYNC,dc=Contoso,dc=COM ",
                "OU=Sales\\2C EMEA,OU=Lync,DC=contoso,DC=com",
                "OU=\"Sales, EMEA\",OU=Lync,DC=contoso,DC=com"
            })
    void spacingCaseAndEscapesNameTheSameOu(String written) {
        DistinguishedName ou = DistinguishedName.parse(written, "excluded OU");

        assertEquals(DistinguishedName.parse(SALES, "excluded OU"), ou);
        // what Get-CsUser -OU is given differs at most in case, which Active Directory ignores
        assertEquals(SALES.toLowerCase(java.util.Locale.ROOT), ou.canonical().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Executives", "", "   ", "=Executives", "OU=a,,DC=b", "OU=,DC=contoso,DC=com"})
    void aValueThatIsNotADistinguishedNameIsRefusedNamingIt(String written) {
        ConfigurationException error =
                assertThrows(ConfigurationException.class, () -> DistinguishedName.parse(written, "excluded OU"));

        assertTrue(error.getMessage().startsWith("excluded OU '" + written.strip() + "'"), error.getMessage());
    }

    @Test
    void aDnWithoutItsDomainIsRefusedAsItCouldMatchNobody() {
        ConfigurationException error = assertThrows(
                ConfigurationException.class, () -> DistinguishedName.parse("OU=Executives,OU=Lync", "excluded OU"));

        assertTrue(error.getMessage().contains("names no domain"), error.getMessage());
    }
}
