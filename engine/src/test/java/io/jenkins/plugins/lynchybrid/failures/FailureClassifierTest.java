package io.jenkins.plugins.lynchybrid.failures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.JobHaltedException;
import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureClassifierTest {
    private final FailureClassifier classifier = new FailureClassifier();

    private static ShellException cmdlet(String message, String category) {
        return new ShellException("Move-CsUser", ShellException.Kind.CMDLET_ERROR, category, "", message, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "HostedMigration fault: Error=(506), Description=(The user could move be moved)|InvalidOperation|PERMANENT|sync",
                "HostedMigration fault: Error=(510), Description=(not enabled for shared sip address space.)|InvalidOperation|PERMANENT|SharedSipAddressSpace",
                "HostedMigration fault: Error=(507), Description=(User must has an assigned license)|InvalidOperation|PERMANENT|assign Skype for Business Online",
                "Move-CsUser: not found in the hosted migration service|NotSpecified|PERMANENT|SIP address or UPN",
                "HostedMigration fault: Error=(503), Description=(busy: too many concurrent moves)|ResourceBusy|THROTTLED|",
                "Some other cmdlet failure|InvalidOperation|PERMANENT|''",
                "HostedMigration fault: Error=(500), Description=(Internal error)|InvalidOperation|TRANSIENT|",
                "The operation has timed out.|OperationTimeout|TRANSIENT|",
                "The request timeout elapsed|OperationTimeout|TRANSIENT|",
                "Identity sip:a@contoso.com is unknown|ObjectNotFound|PERMANENT|SIP address or UPN",
                "Cannot find user in Active Directory with the following SIP URI: sip:a@contoso.com|ObjectNotFound|PERMANENT|-DomainController",
                "Management object not found for identity sip:a@contoso.com|ObjectNotFound|PERMANENT|SIP address or UPN",
                "The remote server did not return expected status code from request for WWW-Authenticate header|InvalidOperation|PERMANENT|hostedMigrationOverrideUrl",
                "Move-CsUser failed: there are multiple federated Edge pools|InvalidOperation|PERMANENT|one Edge pool"
            })
    void serviceMessagesAreClassifiedWithTheDocumentedFix(String message, String category, String kind, String fix) {
        Failure failure = classifier.classify(cmdlet(message, category));

        assertEquals(Failure.Kind.valueOf(kind), failure.kind());
        assertEquals(message, failure.reason());
        if (fix == null) {
            assertEquals("", failure.fix());
        } else {
            assertTrue(failure.fix().contains(fix), failure.fix());
        }
    }

    @ParameterizedTest
    @CsvSource({"0, INFRASTRUCTURE", "429, THROTTLED", "503, INFRASTRUCTURE", "403, PERMANENT"})
    void graphFailuresAreClassifiedByStatus(int status, String kind) {
        Failure failure = classifier.classify(
                new TenantException(URI.create("https://graph.microsoft.com/v1.0/$batch"), status, "no", null));

        assertEquals(Failure.Kind.valueOf(kind), failure.kind());
    }

    @ParameterizedTest
    @CsvSource({"OUTCOME_UNKNOWN, OUTCOME_UNKNOWN", "REFUSED, PERMANENT"})
    void aHostThatDiedLeavesTheOutcomeUnknownAndARefusalIsPermanent(String shellKind, String kind) {
        Failure failure = classifier.classify(new ShellException(
                "Move-CsUser", ShellException.Kind.valueOf(shellKind), "", "", "host went away", null));

        assertEquals(Failure.Kind.valueOf(kind), failure.kind());
    }

    /**
     * Microsoft documents no wording for the hosted migration service's throttle (domain.md §4.8): whatever its words,
     * a fault with an overload code (429, 503), an HTTP 429 or an overload category is a throttle, so it cuts the
     * limit. None of these messages says "throttle", "busy", "too many" or "try again later".
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "HostedMigration fault: Error=(503), Description=(Veuillez patienter.)|InvalidOperation",
                "HostedMigration fault: Error=(429), Description=(Request rejected.)|NotSpecified",
                "HostedMigration fault: Error=(500), Description=(Request rejected.)|ResourceBusy",
                "The remote server returned an error: (429) Too Many Requests.|InvalidOperation",
                "Response status code does not indicate success: 429 (Too Many Requests).|NotSpecified",
                "Request rejected for this tenant.|LimitsExceeded",
                "Request rejected for this tenant.|QuotaExceeded",
                "Request rejected for this tenant.|ResourceBusy"
            })
    void aThrottleIsKnownByItsCodeOrCategoryWhateverItsWords(String message, String category) {
        Failure failure = classifier.classify(cmdlet(message, category));

        assertEquals(Failure.Kind.THROTTLED, failure.kind());
        assertEquals(message, failure.reason());
        assertEquals("", failure.fix());
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "HostedMigration fault: Error=(500), Description=(The server is busy: too many moves, throttled.)|InvalidOperation|TRANSIENT",
                "The remote server returned an error: (400) Bad Request.|InvalidOperation|PERMANENT",
                "Throttled: too many requests, try again later.|InvalidOperation|PERMANENT"
            })
    void throttlingWordsWithoutAnOverloadCodeDoNotCutTheLimit(String message, String category, String kind) {
        assertEquals(
                Failure.Kind.valueOf(kind),
                classifier.classify(cmdlet(message, category)).kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The remote server returned an error: (503) Server Unavailable.",
                "There was no endpoint listening at https://admin.online.lync.com/HostedMigration.",
                "Response status code does not indicate success: 503 (Service Unavailable).",
                "AADSTS: temporarily_unavailable"
            })
    void aCmdletWhoseServiceIsDownIsAnInfrastructureFailureReportedByItsFirstLine(String message) {
        Failure failure = classifier.classify(
                cmdlet(message + "\n   at System.Net.HttpWebRequest.GetResponse()", "NotSpecified"));

        assertEquals(Failure.Kind.INFRASTRUCTURE, failure.kind());
        assertEquals(message, failure.reason());
    }

    @Test
    void aHostThatRefusedAServiceDownMessageIsStillARefusal() {
        Failure failure = classifier.classify(new ShellException(
                "Move-CsUser", ShellException.Kind.REFUSED, "", "", "(503) Server Unavailable", null));

        assertEquals(Failure.Kind.PERMANENT, failure.kind());
    }

    @Test
    void aShellHostThatCannotStartIsAnInfrastructureFailureWithTheFix() {
        Failure failure = classifier.classify(new ShellException(
                ShellException.HOST_START,
                ShellException.Kind.CMDLET_ERROR,
                "",
                "",
                "powershell.exe was not found\nmore detail",
                null));

        assertEquals(Failure.Kind.INFRASTRUCTURE, failure.kind());
        assertEquals("the shell host could not start: powershell.exe was not found", failure.reason());
        assertTrue(failure.fix().contains("shell command"), failure.fix());
    }

    @Test
    void aHaltedJobHaltsWithItsReason() {
        Failure failure = classifier.classify(new JobHaltedException("the circuit breaker opened", null));

        assertEquals(Failure.Kind.HALT, failure.kind());
        assertEquals("the circuit breaker opened", failure.reason());
    }

    @Test
    void anyOtherErrorIsPermanentWithItsMessage() {
        Failure failure = classifier.classify(new IllegalStateException("unexpected"));

        assertEquals(Failure.Kind.PERMANENT, failure.kind());
        assertEquals("unexpected", failure.reason());
    }

    @Test
    void aGraphThrottleIsRetriedWithoutAFixAndARefusalNamesThePermissions() {
        URI url = URI.create("https://graph.microsoft.com/v1.0/users");

        assertEquals(
                "",
                classifier.classify(new TenantException(url, 429, "no", null)).fix());
        assertTrue(classifier
                .classify(new TenantException(url, 403, "no", null))
                .fix()
                .contains("Graph permissions"));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "'  first  \\n second'|first",
                "one line|one line",
                "''|''",
                "'\\n\\n  after blank lines\\nx'|after blank lines"
            })
    void firstLineIsTheFirstNonBlankLineStripped(String message, String expected) {
        assertEquals(expected, FailureClassifier.firstLine(message.replace("\\n", "\n")));
    }

    @Test
    void firstLineOfNothingIsEmpty() {
        assertEquals("", FailureClassifier.firstLine(null));
    }
}
