package io.jenkins.plugins.lynchybrid.failures;

import io.jenkins.plugins.lynchybrid.errors.JobHaltedException;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sorts a failed Move-CsUser into the classes of domain.md §4.6 and §4.8, with the documented fix. */
public final class FailureClassifier {
    private static final Pattern HOSTED_MIGRATION_FAULT =
            Pattern.compile("HostedMigration fault: Error=\\((\\d+)\\)", Pattern.CASE_INSENSITIVE);
    /**
     * HTTP statuses as .NET words them in a cmdlet's error: WebException (.NET Framework, Windows PowerShell 5.1: "The
     * remote server returned an error: (429) Too Many Requests.") and HttpRequestException (.NET, the Teams module:
     * "Response status code does not indicate success: 429 (Too Many Requests).").
     */
    private static final Pattern HTTP_STATUS = Pattern.compile(
            "(?:The remote server returned an error: \\(|Response status code does not indicate success: )(\\d{3})",
            Pattern.CASE_INSENSITIVE);
    /**
     * Throttling is judged by numbers and categories, never by words: Microsoft documents no text for the hosted
     * migration service's throttle (domain.md §4.8), so a throttle worded any way must still cut the limit. 429 and
     * 503 are HTTP's "too many requests" and "overloaded, retry later" (RFC 6585 §4, RFC 9110 §15.6.4), as a
     * HostedMigration fault code or an HTTP status; the categories are PowerShell's ErrorCategory values for a
     * refusal by load (System.Management.Automation.ErrorCategory: ResourceBusy, LimitsExceeded, QuotaExceeded).
     */
    private static final Set<Integer> OVERLOAD_FAULT_CODES = Set.of(429, 503);
    /** An HTTP 503 in a cmdlet's error is a service down (below), not a throttle: only 429 says "too many". */
    private static final int TOO_MANY_REQUESTS = 429;

    private static final Set<String> OVERLOAD_CATEGORIES = Set.of("resourcebusy", "limitsexceeded", "quotaexceeded");
    private static final List<String> SERVICE_DOWN_WORDS = List.of(
            "(503) server unavailable",
            "service unavailable",
            "temporarily_unavailable",
            "there was no endpoint listening at");
    private static final List<String> TIMEOUT_WORDS = List.of("timed out", "timeout");

    public Failure classify(RuntimeException error) {
        if (error instanceof JobHaltedException halted) {
            return new Failure(Failure.Kind.HALT, halted.getMessage(), "");
        }
        if (error instanceof ShellException shell && shell.cmdlet().equals(ShellException.HOST_START)) {
            return new Failure(
                    Failure.Kind.INFRASTRUCTURE,
                    "the shell host could not start: " + firstLine(shell.serviceMessage()),
                    "check the site's shell command and that the host machine reaches the pool and the tenant");
        }
        if (error instanceof ShellException shell
                && shell.kind() == ShellException.Kind.CMDLET_ERROR
                && serviceUnavailable(shell.serviceMessage())) {
            return new Failure(Failure.Kind.INFRASTRUCTURE, firstLine(shell.serviceMessage()), "");
        }
        if (error instanceof ShellException shell) {
            return switch (shell.kind()) {
                case OUTCOME_UNKNOWN -> new Failure(Failure.Kind.OUTCOME_UNKNOWN, shell.serviceMessage(), "");
                case REFUSED ->
                    new Failure(
                            Failure.Kind.PERMANENT,
                            shell.serviceMessage(),
                            "the shell host refused the call: check the host's allow-list and version");
                case CMDLET_ERROR -> cmdletError(shell.serviceMessage(), shell.category());
            };
        }
        if (error instanceof TenantException tenant) {
            int status = tenant.status();
            if (status == 0 || status == 502 || status == 503 || status == 504) {
                return new Failure(Failure.Kind.INFRASTRUCTURE, firstLine(tenant.getMessage()), "");
            }
            if (status == 429) {
                return new Failure(Failure.Kind.THROTTLED, tenant.getMessage(), "");
            }
            return new Failure(
                    Failure.Kind.PERMANENT,
                    tenant.getMessage(),
                    "check the tenant admin account and its Graph permissions");
        }
        return new Failure(Failure.Kind.PERMANENT, String.valueOf(error.getMessage()), "");
    }

