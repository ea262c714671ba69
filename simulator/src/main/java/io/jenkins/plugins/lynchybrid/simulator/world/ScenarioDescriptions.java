package io.jenkins.plugins.lynchybrid.simulator.world;

import java.util.EnumMap;
import java.util.Map;

/**
 * One line per scenario, for {@code simulate --list-scenarios} and docs/simulator.md: what is broken and which
 * readiness check should notice. A scenario without a line fails ScenarioDescriptionsTest.
 */
public final class ScenarioDescriptions {
    private static final Map<Scenario, String> LINES = new EnumMap<>(Map.ofEntries(
            Map.entry(Scenario.HEALTHY, "every prerequisite in place: readiness passes, moves succeed"),
            Map.entry(
                    Scenario.UNCONFIGURED,
                    "AD FS, sync and DNS in place; Edge federation, the hosting provider, shared SIP address space"
                            + " and federation access not yet (what configure sets up)"),
            Map.entry(
                    Scenario.DOMAIN_NOT_FEDERATED,
                    "contoso.com is Managed (password hash sync) while fabrikam.contoso.com stays Federated: AD FS"
                            + " is judged for fabrikam.contoso.com only, and readiness passes"),
            Map.entry(Scenario.DIRSYNC_OFF, "directory synchronisation is not enabled for the tenant"),
            Map.entry(Scenario.DIRSYNC_STALE, "the last directory sync ran 9 hours ago"),
            Map.entry(
                    Scenario.SSO_MISMATCH, "the tenant's federation issuer URI names another AD FS (sts.fabrikam.com)"),
            Map.entry(
                    Scenario.ADFS_CERT_EXPIRED,
                    "the AD FS token-signing certificate the tenant trusts expired yesterday"),
            Map.entry(Scenario.SHARED_SIP_OFF, "the tenant's SharedSipAddressSpace is off"),
            Map.entry(
                    Scenario.HOSTING_PROVIDER_MISSING,
                    "no on-premises hosting provider points to sipfed.online.lync.com"),
            Map.entry(
                    Scenario.HOSTING_PROVIDER_WRONG,
                    "the hosting provider exists without shared address space and with the wrong verification level"),
            Map.entry(
                    Scenario.EDGE_FEDERATION_OFF, "the Access Edge allows no federated users and no partner discovery"),
            Map.entry(Scenario.SRV_MISSING, "no _sipfederationtls._tcp SRV record for the SIP domain"),
            Map.entry(
                    Scenario.SRV_WRONG_TARGET,
                    "the _sipfederationtls._tcp SRV record points to sipfed.online.lync.com, not the Edge"),
            Map.entry(
                    Scenario.MANAGED_TENANT,
                    "every SIP domain is Managed (password hash sync, no AD FS): readiness passes with the AD FS"
                            + " checks not applicable"),
            Map.entry(
                    Scenario.OWN_SIP_NAMES,
                    "fabrikam.contoso.com's SRV records point at its own sip.fabrikam.contoso.com, an A record to the"
                            + " Access Edge's address: readiness passes"),
            Map.entry(Scenario.SRV_WRONG_PORT, "fabrikam.contoso.com's _sip._tls SRV record names port 5061, not 443"),
            Map.entry(
                    Scenario.SRV_NOT_EDGE,
                    "fabrikam.contoso.com's _sipfederationtls._tcp SRV target resolves to 192.0.2.10, not the Access"
                            + " Edge's address"),
            Map.entry(
                    Scenario.SRV_TARGET_UNRESOLVED,
                    "fabrikam.contoso.com's _sipfederationtls._tcp SRV target has no address record"),
            Map.entry(
                    Scenario.USER_NOT_SYNCED,
                    "the first " + Scenario.BROKEN_USERS + " users are not synced to the tenant"),
            Map.entry(
                    Scenario.USER_UNLICENSED,
                    "the first " + Scenario.BROKEN_USERS + " users have no Teams / Skype for Business Online licence"),
            Map.entry(
                    Scenario.USER_NO_USAGE_LOCATION,
                    "the first " + Scenario.BROKEN_USERS + " users have no usage location"),
            Map.entry(
                    Scenario.USERS_PROVISIONING_MIXED,
                    "user00001 is still being provisioned online (fault 507), user00002 has validation errors and"
                            + " user00003's msRTCSIP attributes never synced (fault 506); the rest are provisioned"),
            Map.entry(
                    Scenario.POOL_SERVER_BELOW_MINIMUM,
                    "pool01 has three Front End servers on three builds; " + World.OUTDATED_SERVER
                            + " is one build below the minimum for moves"),
            Map.entry(
                    Scenario.GCC_HIGH_TENANT,
                    "the tenant is in GCC High: TeamsGCCH sign-in, GCC High's sipfed hosting provider, government"
                            + " licence plans"),
            Map.entry(
                    Scenario.REPLICA_LAGGING,
                    "the Edge's CMS replica (" + World.EDGE_REPLICA + ") stays behind (UpToDate False)"),
            Map.entry(
                    Scenario.REPLICA_CATCHING_UP,
                    "a change was just published: the Edge's CMS replica is behind for 40 s, then up to date")));

    private ScenarioDescriptions() {}

    /** The scenario's line, or empty text for a scenario nobody described yet (the test says which). */
    public static String of(Scenario scenario) {
        return LINES.getOrDefault(scenario, "");
    }
}
