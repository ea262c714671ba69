package io.jenkins.plugins.lynchybrid.connect;

import io.jenkins.plugins.lynchybrid.adfs.FederationMetadataReader;
import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import io.jenkins.plugins.lynchybrid.auth.AdminPasswordTokenSource;
import io.jenkins.plugins.lynchybrid.auth.AppCredential;
import io.jenkins.plugins.lynchybrid.auth.AppTokenSource;
import io.jenkins.plugins.lynchybrid.auth.ConnectionSettings;
import io.jenkins.plugins.lynchybrid.auth.SignInGate;
import io.jenkins.plugins.lynchybrid.auth.TenantAuthority;
import io.jenkins.plugins.lynchybrid.auth.TokenSource;
import io.jenkins.plugins.lynchybrid.dns.DnsProbe;
import io.jenkins.plugins.lynchybrid.errors.SignInRejectedException;
import io.jenkins.plugins.lynchybrid.graph.GraphClient;
import io.jenkins.plugins.lynchybrid.graph.TenantDirectory;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.ProcessLauncher;
import io.jenkins.plugins.lynchybrid.shell.ShellHostPool;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.tls.TlsProbe;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;

/**
 * Both halves of one hybrid, opened on first use and closed together: the Lync shell host pool, Graph,
 * AD FS metadata, DNS and the Edge TLS probe. The CLI and the plugin open one per job, so each job signs in
 * once and starts its shell hosts once. Owns the tenant and pool admin credentials and wipes them on close.
 */
public final class HybridConnections implements AutoCloseable {
    private final HybridSite site;
    private final AccountCredential credential;
    private final Optional<AccountCredential> poolAdmin;
    private final Optional<AppCredential> app;
    private final ProcessLauncher launcher;
    private final Consumer<String> notices;
    private final ConnectionSettings connection;
    private final Deque<AutoCloseable> opened = new ConcurrentLinkedDeque<>();
    /**
     * One lock per door: opening the shell hosts can take minutes (or hang on a broken agent), and the cloud
     * clients must not wait for it.
     */
    private final Object shellLock = new Object();

    private final Object graphLock = new Object();
    private final Object metadataLock = new Object();
    private final SignInGate signIns = new SignInGate();
    private ShellHostPool shell;
    private GraphClient graph;
    private FederationMetadataReader metadata;

    /**
     * @param poolAdmin on-premises admin for the remote OcsPowershell session; empty means the agent's own identity
     * @param app app-only credential for Graph (recommended: certificate); empty means Graph signs in as the admin
     * @param launcher where shell host processes run (this machine, or a Jenkins agent)
     * @param notices one-line notices for the job's log (e.g. that username/password sign-in is deprecated)
     */
    public HybridConnections(
            HybridSite site,
            AccountCredential credential,
            Optional<AccountCredential> poolAdmin,
            Optional<AppCredential> app,
            ProcessLauncher launcher,
            Consumer<String> notices) {
        this.site = site;
        this.credential = credential;
        this.poolAdmin = poolAdmin;
        this.app = app;
        this.launcher = launcher;
        this.notices = notices;
        this.connection = ConnectionSettings.forSite(site);
    }

    public HybridSite site() {
        return site;
    }

    /**
     * The Lync Management Shell (and the tenant-side cmdlets of its online session). When Graph signs in with the
     * admin's password too, that sign-in leads: it starts now, beside the first host's start-up (process and Lync
     * module import, the slow part), and no host signs in before it has answered ({@link SignInGate#lead}). Sign-ins
     * with the password go one at a time until one is accepted, so a host that went first would make the cloud checks
     * wait on the shell; this way a wrong password is still tried once, by the cloud, and a host sends its password
     * only after the tenant accepted it. The first move waits for the longer of the sign-in and a host start, not for
     * both. Returns once the first host has signed in, and throws when it cannot.
     */
    public LyncShell shell() {
        ShellHostPool pool = pool();
        pool.awaitSignIn();
        return pool;
    }

    /**
     * As {@link #shell()}, but returned as soon as the first host has imported the Lync shell, while its sign-in may
     * still wait for the cloud's: on-premises cmdlets answer at once, tenant cmdlets wait for the sign-in and fail
     * with its failure. For the move job, whose first user's on-premises reads then no longer wait behind the sign-in
     * (issue 15); every other job takes {@link #shell()}, so a refused password fails it before its first cmdlet.
     */
    public LyncShell shellWhileSigningIn() {
        return pool();
    }

    private ShellHostPool pool() {
        synchronized (shellLock) {
            if (shell == null) {
                if (app.isEmpty()) {
                    signIns.lead(signInToTheCloudFirst());
                }
                shell = remember(ShellHostPool.open(
                        site.shell(),
                        launcher,
                        credential,
                        poolAdmin,
                        site.cloud().teamsEnvironmentName(),
                        signIns));
            }
            return shell;
        }
    }

    /** A refusal ends it exceptionally (the gate then refuses every later sign-in); the cloud out of reach leaves the hosts to try. */
    private CompletableFuture<Void> signInToTheCloudFirst() {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        graph().signIn();
                    } catch (SignInRejectedException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        // Graph unreachable or slow says nothing about the password: the hosts sign in themselves
                    }
                },
                // one thread that ends with the sign-in (bounded by the connection's timeouts)
                runnable -> {
                    Thread thread = new Thread(runnable, "lync-hybrid-cloud-sign-in");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    public TenantDirectory directory() {
        return graph();
    }

    /** The Graph client itself, for calls beyond {@link TenantDirectory} (raw JSON reads). */
    public GraphClient graph() {
        synchronized (graphLock) {
            if (graph == null) {
                graph = remember(new GraphClient(site.cloud(), tokens(), connection));
            }
            return graph;
        }
    }

    public FederationMetadataReader federationMetadata() {
        synchronized (metadataLock) {
            if (metadata == null) {
                metadata = remember(new FederationMetadataReader(connection));
            }
            return metadata;
        }
    }

    public DnsProbe dns() {
        return DnsProbe.forSite(site);
    }

    public TlsProbe tls() {
        return TlsProbe.forSite(site);
    }

    private TokenSource tokens() {
        TenantAuthority authority = new TenantAuthority(site.cloud(), site.tenant());
        if (app.isPresent()) {
            return new AppTokenSource(authority, app.get(), connection);
        }
        return new AdminPasswordTokenSource(authority, site.publicClientId(), credential, connection, notices, signIns);
    }

    private <T extends AutoCloseable> T remember(T resource) {
        opened.push(resource);
        return resource;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (AutoCloseable resource = opened.pollFirst(); resource != null; resource = opened.pollFirst()) {
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing the hybrid connections failed: " + e.getMessage(), e);
                }
            }
        }
        credential.close();
        poolAdmin.ifPresent(AccountCredential::close);
        if (failure != null) {
            throw failure;
        }
    }
}
