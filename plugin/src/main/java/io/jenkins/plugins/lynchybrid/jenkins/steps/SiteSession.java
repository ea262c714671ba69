package io.jenkins.plugins.lynchybrid.jenkins.steps;

import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.auth.AppCredential;
import io.jenkins.plugins.lynchybrid.connect.HybridConnections;
import io.jenkins.plugins.lynchybrid.errors.HybridException;
import io.jenkins.plugins.lynchybrid.errors.JournalHeldException;
import io.jenkins.plugins.lynchybrid.jenkins.agent.AgentProcessLauncher;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridConfiguration;
import io.jenkins.plugins.lynchybrid.jenkins.config.LyncHybridSite;
import io.jenkins.plugins.lynchybrid.jenkins.config.SiteTranslator;
import io.jenkins.plugins.lynchybrid.jenkins.console.SecretMasker;
import io.jenkins.plugins.lynchybrid.jenkins.credentials.CredentialKind;
import io.jenkins.plugins.lynchybrid.jenkins.credentials.RunCredentials;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.text.ConsoleText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * One step's way into a configured site: the site and its credentials resolved for the build, a console that
 * masks the passwords, and the engine's connections with the shell hosts started on the step's node. The engine
 * itself (sign-in, Graph, reports) runs on the controller. Close it to stop the hosts and wipe the passwords.
 */
final class SiteSession implements AutoCloseable {
    private final HybridSite site;
    private final HybridConnections connections;
    private final SecretMasker masker;
    private final PrintStream console;

    private SiteSession(HybridSite site, HybridConnections connections, SecretMasker masker, PrintStream console) {
        this.site = site;
        this.connections = connections;
        this.masker = masker;
        this.console = console;
    }

    static SiteSession open(StepContext context, String siteName) throws Exception {
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        FilePath workspace = context.get(FilePath.class);
        Launcher launcher = context.get(Launcher.class);
        LyncHybridSite configured = LyncHybridConfiguration.get()
                .findSite(siteName)
                .orElseThrow(() -> new AbortException("No Lync hybrid site is named '" + siteName
                        + "' (Manage Jenkins > System > Lync hybrid sites)"));
        RunCredentials credentials = new RunCredentials(run);
        // every secret the engine may be handed, so that none of them reaches the log or the build's files
        List<String> secrets = new ArrayList<>();
        secrets.add(Secret.toString(configured.getTrustStorePassword()));
        Optional<AppCredential> app = app(credentials, configured, secrets);
        AccountCredential admin = credentials.tenantAdmin(configured.getCredentialsId());
        Optional<AccountCredential> poolAdmin = poolAdmin(credentials, configured);
        secrets.add(new String(admin.password()));
        poolAdmin.ifPresent(account -> secrets.add(new String(account.password())));
        SecretMasker masker = new SecretMasker(secrets);
        PrintStream console = masker.maskingPrintStream(listener.getLogger(), run.getCharset());
        try {
            HybridSite site = SiteTranslator.toHybridSite(configured, admin.username());
            HybridConnections connections = new HybridConnections(
                    site,
                    admin,
                    poolAdmin,
                    app,
                    AgentProcessLauncher.forWorkspace(launcher, workspace),
                    notice -> console.println("lync-hybrid: " + ConsoleText.line(notice)));
            return new SiteSession(site, connections, masker, console);
        } catch (HybridException e) {
            admin.close();
            poolAdmin.ifPresent(AccountCredential::close);
            throw new AbortException(ConsoleText.lines(masker.mask(e.getMessage())));
        } catch (Exception e) {
            admin.close();
            poolAdmin.ifPresent(AccountCredential::close);
            throw masker.masked(e);
        }
    }

    /** The on-premises administrator the remote OcsPowershell session signs in as, when the site names one. */
    private static Optional<AccountCredential> poolAdmin(RunCredentials credentials, LyncHybridSite site)
            throws AbortException {
        if (site.getOnPremCredentialsId() == null) {
            return Optional.empty();
        }
        return Optional.of(credentials.account(site.getOnPremCredentialsId(), "on-premises administrator"));
    }

    /** Secret text is the app's client secret; a certificate credential holds the app's key and certificate. */
    private static Optional<AppCredential> app(RunCredentials credentials, LyncHybridSite site, List<String> secrets)
            throws AbortException {
        if (site.getAppCredentialsId() == null) {
            return Optional.empty();
        }
        StandardCredentials found = credentials.require(
                site.getAppCredentialsId(), CredentialKind.APP_SECRET_OR_CERTIFICATE, "app registration");
        if (found instanceof StringCredentials secret) {
            secrets.add(secret.getSecret().getPlainText());
            return Optional.of(new AppCredential.Secret(
                    site.getAppClientId(), secret.getSecret().getPlainText()));
        }
        StandardCertificateCredentials certificate = (StandardCertificateCredentials) found;
        secrets.add(certificate.getPassword().getPlainText());
        char[] password = certificate.getPassword().getPlainText().toCharArray();
        try {
            return Optional.of(AppCredential.fromKeyStore(
                    site.getAppClientId(),
                    certificate.getKeyStore(),
                    password,
                    "app registration credentials '" + site.getAppCredentialsId() + "'"));
        } catch (HybridException e) {
            throw new AbortException(new SecretMasker(secrets).mask(e.getMessage()));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    HybridSite site() {
        return site;
    }

    /** The build's console, with the password masked. */
    PrintStream console() {
        return console;
    }

    /** Masks the secrets of this session in a failure about to be shown or stored with the build. */
    SecretMasker masker() {
        return masker;
    }

    /**
     * Engine work whose failures become step failures: the engine's own (bad input, the service's answer, a
     * journal another run holds) as their message without a stack trace, shown safe for the log, anything else
     * as it is; every message masked.
     */
    <T> T call(EngineWork<T> work) throws Exception {
        try {
            return work.call(connections);
        } catch (HybridException | JournalHeldException | IllegalArgumentException e) {
            throw new AbortException(ConsoleText.lines(masker.mask(e.getMessage())));
        } catch (Exception e) {
            throw masker.masked(e);
        }
    }

    @FunctionalInterface
    interface EngineWork<T> {
        T call(HybridConnections connections) throws Exception;
    }

    @Override
    public void close() {
        try {
            connections.close();
        } finally {
            // not close(): that would close the build's log; every line written here is complete
            console.flush();
        }
    }
}
