package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamsModuleWindowTest {
    @ParameterizedTest(name = "MicrosoftTeams {0} -> {1}")
    @CsvSource({
        "6.2.1, MET",
        "6.9.0, MET",
        "7.1.0, MET",
        "7.1.4, MET",
        "6.2.0, UNMET",
        "5.9.0, UNMET",
        "7.2.0, UNMET",
        "7.3.1, UNMET"
    })
    void acceptsOnlyTheVersionsMoveCsUserWorksWith(String version, Finding.Kind expected) {
        assertEquals(
                expected, TeamsModuleWindow.judge(VersionNumber.parse(version)).kind());
    }

    @ParameterizedTest
    @CsvSource({"6.0.0", "7.4.0"})
    void remediationPinsTheRecommendedVersion(String version) {
        Finding finding = TeamsModuleWindow.judge(VersionNumber.parse(version));
        assertTrue(
                finding.remediation().startsWith("Install-Module MicrosoftTeams -RequiredVersion 7.1.0"),
                finding.remediation());
    }
}
