package io.jenkins.plugins.lynchybrid.cli;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.auth.AppCredential;
import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.errors.ReadableFile;
import io.jenkins.plugins.lynchybrid.shell.LocalProcessLauncher;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.site.SiteFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every job command shares: which hybrid, and where the tenant admin's password is. */
final class SiteOptions {
    @Option(
            names = "--site",
            required = true,
            paramLabel = "FILE",
            description = "the site file (JSON) describing the hybrid")
    Path siteFile;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "file whose first line is the tenant admin password (never pass it as an argument)")
    Path passwordFile;

    @Option(
            names = "--app-certificate",
            paramLabel = "FILE",
            description = "PKCS12 (.pfx) with the certificate and private key of the app registration the site's"
                    + " appRegistration names: Graph then signs in app-only (recommended, see docs/cloud-sign-in.md)")
    Path appCertificate;

    @Option(
            names = "--app-certificate-password-file",
            paramLabel = "FILE",
            description = "file whose first line is the password of the --app-certificate file")
    Path appCertificatePasswordFile;

    HybridSite site() {
        return SiteFile.read(siteFile);
    }

    /** Opens the hybrid's connections on this machine; notices (not secrets) go to {@code err}. */
    HybridConnections open(HybridSite site, PrintWriter err) {
        if (passwordFile == null) {
            throw new ConfigurationException("--password-file is missing: the tenant admin " + site.adminUsername()
                    + " signs in to the online session and Graph with it");
        }
        Optional<AppCredential> app = app(site);
        char[] password = PasswordFile.read(passwordFile);
        try {
            return new HybridConnections(
                    site,
                    new AccountCredential(site.adminUsername(), password),
                    Optional.empty(),
                    app,
                    new LocalProcessLauncher(),
                    notice -> {
                        err.println("lync-hybrid: " + notice);
                        err.flush();
                    });
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The app-only credential for Graph, when the command line gives the app's certificate. */
    private Optional<AppCredential> app(HybridSite site) {
        if (appCertificate == null) {
            return Optional.empty();
        }
        String clientId = site.appRegistration()
                .orElseThrow(() -> new ConfigurationException("--app-certificate needs the site file's appRegistration"
                        + " (the app's client id): see docs/site-file.md"));
        ReadableFile.require(appCertificate, appCertificate.toString());
        char[] password = appCertificatePasswordFile == null
                ? new char[0]
                : PasswordFile.read(appCertificatePasswordFile, "--app-certificate-password-file");
        try {
            return Optional.of(AppCredential.fromPkcs12(clientId, appCertificate, password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
