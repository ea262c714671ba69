package io.jenkins.plugins.lynchybrid.readiness;

import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Federation on both sides must agree (domain.md §2.5): partner discovery on-premises pairs with open
 * federation online (AllowedDomains = AllowAllKnownDomains), no discovery with the same allowed list; the
 * blocked lists are identical; and the tenant federates at all.
 */
record FederationParity(
        boolean partnerDiscovery, Set<String> allowedOnPrem, Set<String> blockedOnPrem, PsObject tenant) {
    static final String OPEN = "AllowAllKnownDomains";

    FederationParity {
        allowedOnPrem = normalised(List.copyOf(allowedOnPrem));
        blockedOnPrem = normalised(List.copyOf(blockedOnPrem));
    }

    Finding judge() {
        boolean tenantFederates = tenant.flag("AllowFederatedUsers").orElse(false);
        List<String> allowedOnline = tenant.texts("AllowedDomains");
        boolean open = allowedOnline.size() == 1 && OPEN.equalsIgnoreCase(allowedOnline.get(0));
        Set<String> allowedOnlineSet = normalised(open ? List.of() : allowedOnline);
        Set<String> blockedOnline = normalised(tenant.texts("BlockedDomains"));
        String evidence = "on-premises: EnablePartnerDiscovery=" + partnerDiscovery + ", allowed " + allowedOnPrem
                + ", blocked " + blockedOnPrem + "; online: AllowFederatedUsers=" + tenantFederates
                + ", AllowedDomains " + (open ? OPEN : allowedOnlineSet) + ", blocked " + blockedOnline;
        List<String> fixes = new ArrayList<>();
        if (!tenantFederates) {
            fixes.add("Set-CsTenantFederationConfiguration -AllowFederatedUsers $true");
        }
        if (partnerDiscovery && !open) {
            fixes.add("Set-CsTenantFederationConfiguration -AllowedDomains (New-CsEdgeAllowAllKnownDomains)");
        }
        if (!partnerDiscovery && open) {
            fixes.add("Set-CsTenantFederationConfiguration -AllowedDomainsAsAList @(" + quoted(allowedOnPrem)
                    + ") (closed federation, as on-premises)");
        }
        if (!partnerDiscovery && !open && !allowedOnPrem.equals(allowedOnlineSet)) {
            fixes.add("Set-CsTenantFederationConfiguration -AllowedDomainsAsAList @(" + quoted(allowedOnPrem) + ")");
        }
        if (!blockedOnPrem.equals(blockedOnline)) {
            fixes.add("Set-CsTenantFederationConfiguration -BlockedDomains @(" + quoted(blockedOnPrem)
                    + ") (or New-CsBlockedDomain/Remove-CsBlockedDomain on-premises until both lists match)");
        }
        return fixes.isEmpty() ? Finding.met(evidence) : Finding.unmet(evidence, Texts.lines(fixes));
    }

    private static Set<String> normalised(List<String> names) {
        Set<String> result = new TreeSet<>();
        names.forEach(n -> result.add(Names.normalise(n)));
        return result;
    }

    private static String quoted(Set<String> names) {
        return String.join(",", names.stream().map(n -> "'" + n + "'").toList());
    }
}
