package io.jenkins.plugins.lynchybrid.dns;

/**
 * How one lookup ended, worded for evidence in a report.
 *
 * @param name the name asked for, without the trailing dot
 * @param type the record type asked for, e.g. {@code SRV}
 * @param detail who answered and how, e.g. {@code NXDOMAIN from 127.0.0.1:53}
 */
public record DnsOutcome(String name, String type, DnsStatus status, String detail) {
    public boolean answered() {
        return status == DnsStatus.ANSWERED;
    }
}
