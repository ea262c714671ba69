package io.jenkins.plugins.lynchybrid.readiness;

/**
 * The MicrosoftTeams module versions on-premises Move-CsUser works with (domain.md §1.6): 6.2.1 or later
 * since the 2024 infrastructure change, and no later than 7.1 since the November 2025 regression note.
 * "No later than 7.1" is read as any 7.1.x.
 */
final class TeamsModuleWindow {
    static final VersionNumber MINIMUM = VersionNumber.parse("6.2.1");
    static final VersionNumber FIRST_REGRESSED = VersionNumber.parse("7.2");
    static final String RECOMMENDED = "7.1.0";

    private TeamsModuleWindow() {}

    static Finding judge(VersionNumber installed) {
        String evidence = "MicrosoftTeams " + installed;
        if (!installed.atLeast(MINIMUM)) {
            return Finding.unmet(
                    evidence + " is older than " + MINIMUM + ": Move-CsUser cannot move users",
                    "Install-Module MicrosoftTeams -RequiredVersion " + RECOMMENDED + " -Force");
        }
        if (installed.atLeast(FIRST_REGRESSED)) {
            return Finding.unmet(
                    evidence + " is newer than 7.1: Move-CsUser has a known regression there",
                    "Install-Module MicrosoftTeams -RequiredVersion " + RECOMMENDED
                            + " -Force; Uninstall-Module MicrosoftTeams -RequiredVersion " + installed);
        }
        return Finding.met(evidence + " (window " + MINIMUM + " to 7.1)");
    }
}