    /**
     * The texts a cmdlet reports when the service behind it is down: .NET's WebException for HTTP 503 ("The remote
     * server returned an error: (503) Server Unavailable."), WCF's EndpointNotFoundException ("There was no endpoint
     * listening at ..."), and the OAuth error {@code temporarily_unavailable} (RFC 6749 §4.1.2.1).
     */
    private static boolean serviceUnavailable(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return SERVICE_DOWN_WORDS.stream().anyMatch(lower::contains);
    }

    /** The first line of a message: one line per user or cause in reports, never a host's output or a stack trace. */
    public static String firstLine(String message) {
        return message == null
                ? ""
                : message.strip().lines().findFirst().map(String::strip).orElse("");
    }

    private Failure cmdletError(String message, String category) {
        String lower = message.toLowerCase(Locale.ROOT);
        Matcher fault = HOSTED_MIGRATION_FAULT.matcher(message);
        if (fault.find()) {
            return hostedMigrationFault(Integer.parseInt(fault.group(1)), message, category);
        }
        Matcher status = HTTP_STATUS.matcher(message);
        if ((status.find() && Integer.parseInt(status.group(1)) == TOO_MANY_REQUESTS) || overloadCategory(category)) {
            return new Failure(Failure.Kind.THROTTLED, message, "");
        }
        if (TIMEOUT_WORDS.stream().anyMatch(lower::contains)) {
            return new Failure(Failure.Kind.TRANSIENT, message, "");
        }
        if (lower.contains("cannot find user in active directory")) {
            return new Failure(
                    Failure.Kind.PERMANENT,
                    message,
                    "the user is in another AD domain: run Move-CsUser with -DomainController <a DC of that domain>");
        }
        if (lower.contains("www-authenticate")) {
            return new Failure(
                    Failure.Kind.PERMANENT,
                    message,
                    "remove hostedMigrationOverrideUrl from the site when moving back with a *.onmicrosoft.com admin");
        }
        if (lower.contains("multiple federated edge pools")) {
            return new Failure(Failure.Kind.PERMANENT, message, "leave exactly one Edge pool enabled for federation");
        }
        if ("ObjectNotFound".equalsIgnoreCase(category) || lower.contains("not found")) {
            return new Failure(
                    Failure.Kind.PERMANENT,
                    message,
                    "check the SIP address or UPN; the user must exist and be enabled for Lync on-premises");
        }
        return new Failure(Failure.Kind.PERMANENT, message, "");
    }

    private static boolean overloadCategory(String category) {
        return category != null && OVERLOAD_CATEGORIES.contains(category.toLowerCase(Locale.ROOT));
    }

    private static Failure hostedMigrationFault(int code, String message, String category) {
        return switch (code) {
            case 506 ->
                new Failure(
                        Failure.Kind.PERMANENT,
                        message,
                        "the tenant's copy of the user's attributes is wrong or incomplete: check Get-CsOnlineUser's"
                                + " UserValidationErrors and OnPremHostingProvider; if the msRTCSIP attributes are"
                                + " missing, rerun the directory sync (Microsoft Entra Connect) configuration"
                                + " wizard so they synchronise, wait for a sync cycle, then move again");
            // Not retried within the job: the service keeps answering 507 until provisioning completes ("up to 30
            // minutes", move-csuser-hostedmigration-fault-507.md), far beyond any back-off of a move's attempts.
            case 507 ->
                new Failure(
                        Failure.Kind.PERMANENT,
                        message,
                        "assign Skype for Business Online (Plan 2) and Teams, wait until provisioning completes (up to"
                                + " 30 minutes), then run the job again for this user");
            case 510 ->
                new Failure(
                        Failure.Kind.PERMANENT,
                        message,
                        "enable the shared SIP address space: Set-CsTenantFederationConfiguration -SharedSipAddressSpace"
                                + " $true (lync-hybrid configure)");
            default ->
                OVERLOAD_FAULT_CODES.contains(code) || overloadCategory(category)
                        ? new Failure(Failure.Kind.THROTTLED, message, "")
                        : new Failure(Failure.Kind.TRANSIENT, message, "");
        };
    }
}
