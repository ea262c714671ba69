package io.jenkins.plugins.lynchybrid.readiness;

/**
 * What a check's evaluation found. The runner turns it into a status using the check's severity, so a check
 * says only whether its requirement holds; {@link #warning} is for a requirement that holds for now (a
 * certificate about to expire).
 *
 * @param evidence what was observed, in the services' own property names and values
 * @param remediation the exact cmdlet, setting or DNS record that fixes it; empty when met
 */
public record Finding(Kind kind, String evidence, String remediation) {

    public enum Kind {
        MET,
        UNMET,
        WARNING,
        /** Nothing to judge in this run (e.g. no user list given): reported as skipped. */
        NOT_APPLICABLE
    }

    public static Finding met(String evidence) {
        return new Finding(Kind.MET, evidence, "");
    }

    public static Finding unmet(String evidence, String remediation) {
        return new Finding(Kind.UNMET, evidence, remediation);
    }

    public static Finding warning(String evidence, String remediation) {
        return new Finding(Kind.WARNING, evidence, remediation);
    }

    public static Finding notApplicable(String reason) {
        return new Finding(Kind.NOT_APPLICABLE, reason, "");
    }
}
