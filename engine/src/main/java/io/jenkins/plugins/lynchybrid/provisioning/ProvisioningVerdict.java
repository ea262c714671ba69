package io.jenkins.plugins.lynchybrid.provisioning;

/**
 * Whether the hosted migration service would take one user's move online now, and if not, the fault it would
 * answer with and Microsoft's documented fix.
 *
 * @param reason what the tenant shows, in the service's terms
 * @param fix what the admin does; empty when ready
 */
public record ProvisioningVerdict(String userPrincipalName, State state, Fault predicted, String reason, String fix) {
    public enum State {
        /** Provisioned for Skype for Business Online: the move can go ahead. */
        READY,
        /** Licensed, but the service has not finished provisioning the user: wait, then move. */
        PENDING,
        /** The tenant lists validation errors for the user's synced attributes. */
        VALIDATION_ERRORS,
        /** The user's msRTCSIP attributes have not reached the tenant. */
        ATTRIBUTES_NOT_SYNCED,
        /** Get-CsOnlineUser knows no such user. */
        NOT_IN_TENANT,
        /** The online view could not be read: the move's own checks decide. */
        UNKNOWN
    }

    /** The HostedMigration fault the service would answer with. */
    public enum Fault {
        NONE,
        /** "there appears to be a problem with this user account. Please verify the attribute settings". */
        F506,
        /** "User must has an assigned license to use Skype for Business Online." (also while provisioning). */
        F507
    }

    /** True when the move must not be attempted now. */
    public boolean blocks() {
        return state != State.READY && state != State.UNKNOWN;
    }

    /** The reason and the fix in one line, as outcomes show a user stopped before the move. */
    public String describe() {
        String fault =
                switch (predicted) {
                    case NONE -> "";
                    case F506 -> " (Move-CsUser would fail with HostedMigration fault 506)";
                    case F507 -> " (Move-CsUser would fail with HostedMigration fault 507)";
                };
        return fix.isEmpty() ? reason + fault : reason + fault + " — fix: " + fix;
    }
}
