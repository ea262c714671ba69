package io.jenkins.plugins.lynchybrid.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HomeTest {
    @ParameterizedTest
    @CsvSource({"online, ONLINE", "Cloud, ONLINE", "onprem, ON_PREMISES", "on-prem, ON_PREMISES"})
    void aTargetIsReadInEachOfItsSpellings(String text, Home home) {
        assertEquals(home, Home.parse(text));
    }

    @Test
    void anUnknownTargetIsAConfigurationErrorNamingTheValueAndTheChoices() {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> Home.parse("mars"));

        assertEquals("'mars' is not one of online, onprem", error.getMessage());
    }
}
