package io.jenkins.plugins.lynchybrid.readiness;

import java.util.List;
import java.util.Optional;

/**
 * The SIP domains the DNS and Edge-name checks cover, and a note when that list is only the site's because the
 * tenant's domains could not be read: those checks still run on what the site file names.
 */
record SipDomains(List<String> names, Optional<String> note) {
    SipDomains {
        names = List.copyOf(names);
    }
}
