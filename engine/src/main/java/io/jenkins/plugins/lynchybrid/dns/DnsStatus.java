package io.jenkins.plugins.lynchybrid.dns;

/** How a DNS question ended. Only {@link #ANSWERED} carries records. */
public enum DnsStatus {
    /** The resolver answered with at least one record of the asked type. */
    ANSWERED,
    /** The name exists but has no record of the asked type. */
    NO_DATA,
    /** The name does not exist. */
    NXDOMAIN,
    /** The resolver could not get an answer from the authoritative servers. */
    SERVFAIL,
    /** The resolver refused the question (it does not answer this client, or not for this zone). */
    REFUSED,
    /** The alias (CNAME) chain loops or is longer than resolvers follow; the detail shows the chain. */
    ALIAS_LOOP,
    /** No reply from the resolver within the probe's timeout, on every attempt. */
    TIMEOUT,
    /** Any other answer code (NOTIMP, FORMERR ...) or a network error; the detail says which. */
    FAILED
}
