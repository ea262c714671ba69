package io.jenkins.plugins.lynchybrid.site;

import java.net.URI;

/**
 * The site's {@code hostedMigrationOverrideUrl}: a URL sent as given, or the word {@value #KEYWORD}, which asks the
 * move job to derive it from the tenant (Get-CsTenant) for a synced admin. Microsoft documents the parameter as
 * optional in today's hosted migration service (office-docs-powershell PR #11618 removed its section from
 * Move-CsUser.md; it was optional before and after), while move-users-between-on-premises-and-cloud.md and
 * move-users-from-the-cloud-to-on-premises.md still ask for it with an account that does not end in
 * .onmicrosoft.com; both are supported, and a *.onmicrosoft.com admin never needs it.
 */
public final class HostedMigrationOverride {
    /** The site file's word for "derive it from the tenant". */
    public static final String KEYWORD = "fromTenant";

    /** How a site holds {@value #KEYWORD}: a URN no hosted migration service answers. */
    public static final URI FROM_TENANT = URI.create("urn:lync-hybrid:hosted-migration-override-url:from-tenant");

    private HostedMigrationOverride() {}

    /** {@code value} as the site holds it: {@link #FROM_TENANT} for the keyword, else an absolute URL. */
    static URI parse(String value, String field) {
        return value.trim().equalsIgnoreCase(KEYWORD) ? FROM_TENANT : SiteFile.uri(value, field);
    }

    /** As the site file spells it. */
    static String spelled(URI value) {
        return FROM_TENANT.equals(value) ? KEYWORD : value.toString();
    }
}
