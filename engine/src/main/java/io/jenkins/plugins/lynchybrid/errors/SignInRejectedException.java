package io.jenkins.plugins.lynchybrid.errors;

import java.util.List;

/**
 * The tenant admin's credential was refused (a wrong or expired password, a locked or disabled account). Every
 * later use of it in the same job fails with this at once, without asking the service again: AD FS extranet
 * lockout and Entra smart lockout count every attempt.
 */
public final class SignInRejectedException extends JobHaltedException {
    public SignInRejectedException(String message, Throwable cause) {
        super(Side.TENANT, message, List.of(message), cause);
    }
}
