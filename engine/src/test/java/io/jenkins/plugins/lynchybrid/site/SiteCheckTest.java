package io.jenkins.plugins.lynchybrid.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCheckTest {
    @TempDir
    Path dir;

    private Path site(String json) throws IOException {
        return Files.writeString(dir.resolve("site.json"), json);
    }

    private static Optional<SiteCheck.Verdict> verdict(List<SiteCheck.Verdict> verdicts, String field) {
        return verdicts.stream().filter(v -> v.field().equals(field)).findFirst();
    }

    @Test
    void aMinimalSiteFileIsUsableAndSaysWhichDefaultsApply() throws IOException {
        List<SiteCheck.Verdict> verdicts = SiteCheck.check(site(SiteFileTest.MINIMAL));

        assertTrue(verdicts.stream().noneMatch(v -> v.outcome() == SiteCheck.Outcome.ERROR), verdicts.toString());
        assertEquals(
                SiteCheck.Outcome.DEFAULT,
                verdict(verdicts, "serverVersion").orElseThrow().outcome());
        assertEquals(
                "pool01.contoso.com",
                verdict(verdicts, "poolFqdn").orElseThrow().message());
    }

    @Test
    void everyWrongFieldIsNamedNotOnlyTheFirst() throws IOException {
        List<SiteCheck.Verdict> verdicts = SiteCheck.check(site("""
                {"sipDomains":"contoso.com","poolFQDN":"pool01.contoso.com","edgeAccessFqdn":"sip.contoso.com",
                 "serverVersion":"lync2010","dnsResolver":"10.0.0.53","publicClientId":"app",
                 "adminUsername":"admin@contoso.onmicrosoft.com","shell":{"command":["powershell.exe"],"hosts":"four"}}
                """));

        assertTrue(verdict(verdicts, "sipDomains").orElseThrow().message().contains("array of text"));
        assertEquals(
                "unknown field: did you mean poolFqdn? (names are case-sensitive)",
                verdict(verdicts, "poolFQDN").orElseThrow().message());
        assertTrue(verdict(verdicts, "poolFqdn").orElseThrow().message().startsWith("missing: required"));
        assertTrue(verdict(verdicts, "tenant").orElseThrow().message().startsWith("missing"));
        assertTrue(verdict(verdicts, "serverVersion").orElseThrow().message().contains("lync2013, sfb2015, sfb2019"));
        assertTrue(verdict(verdicts, "dnsResolver").orElseThrow().message().contains("host:port"));
        assertTrue(verdict(verdicts, "shell.hosts").orElseThrow().message().contains("whole number"));
    }

    @Test
    void aFederationChoiceMustBeTrueOrFalseNotText() throws IOException {
        List<SiteCheck.Verdict> verdicts = SiteCheck.check(site(SiteFileTest.MINIMAL.replace(
                "{\"sipDomains\"",
                "{\"federation\":{\"partnerDiscovery\":\"true\",\"globalFederationAccess\":false},\"sipDomains\"")));

        SiteCheck.Verdict quoted =
                verdict(verdicts, "federation.partnerDiscovery").orElseThrow();
        assertEquals(SiteCheck.Outcome.ERROR, quoted.outcome());
        assertTrue(quoted.message().contains("must be true or false"), quoted.message());
        SiteCheck.Verdict given =
                verdict(verdicts, "federation.globalFederationAccess").orElseThrow();
        assertEquals(SiteCheck.Outcome.OK, given.outcome());
        assertEquals("false", given.message());
    }

    @Test
    void aTrustStoreIsFoundRelativeToTheSiteFileNotTheWorkingDirectory() throws IOException {
        Files.write(dir.resolve("corp-root.p12"), new byte[] {1});
        Path file = site(
                SiteFileTest.MINIMAL.replace("\"shell\"", "\"trustStore\":{\"path\":\"corp-root.p12\"},\"shell\""));

        List<SiteCheck.Verdict> verdicts = SiteCheck.check(file);

        assertEquals(
                dir.resolve("corp-root.p12").toString(),
                verdict(verdicts, "trustStore.path").orElseThrow().message());
        assertEquals(
                dir.resolve("corp-root.p12"),
                SiteFile.read(file).trustStore().orElseThrow().path());
    }

    @Test
    void aMissingTrustStoreSaysWhereItWasLookedFor() throws IOException {
        Path file = site(SiteFileTest.MINIMAL.replace("\"shell\"", "\"trustStore\":{\"path\":\"nope.p12\"},\"shell\""));

        String message =
                verdict(SiteCheck.check(file), "trustStore.path").orElseThrow().message();

        assertEquals(
                "cannot read trustStore.path nope.p12 (" + dir.resolve("nope.p12") + ", relative to the site file):"
                        + " no such file",
                message);
    }

    @Test
    void aTrustStorePasswordIsNeverShown() throws IOException {
        Files.write(dir.resolve("root.p12"), new byte[] {1});
        Path file = site(SiteFileTest.MINIMAL.replace(
                "\"shell\"", "\"trustStore\":{\"path\":\"root.p12\",\"password\":\"hunter2\"},\"shell\""));

        List<SiteCheck.Verdict> verdicts = SiteCheck.check(file);

        assertFalse(verdicts.toString().contains("hunter2"), verdicts.toString());
    }

    @Test
    void commentsAreAllowedSoAnAdminCanSayWhy() throws IOException {
        Path file = site("// the lab hybrid\n"
                + SiteFileTest.MINIMAL.replace("{\"sipDomains\"", "{/* shared */ \"sipDomains\""));

        assertEquals("contoso.com", SiteFile.read(file).primarySipDomain());
    }

    @Test
    void aMissingSiteFileIsAnErrorInWords() {
        Path missing = dir.resolve("nothing-here.json");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SiteCheck.check(missing));

        assertEquals("cannot read site file " + missing + ": no such file", e.getMessage());
    }

    @Test
    void brokenJsonSaysWhere() throws IOException {
        Path file = site("{\"sipDomains\": [\"contoso.com\",]\n,}");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SiteCheck.check(file));

        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("(line 1, column"), e.getMessage());
    }

    @Test
    void aRelativeShellScriptPathIsResolvedFromTheSiteFile() throws IOException {
        Path file = site(SiteFileTest.MINIMAL.replace("[\"powershell.exe\"]", "[\"./hosts/lync-host\", \"--quiet\"]"));

        assertEquals(
                List.of(dir.resolve("hosts/lync-host").toString(), "--quiet"),
                SiteFile.read(file).shell().command());
    }
}
