package io.jenkins.plugins.lynchybrid.dns;

import java.util.Optional;

/** The alias a name points to, if it is one; {@code target} is lower case, without the trailing dot. */
public record CnameLookup(DnsOutcome outcome, Optional<String> target) {}
