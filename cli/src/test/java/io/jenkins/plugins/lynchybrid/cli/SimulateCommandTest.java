package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void simulateWritesASiteFileWhoseSimulatorAnswersUntilTerminated() throws Exception {
        Path siteFile = dir.resolve("site.json");
        Path passwordFile = dir.resolve("pw");
        Process simulator = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "simulate",
                        "--scenario",
                        "shared-sip-off",
                        "--users",
                        "12",
                        "--site-file",
                        siteFile.toString(),
                        "--password-file",
                        passwordFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("simulator.log").toFile())
                .start();
        try {
            awaitFile(siteFile, simulator);
            HybridSite site = SiteFile.read(siteFile);

            String state = get(site, "/_simulator/state");

            assertEquals(12, state.split("\"sipAddress\"").length - 1, state);
            assertEquals(
                    Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(passwordFile));
            assertFalse(Files.readString(siteFile)
                    .contains(Files.readString(passwordFile).strip()));
        } finally {
            simulator.destroy();
            assertTrue(simulator.waitFor(30, TimeUnit.SECONDS), "simulator did not stop on SIGTERM");
        }
    }

    @Test
    void anUnknownScenarioIsAUsageErrorNamingIt() {
        int exit = Main.commandLine()
                .setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                .execute(
                        "simulate",
                        "--scenario",
                        "no-such",
                        "--site-file",
                        dir.resolve("s.json").toString());
        assertEquals(Main.EXIT_USAGE, exit);
    }

    private static void awaitFile(Path file, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!Files.exists(file) && process.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(file), "no site file; simulator alive: " + process.isAlive());
    }

    private static String get(HybridSite site, String path) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in =
                Files.newInputStream(site.trustStore().orElseThrow().path())) {
            trust.load(in, site.trustStore().orElseThrow().password().toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        URI uri = site.cloud().graphEndpoint().resolve(path);
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
