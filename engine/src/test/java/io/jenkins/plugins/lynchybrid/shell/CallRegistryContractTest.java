package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.jenkins.plugins.lynchybrid.accounts.Bypass;
import io.jenkins.plugins.lynchybrid.accounts.Home;
import io.jenkins.plugins.lynchybrid.configure.Change;
import io.jenkins.plugins.lynchybrid.configure.CurrentState;
import io.jenkins.plugins.lynchybrid.configure.DesiredState;
import io.jenkins.plugins.lynchybrid.configure.Planner;
import io.jenkins.plugins.lynchybrid.move.MoveCall;
import io.jenkins.plugins.lynchybrid.simulator.contract.Binder;
import io.jenkins.plugins.lynchybrid.simulator.contract.BindingError;
import io.jenkins.plugins.lynchybrid.simulator.contract.CmdletContract;
import io.jenkins.plugins.lynchybrid.simulator.contract.Contract;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import io.jenkins.plugins.lynchybrid.site.FederationChoice;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.ServerVersion;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every call the engine can make, from the one registry ({@link Calls}), bound against Microsoft's cmdlet contract
 * for each server version, with every combination of the options each builder takes: zero rejections.
 */
class CallRegistryContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Contract CONTRACT = Contract.get();
    private static final Binder BINDER = new Binder(CONTRACT);
    private static final String USER = "sip:user00001@contoso.com";
    private static final String OVERRIDE = "https://admin0a.online.lync.com/HostedMigration/hostedmigrationService.svc";
    /** PowerShell's own command, outside Microsoft's Lync and Teams reference. */
    private static final Set<String> OUTSIDE_CONTRACT = Set.of("Get-Module", Calls.READ_POOL_SERVER_BUILD);

    /** Each builder of the registry → every call it makes for a version, each option combination included. */
    private static final Map<String, Function<ServerVersion, List<CmdletCall>>> EXAMPLES = examples();

    @Test
    void everyBuilderOfTheRegistryHasExamplesHere() {
        Set<String> builders = Arrays.stream(Calls.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType() == CmdletCall.class)
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(builders, new TreeSet<>(EXAMPLES.keySet()));
    }

    @Test
    void noEngineClassBuildsACmdletCallOutsideTheRegistry() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> outside;
        try (Stream<Path> files = Files.walk(main)) {
            outside = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("shell", "Calls.java"))
                            && !f.endsWith(Path.of("shell", "CmdletCall.java")))
                    .filter(f -> read(f).contains("CmdletCall.of("))
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), outside);
    }

    @ParameterizedTest
    @EnumSource(ServerVersion.class)
    void everyCallBindsOnEveryServerVersion(ServerVersion version) {
        ServerProduct product = ServerProduct.valueOf(version.name());
        List<String> rejected = new ArrayList<>();
        int bound = 0;
        for (Map.Entry<String, Function<ServerVersion, List<CmdletCall>>> builder : EXAMPLES.entrySet()) {
            for (CmdletCall call : builder.getValue().apply(version)) {
                if (OUTSIDE_CONTRACT.contains(call.cmdlet())) {
                    continue;
                }
                CmdletContract cmdlet = (call.cmdlet().startsWith(Calls.TEAMS_MODULE)
                                ? CONTRACT.onlineCmdlet(call.cmdlet().substring(Calls.TEAMS_MODULE.length()))
                                : CONTRACT.cmdlet(call.cmdlet()))
                        .orElseThrow(() -> new AssertionError(builder.getKey() + " calls " + call.cmdlet()
                                + ", which the contract does not document"));
                try {
                    BINDER.bind(cmdlet, product, JSON.valueToTree(call.parameters()));
                    bound++;
                } catch (BindingError e) {
                    rejected.add(builder.getKey() + ": " + CommandLine.of(call) + " -> " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), rejected);
        assertTrue(bound > 40, "only " + bound + " calls were bound");
    }

    @Test
    void lyncServer2013HasNoGetCsServerPatchVersionSoTheEngineNeverCallsItThere() {
        assertFalse(CONTRACT.cmdlet("Get-CsServerPatchVersion").orElseThrow().existsOn(ServerProduct.LYNC_2013));
    }

    @ParameterizedTest
    @EnumSource(ServerVersion.class)
    void moveCsUserAlwaysCarriesTheCredentialAndNeverARetiredSwitch(ServerVersion version) {
        for (CmdletCall call : moves(version)) {
            assertEquals(Calls.SESSION_CREDENTIAL, call.parameters().get("Credential"), CommandLine.of(call));
            for (String retired : List.of("UseOAuth", "MoveToTeams", "BypassAudioConferencingCheck")) {
                assertFalse(call.parameters().containsKey(retired), CommandLine.of(call));
            }
        }
    }

    private static Map<String, Function<ServerVersion, List<CmdletCall>>> examples() {
        Map<String, Function<ServerVersion, List<CmdletCall>>> all = new LinkedHashMap<>();
        all.put("getUser", v -> List.of(Calls.getUser(USER)));
        all.put("getUsers", v -> List.of(Calls.getUsers()));
        all.put("getOnlineUser", v -> List.of(Calls.getOnlineUser(USER)));
        all.put("getMeetingMigrationStatus", v -> List.of(Calls.getMeetingMigrationStatus(USER)));
        all.put("getMeetingMigrationSummary", v -> List.of(Calls.getMeetingMigrationSummary()));
        all.put("getUsersInOu", v -> List.of(Calls.getUsersInOu("OU=Users,OU=Lync,DC=contoso,DC=com")));
        all.put("getUsersByFilter", v -> List.of(Calls.getUsersByFilter("EnterpriseVoiceEnabled -eq $true")));
        all.put(
                "getUsersByLdapFilter",
                v -> List.of(
                        Calls.getUsersByLdapFilter(io.jenkins.plugins.lynchybrid.accounts.LdapFilters.anySipAddress(
                                List.of(USER, "sip:a*(b)\\c@contoso.com")))));
        all.put("moveUser", CallRegistryContractTest::moves);
        all.put("getConferencingPolicies", v -> List.of(Calls.getConferencingPolicies()));
        all.put("getRegistrars", v -> List.of(Calls.getRegistrars()));
        all.put("getEdgeServers", v -> List.of(Calls.getEdgeServers()));
        all.put("getSites", v -> List.of(Calls.getSites()));
        all.put("getReplicationStatus", v -> List.of(Calls.getReplicationStatus()));
        all.put("getAllowedDomains", v -> List.of(Calls.getAllowedDomains()));
        all.put("getBlockedDomains", v -> List.of(Calls.getBlockedDomains()));
        all.put("getTenant", v -> List.of(Calls.getTenant()));
        all.put("removeTeamsUpgradePolicy", v -> List.of(Calls.removeTeamsUpgradePolicy(USER)));
        all.put("getPool", v -> List.of(Calls.getPool("pool01.contoso.com")));
        all.put("readPoolServerBuild", v -> List.of(Calls.readPoolServerBuild("fe01.contoso.com", v.teamsEra())));
        all.put("getModule", v -> List.of(Calls.getModule("MicrosoftTeams")));
        all.put("getAccessEdge", v -> List.of(Calls.getAccessEdge()));
        all.put("getHostingProviders", v -> List.of(Calls.getHostingProviders()));
        all.put("getExternalAccessPolicies", v -> List.of(Calls.getExternalAccessPolicies()));
        all.put("getExternalAccessPolicy", v -> List.of(Calls.getExternalAccessPolicy(Calls.GLOBAL)));
        all.put("getTenantFederation", v -> List.of(Calls.getTenantFederation()));
        all.put("getOnlineUser", v -> List.of(Calls.getOnlineUser("user00001@contoso.com")));
        all.put(
                "getOnlineUsersByFilter",
                v -> List.of(Calls.getOnlineUsersByFilter(
                        "UserPrincipalName -eq 'a@contoso.com' -or UserPrincipalName -eq 'b@contoso.com'")));
        // the notification cmdlets are called only where the notify job supports the version (2019)
        all.put(
                "getTeamsUpgradePolicy",
                v -> v == ServerVersion.SFB_2019
                        ? List.of(Calls.getTeamsUpgradePolicy("LyncHybridNotify"))
                        : List.of());
        all.put(
                "newNotifyingTeamsUpgradePolicy",
                v -> v == ServerVersion.SFB_2019
                        ? List.of(Calls.newNotifyingTeamsUpgradePolicy("LyncHybridNotify"))
                        : List.of());
        all.put(
                "grantTeamsUpgradePolicy",
                v -> v == ServerVersion.SFB_2019
                        ? List.of(Calls.grantTeamsUpgradePolicy(USER, "LyncHybridNotify"))
                        : List.of());
        // the setters, as the planner makes them for every desired setting of the version
        all.put("setAccessEdge", v -> planned(v, "Set-CsAccessEdgeConfiguration", true));
        all.put("routeByDnsSrvWithPartnerDiscovery", v -> planned(v, "Set-CsAccessEdgeConfiguration", false));
        all.put("newHostingProvider", v -> planned(v, "New-CsHostingProvider", null));
        all.put("setHostingProvider", v -> planned(v, "Set-CsHostingProvider", null));
        all.put("removeHostingProvider", v -> planned(v, "Remove-CsHostingProvider", null));
        all.put("setGlobalExternalAccessPolicy", v -> planned(v, "Set-CsExternalAccessPolicy", null));
        all.put("setTenantFederation", v -> planned(v, "Set-CsTenantFederationConfiguration", null));
        return all;
    }

    /**
     * Move-CsUser for every combination: direction, override URL or not, voice bypass asked or not, with the
     * parameters the version's build reports (Get-Command) and with the engine's fallback when a host reports none.
     */
    private static List<CmdletCall> moves(ServerVersion version) {
        Set<String> reported = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        reported.addAll(BINDER.commandParameters(
                CONTRACT.cmdlet("Move-CsUser").orElseThrow(), ServerProduct.valueOf(version.name())));
        HybridSite site = TestSites.contoso(Optional.empty(), Optional.empty(), Optional.empty());
        List<CmdletCall> calls = new ArrayList<>();
        for (String target : List.of("sipfed.online.lync.com", "pool01.contoso.com")) {
            for (String url : Arrays.asList(null, OVERRIDE)) {
                for (boolean bypass : List.of(false, true)) {
                    calls.add(Calls.moveUser(USER, target, url, bypass, reported));
                }
            }
        }
        MoveCall fallback = new MoveCall(withVersion(site, version), Optional.empty(), java.util.Map.of());
        for (Home to : Home.values()) {
            for (Set<Bypass> bypasses : List.of(Set.<Bypass>of(), EnumSet.allOf(Bypass.class))) {
                calls.add(fallback.build(USER, to, bypasses));
            }
        }
        return calls;
    }

    /**
     * The calls of {@code cmdlet} the planner makes from nothing (every setting differs, the provider is missing)
     * and from a stale provider (removed) next to a wrong one (each setting set); {@code withIdentity} picks the
     * Edge's Identity-set calls (true) or its DnsSrvRouting call (false).
     */
    private static List<CmdletCall> planned(ServerVersion version, String cmdlet, Boolean withIdentity) {
        HybridSite plain =
                withVersion(TestSites.contoso(Optional.empty(), Optional.empty(), Optional.empty()), version);
        PsObject empty = new PsObject(JsonNodeFactory.instance.objectNode());
        PsObject stale = object(Map.of("Identity", "LyncOnline", "ProxyFqdn", "sipfed.outlook.com"));
        PsObject wrong =
                object(Map.of("Identity", "Skype", "ProxyFqdn", plain.cloud().hostingProviderFqdn()));
        List<CmdletCall> calls = new ArrayList<>();
        // every federation choice a site file may state: open or closed, the Global policy federating or not
        for (boolean open : List.of(true, false)) {
            HybridSite site = plain.withFederation(new FederationChoice(Optional.of(open), Optional.of(open)));
            Planner planner = new Planner("contoso", DesiredState.forSite(site));
            for (CurrentState state : List.of(
                    new CurrentState(empty, List.of(), empty, empty),
                    new CurrentState(empty, List.of(stale, wrong), empty, empty))) {
                planner.plan(state).changes().stream()
                        .map(Change::call)
                        .filter(c -> c.cmdlet().equals(cmdlet))
                        .filter(c -> withIdentity == null || c.parameters().containsKey("Identity") == withIdentity)
                        .forEach(calls::add);
            }
        }
        assertFalse(calls.isEmpty(), "the planner makes no " + cmdlet + " call for " + version);
        return calls;
    }

    private static PsObject object(Map<String, Object> properties) {
        return new PsObject(JSON.valueToTree(properties));
    }

    private static HybridSite withVersion(HybridSite site, ServerVersion version) {
        return TestSites.contoso(
                Optional.empty(), Optional.empty(), Optional.empty(), site.cloud(), version, site.shell());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
