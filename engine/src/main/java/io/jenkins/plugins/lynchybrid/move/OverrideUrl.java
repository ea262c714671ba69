package io.jenkins.plugins.lynchybrid.move;

import io.jenkins.plugins.lynchybrid.errors.ConfigurationException;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import io.jenkins.plugins.lynchybrid.site.HostedMigrationOverride;
import io.jenkins.plugins.lynchybrid.site.HybridSite;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -HostedMigrationOverrideUrl} a job's Move-CsUser carries, decided once per job: none unless the site
 * names one; a URL as given; with {@code fromTenant}, none for a *.onmicrosoft.com admin (Microsoft asks for it only
 * with an account that does not end in .onmicrosoft.com, move-users-between-on-premises-and-cloud.md) and otherwise
 * https://adminXX.&lt;the cloud's Lync Online domain&gt;/HostedMigration/hostedmigrationService.svc, XX read from
 * Get-CsTenant's ServiceInstance (undocumented: docs/cmdlet-contract.md).
 */
final class OverrideUrl {
    /** {@code .../<region>-<XX>-<n>}: the part after the last '/', its second '-'-separated piece is XX. */
    private static final Pattern SERVICE_INSTANCE = Pattern.compile(".*/[a-z]+-([a-z0-9]{2,3})-[a-z0-9]+");

    private static final String SIPFED = "sipfed.";

    private OverrideUrl() {}

    static Optional<String> forJob(HybridSite site, LyncShell shell, Consumer<String> notes) {
        Optional<String> configured = site.hostedMigrationOverrideUrl().map(Object::toString);
        if (!site.hostedMigrationOverrideUrl().equals(Optional.of(HostedMigrationOverride.FROM_TENANT))) {
            return configured;
        }
        if (site.adminUsername().toLowerCase(Locale.ROOT).endsWith(".onmicrosoft.com")) {
            notes.accept("hostedMigrationOverrideUrl: not sent: " + site.adminUsername()
                    + " is a *.onmicrosoft.com account, which needs none");
            return Optional.empty();
        }
        List<PsObject> tenant = shell.run(Calls.getTenant());
        String instance = tenant.stream()
                .flatMap(t -> t.text("ServiceInstance").stream())
                .findFirst()
                .orElse("");
        Matcher matcher = SERVICE_INSTANCE.matcher(instance.toLowerCase(Locale.ROOT));
        String fqdn = site.cloud().hostingProviderFqdn();
        if (!matcher.matches() || !fqdn.startsWith(SIPFED)) {
            throw new ConfigurationException("hostedMigrationOverrideUrl is " + HostedMigrationOverride.KEYWORD
                    + ", but Get-CsTenant's ServiceInstance '" + instance + "' (or the cloud's federation FQDN '"
                    + fqdn + "') does not give the admin host; set hostedMigrationOverrideUrl to"
                    + " https://adminXX.online.lync.com/HostedMigration/hostedmigrationService.svc in the site");
        }
        String url = "https://admin" + matcher.group(1) + "." + fqdn.substring(SIPFED.length())
                + "/HostedMigration/hostedmigrationService.svc";
        notes.accept("hostedMigrationOverrideUrl: " + url + " (from Get-CsTenant ServiceInstance " + instance + ")");
        return Optional.of(url);
    }
}
