package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * The fix for a failed sign-in or shell start-up, matched to what actually went wrong: a refused password is not
 * a wrong shell command, and a refused connection is not a wrong password. Entra ID's AADSTS codes are Microsoft's
 * documented sign-in error codes (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 */
final class CauseFixes {
    private CauseFixes() {}

    /** Why Graph (or the sign-in before it) failed, and what fixes that cause. */
    static String signIn(Exception e, HybridSite site) {
        return credentialFix(e, site)
                .or(() -> networkFix(e, site))
                .orElse("Check the site's tenant (" + site.tenant() + ") and adminUsername (" + site.adminUsername()
                        + "), the password file, and that the account is a Global or Teams administrator.");
    }

    /** Why the shell host did not start or answer, and what fixes that cause. */
    static String managementShell(Exception e, HybridSite site, String module) {
        Optional<String> credential = credentialFix(e, site);
        if (credential.isPresent()) {
            return credential.get() + " (the shell host signs in to the tenant with the same account at start-up.)";
        }
        if (e instanceof ShellException shell && "OpenError".equals(shell.category())) {
            return "The remote session to " + site.shell().remotePoolUrl() + " was refused: check shell.remotePoolUrl"
                    + " and that the account may open it (a member of CsAdministrator or CsServerAdministrator).";
        }
        return "Check the site's shell.command ("
                + String.join(" ", site.shell().command())
                + ") starts on the agent, and that the account may import the " + module + " module.";
    }

    private static Optional<String> credentialFix(Exception e, HybridSite site) {
        String text = messages(e).toLowerCase(Locale.ROOT);
        String account = site.adminUsername();
        if (text.contains("aadsts50126") || text.contains("invalid username or password")) {
            return Optional.of("The tenant rejected the password of " + account
                    + " (AADSTS50126): put the current password on the first line of the password file.");
        }
        if (text.contains("aadsts50034")) {
            return Optional.of("The tenant has no account " + account + " (AADSTS50034): correct adminUsername in"
                    + " the site file.");
        }
        if (text.contains("aadsts50076") || text.contains("aadsts50079")) {
            return Optional.of(account + " must use multi-factor authentication (AADSTS50076/50079), which a"
                    + " password sign-in cannot satisfy: exclude this account from the MFA policy for the agent's"
                    + " address, or sign Graph in app-only with a certificate (docs/cloud-sign-in.md).");
        }
        if (text.contains("aadsts50053")) {
            return Optional.of(account + " is locked (AADSTS50053): wait, or unlock it in Entra ID.");
        }
        if (text.contains("aadsts90002")) {
            return Optional.of("No tenant " + site.tenant() + " exists in this cloud (AADSTS90002): correct tenant"
                    + " (the initial domain or the tenant id) or cloud in the site file.");
        }
        if (text.contains("aadsts700016")) {
            return Optional.of("No app registration " + site.publicClientId() + " in tenant " + site.tenant()
                    + " (AADSTS700016): correct publicClientId in the site file.");
        }
        if (text.contains("aadsts7000218")) {
            return Optional.of(
                    "The app registration " + site.publicClientId() + " does not allow public client"
                            + " flows (AADSTS7000218): turn on 'Allow public client flows' in Entra ID (docs/cloud-sign-in.md).");
        }
        return Optional.empty();
    }

    private static Optional<String> networkFix(Exception e, HybridSite site) {
        String endpoints = site.cloud().authorityHost().getHost() + " and "
                + site.cloud().graphEndpoint().getHost();
        boolean noAnswer = e instanceof TenantException tenant && tenant.status() == 0;
        if (causedBy(e, SSLException.class)) {
            return Optional.of("TLS to " + endpoints + " failed: if a proxy inspects TLS, add its root certificate"
                    + " to the site's trustStore.");
        }
        if (causedBy(e, UnknownHostException.class)) {
            return Optional.of("The agent cannot resolve " + endpoints + ": check its DNS, or set the site's proxy.");
        }
        if (noAnswer || causedBy(e, ConnectException.class) || causedBy(e, HttpTimeoutException.class)) {
            return Optional.of("No answer from " + endpoints + " (nothing about the password is known yet): check"
                    + " that the agent reaches them on port 443, directly or through the site's proxy"
                    + site.proxy().map(p -> " (" + p + ")").orElse("") + ".");
        }
        return Optional.empty();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
