package io.jenkins.plugins.lynchybrid.readiness;

/** One SRV answer: the host it points at and the port. */
public record SrvTarget(String target, int port) {
    @Override
    public String toString() {
        return target + ":" + port;
    }
}
