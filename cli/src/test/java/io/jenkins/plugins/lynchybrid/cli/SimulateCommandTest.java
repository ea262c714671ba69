package io.jenkins.plugins.lynchybrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.File;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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

    /**
     * {@code java -jar cli/target/lync-hybrid.jar simulate} from the repository root starts with a relative class
     * path; the site file it writes must still start the shell host when readiness runs from another folder.
     */
    @Test
    void aSiteFileWrittenInOneFolderWorksFromAnother() throws Exception {
        Path repositoryRoot = Files.createDirectories(dir.resolve("checkout"));
        Path siteFile = dir.resolve("site/site.json");
        Path passwordFile = dir.resolve("site/pw");
        String relativeClassPath = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> repositoryRoot
                        .relativize(Path.of(entry).toAbsolutePath())
                        .toString())
                .collect(Collectors.joining(File.pathSeparator));
        Process simulator = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        relativeClassPath,
                        Main.class.getName(),
                        "simulate",
                        "--users",
                        "5",
                        "--site-file",
                        siteFile.toString(),
                        "--password-file",
                        passwordFile.toString())
                .directory(repositoryRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("simulator.log").toFile())
                .start();
        try {
            awaitFile(siteFile, simulator);
            StringWriter out = new StringWriter();
            CommandLine readiness =
                    Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(out));

            // this JVM's working directory is the cli module, not the folder the simulator started in
            int exit = readiness.execute(
                    "readiness",
                    "--site",
                    siteFile.toString(),
                    "--password-file",
                    passwordFile.toString(),
                    "--report-dir",
                    dir.resolve("report").toString());

            assertTrue(
                    out.toString().contains("PASS    onprem.management-shell"),
                    out + "\nsimulator log:\n" + Files.readString(dir.resolve("simulator.log")));
            assertEquals(0, exit, out.toString());
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
