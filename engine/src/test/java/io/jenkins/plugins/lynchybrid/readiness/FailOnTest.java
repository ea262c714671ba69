package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import org.junit.jupiter.api.Test;

class FailOnTest {
    @Test
    void failAndWarnAreReadWhateverTheirCase() {
        assertEquals(FailOn.WARN, FailOn.parse(" Warn"));
        assertEquals(FailOn.FAIL, FailOn.parse("FAIL"));
    }

    @Test
    void anUnknownValueIsAConfigurationErrorNamingTheValueAndTheChoices() {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> FailOn.parse("sometimes"));

        assertEquals("'sometimes' is not one of fail, warn", error.getMessage());
    }
}
