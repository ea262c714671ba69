package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionNumberTest {
    @Test
    void comparesEachPartAsANumberNotAsText() {
        assertTrue(VersionNumber.parse("5.0.8308.1182").atLeast(VersionNumber.parse("5.0.8308.992")));
        assertFalse(VersionNumber.parse("5.0.8308.977").atLeast(VersionNumber.parse("5.0.8308.1182")));
    }

    @Test
    void missingTrailingPartsCountAsZero() {
        assertEquals(VersionNumber.parse("7.1"), VersionNumber.parse("7.1.0"));
        assertEquals(
                VersionNumber.parse("7.1").hashCode(),
                VersionNumber.parse("7.1.0").hashCode());
    }

    @Test
    void rejectsTextThatIsNotADottedNumberNamingIt() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> VersionNumber.parse("6.2.1-preview"));
        assertTrue(e.getMessage().contains("6.2.1-preview"), e.getMessage());
    }
}
