package io.jenkins.plugins.lynchybrid.tls;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SanCoverageTest {
    @Test
    void exactNameCoversItselfWhateverTheCaseOrTrailingDot() {
        assertTrue(SanCoverage.matches("sip.contoso.com", "SIP.Contoso.com."));
    }

    @Test
    void wildcardCoversOneLeftMostLabel() {
        assertTrue(SanCoverage.matches("*.contoso.com", "sip.contoso.com"));
    }

    @Test
    void wildcardDoesNotCoverTwoLabels() {
        assertFalse(SanCoverage.matches("*.contoso.com", "sip.fabrikam.contoso.com"));
    }

    @Test
    void wildcardDoesNotCoverTheBareParent() {
        assertFalse(SanCoverage.matches("*.contoso.com", "contoso.com"));
    }

    @Test
    void wildcardDirectlyUnderATopLevelDomainCoversNothing() {
        assertFalse(SanCoverage.matches("*.com", "contoso.com"));
    }

    @Test
    void wildcardInsideALabelIsNotAWildcard() {
        assertFalse(SanCoverage.matches("s*.contoso.com", "sip.contoso.com"));
    }

    @Test
    void wildcardBelowTheLeftMostLabelIsNotAWildcard() {
        assertFalse(SanCoverage.matches("sip.*.com", "sip.contoso.com"));
    }

    @Test
    void aListCoversANameWhenAnyEntryDoes() {
        assertTrue(SanCoverage.covers(List.of("av.contoso.com", "*.fabrikam.contoso.com"), "sip.fabrikam.contoso.com"));
    }

    @Test
    void anEmptyListCoversNothing() {
        assertFalse(SanCoverage.covers(List.of(), "sip.contoso.com"));
    }
}
