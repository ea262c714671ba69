package io.jenkins.plugins.lynchybrid.jenkins.steps;

import hudson.util.Secret;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridConfiguration;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridSite;
import io.jenkins.plugins.lynchybrid.jenkins.credentials.TestCredentials;
import io.jenkins.plugins.lynchybrid.simulator.SimulatedHybrid;
import io.jenkins.plugins.lynchybrid.simulator.world.Faults;
import io.jenkins.plugins.lynchybrid.simulator.world.OnPremUser;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The simulated contoso.com hybrid on 127.0.0.1, configured in Jenkins as site {@value #SITE} exactly as an
 * administrator would configure a real one: its shell host command is the simulator's host process, its tenant
 * administrator a username/password credential holding {@link TestCredentials#PASSWORD}.
 */
final class SimulatedContoso implements AutoCloseable {
    static final String SITE = "contoso";
    static final String CREDENTIALS_ID = "contoso-tenant-admin";
    private static final String TRUST_PASSWORD = "simulator-trust";

    private final SimulatedHybrid hybrid;
    private final Path trustStore;
    private final String trustPassword;

    private SimulatedContoso(SimulatedHybrid hybrid, Path trustStore, String trustPassword) {
        this.hybrid = hybrid;
        this.trustStore = trustStore;
        this.trustPassword = trustPassword;
    }

    static SimulatedContoso start(Scenario scenario, int users, Faults faults) throws IOException {
        return start(scenario, users, faults, TRUST_PASSWORD);
    }

    /** With the site's trust store locked by {@code trustPassword}. */
    static SimulatedContoso start(Scenario scenario, int users, Faults faults, String trustPassword)
            throws IOException {
        SimulatedHybrid hybrid = SimulatedHybrid.start(scenario, users, TestCredentials.PASSWORD.toCharArray(), faults);
        Path trustStore = Files.createTempFile("contoso-trust", ".p12");
        hybrid.writeTrustStore(trustStore, trustPassword.toCharArray());
        return new SimulatedContoso(hybrid, trustStore, trustPassword);
    }

    /** Adds the site and its tenant administrator credentials to the running Jenkins. */
    void configureJenkins() throws Exception {
        String cloud = hybrid.cloudBaseUrl() + "/";
        LyncHybridSite site = new LyncHybridSite(SITE);
        site.setSipDomains(World.SIP_DOMAIN + ", " + World.SECOND_SIP_DOMAIN);
        site.setTenant(World.TENANT_DOMAIN);
        site.setPoolFqdn(World.POOL_FQDN);
        site.setEdgeAccessFqdn(World.ACCESS_EDGE_FQDN);
        site.setEdgeProbeAddress("127.0.0.1:" + hybrid.edgeAddress().getPort());
        site.setCloud("simulated");
        site.setAuthorityHost(cloud);
        site.setGraphEndpoint(cloud);
        site.setHostingProviderFqdn(World.SIPFED);
        site.setAutodiscoverUrl(World.AUTODISCOVER_URL);
        site.setHostedMigrationOverrideUrl(World.HOSTED_MIGRATION_URL);
        site.setPublicClientId(World.PUBLIC_CLIENT_ID);
        site.setDnsResolver("127.0.0.1:" + hybrid.dnsAddress().getPort());
        site.setTrustStore(trustStore.toString());
        site.setTrustStorePassword(Secret.fromString(trustPassword));
        site.setShellCommand(String.join("\n", hybrid.shellHostCommand()));
        site.setShellHosts(2);
        site.setShellCommandTimeoutSeconds(60);
        site.setCredentialsId(CREDENTIALS_ID);
        LyncHybridConfiguration.get().setSites(List.of(site));
        TestCredentials.addUsernamePassword(CREDENTIALS_ID, World.ADMIN_USERNAME);
    }

    /**
     * As {@link #configureJenkins}, for a test that restarts the controller while a Move-CsUser call is held: the held
     * call must outlast the test, since the first controller's shell host may not give up on it and retry.
     */
    void configureJenkinsToRestartMidCall() throws Exception {
        configureJenkins();
        LyncHybridSite site = LyncHybridConfiguration.get().findSite(SITE).orElseThrow();
        site.setShellCommandTimeoutSeconds(3600);
        LyncHybridConfiguration.get().setSites(List.of(site));
    }

    World world() {
        return hybrid.world();
    }

    /** The SIP addresses of the first {@code count} users, in the world's order. */
    List<String> sipAddresses(int count) {
        return world().read(w ->
                w.users().stream().limit(count).map(OnPremUser::sipAddress).toList());
    }

    /** A user list as the steps read it: a CSV with a SipAddress column. */
    static String csv(List<String> sipAddresses) {
        return Stream.concat(Stream.of("SipAddress"), sipAddresses.stream()).collect(Collectors.joining("\n"));
    }

    /** How many times the simulated service moved each of these users. */
    List<Integer> moveCounts(List<String> sipAddresses) {
        return world().read(w ->
                sipAddresses.stream().map(s -> w.user(s).orElseThrow().moves()).toList());
    }

    @Override
    public void close() throws IOException {
        hybrid.close();
        Files.deleteIfExists(trustStore);
    }

    /**
     * Every file under {@code dir} that holds {@code secret}, as text or Base64 (credentials-binding's
     * BindingStepTest.grep): the log, build.xml, program.dat, the flow nodes with their step arguments, the reports.
     */
    static Set<String> filesContaining(File dir, String secret) throws IOException {
        String base64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(dir.toPath())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                if (text.contains(secret) || text.contains(base64)) {
                    found.add(dir.toPath().relativize(file).toString());
                }
            }
        }
        return found;
    }
}
