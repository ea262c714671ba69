package io.jenkins.plugins.lynchybrid.accounts;

import io.jenkins.plugins.lynchybrid.graph.AssignedPlan;
import io.jenkins.plugins.lynchybrid.graph.GraphUser;
import io.jenkins.plugins.lynchybrid.site.Cloud;
import java.util.Set;

/**
 * The service plans (Graph {@code assignedPlans} servicePlanId) that license a user for each thing a move needs, in
 * the tenant's cloud. Identifiers from Microsoft's "Product names and service plan identifiers for licensing"
 * (MicrosoftDocs/entra-docs docs/identity/users/licensing-service-plan-reference.md; Office 365 G5 GCC:
 * MCOSTANDARD_GOV, TEAMS_GOV, MCOEV_GOV, MCOMEETADV_GOV) and, for the GCC High and DoD Teams plans, the page that
 * lists them from it (MicrosoftDocs/azure-docs articles/communication-services/quickstarts/eligible-teams-licenses.md:
 * TEAMS_GCCHIGH, TEAMS_AR_GCCHIGH, TEAMS_DOD, TEAMS_AR_DOD). A GCC (moderate) tenant signs in through the worldwide
 * endpoints, so the worldwide sets also hold the GCC plans.
 *
 * @param skypeOnline Skype for Business Online (Plan 2), which Move-CsUser needs (fault 507 without it)
 * @param teams Microsoft Teams
 * @param phoneSystem Phone System, for an Enterprise Voice user (U6)
 * @param audioConferencing Audio Conferencing, for a dial-in user (U7)
 */
public record LicencePlans(
        String cloud,
        Set<String> skypeOnline,
        Set<String> teams,
        Set<String> phoneSystem,
        Set<String> audioConferencing) {

    /** Where the service plan identifiers come from, for the catalogue. */
    public static final String SOURCE = "Microsoft's \"Product names and service plan identifiers for licensing\""
            + " (MicrosoftDocs/entra-docs docs/identity/users/licensing-service-plan-reference.md), and for the GCC"
            + " High and DoD Teams plans azure-docs articles/communication-services/quickstarts/eligible-teams-licenses.md;"
            + " in GCC High and DoD the Skype for Business Online, Phone System and Audio Conferencing plans accepted"
            + " are the _GOV and worldwide ones (no plan of their own was confirmed there)";

    static final String MCOSTANDARD_GOV = "a31ef4a2-f787-435e-8335-e47eb0cafc94";
    static final String TEAMS_GOV = "304767db-7d23-49e8-a945-4a7eb65f9f28";
    static final String MCOEV_GOV = "db23fce2-a974-42ef-9002-d78dd42a0f22";
    static final String MCOMEETADV_GOV = "f544b08d-1645-4287-82de-8d91f37c02a1";
    static final String TEAMS_GCCHIGH = "495922d5-f138-498b-8967-4acdcdfb2a74";
    static final String TEAMS_AR_GCCHIGH = "9953b155-8aef-4c56-92f3-72b0487fce41";
    static final String TEAMS_DOD = "ec0dd2de-a877-4059-a9b8-5838b5629b2a";
    static final String TEAMS_AR_DOD = "fd500458-c24c-478e-856c-a6067a8376cd";

    public LicencePlans {
        skypeOnline = Set.copyOf(skypeOnline);
        teams = Set.copyOf(teams);
        phoneSystem = Set.copyOf(phoneSystem);
        audioConferencing = Set.copyOf(audioConferencing);
    }

    /**
     * The plans of the site's cloud. GCC High and DoD take their own Teams plans; for Skype for Business Online,
     * Phone System and Audio Conferencing there the reference pass found no plan of their own, so both the
     * government (_GOV) and the worldwide identifiers count (docs/checks.md says so).
     */
    public static LicencePlans of(Cloud cloud) {
        Set<String> skype = Set.of(AssignedPlan.SKYPE_ONLINE_PLAN_2, MCOSTANDARD_GOV);
        Set<String> phone = Set.of(AssignedPlan.PHONE_SYSTEM, MCOEV_GOV);
        Set<String> audio = Set.of(AssignedPlan.AUDIO_CONFERENCING, MCOMEETADV_GOV);
        return switch (cloud.name()) {
            case "gcc-high" ->
                new LicencePlans("GCC High", skype, Set.of(TEAMS_GCCHIGH, TEAMS_AR_GCCHIGH), phone, audio);
            case "dod" -> new LicencePlans("DoD", skype, Set.of(TEAMS_DOD, TEAMS_AR_DOD), phone, audio);
            default ->
                new LicencePlans("worldwide and GCC", skype, Set.of(AssignedPlan.TEAMS, TEAMS_GOV), phone, audio);
        };
    }

    /** Licensed for what every move online needs: Skype for Business Online (Plan 2) and Teams. */
    public boolean movable(GraphUser user) {
        return any(user, skypeOnline) && any(user, teams);
    }

    boolean phoneSystem(GraphUser user) {
        return any(user, phoneSystem);
    }

    boolean audioConferencing(GraphUser user) {
        return any(user, audioConferencing);
    }

    private static boolean any(GraphUser user, Set<String> plans) {
        return plans.stream().anyMatch(user::hasActivePlan);
    }
}
