package io.jenkins.plugins.lynchybrid.site;

import java.nio.file.Path;

/**
 * Extra certificates to trust besides the JDK's: the simulator's CA, or a corporate TLS-inspection root.
 * The store password protects integrity only (a trust store holds no private key).
 */
public record TrustStore(Path path, String type, String password) {}
