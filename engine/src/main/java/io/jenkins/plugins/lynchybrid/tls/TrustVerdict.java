package io.jenkins.plugins.lynchybrid.tls;

/** Whether a chain is trusted, and which store trusted it or why none did. */
record TrustVerdict(boolean trusted, String reason) {}
