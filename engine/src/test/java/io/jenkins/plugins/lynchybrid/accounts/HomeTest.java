package io.jenkins.plugins.lynchybrid.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HomeTest {
    @ParameterizedTest
    @CsvSource({"online, ONLINE", "Online, ONLINE", "onprem, ON_PREMISES", "on-premises, ON_PREMISES"})
    void aTargetIsReadInEachOfItsDocumentedSpellings(String text, Home home) {
        assertEquals(home, Home.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"cloud", "on-prem", "onpremises"})
    void anUndocumentedAliasIsRefused(String text) {
        assertThrows(ConfigurationException.class, () -> Home.parse(text));
    }

    @Test
    void anUnknownTargetIsAConfigurationErrorNamingTheValueAndTheChoices() {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> Home.parse("mars"));

        assertEquals("'mars' is not one of online, onprem (or on-premises)", error.getMessage());
    }
}
