package io.jenkins.plugins.lynchybrid.failures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import java.net.URI;
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
                "HostedMigration fault: Error=(503), Description=(busy: too many concurrent moves)|ResourceBusy|THROTTLED|",
                "HostedMigration fault: Error=(500), Description=(Internal error)|InvalidOperation|TRANSIENT|",
                "The operation has timed out.|OperationTimeout|TRANSIENT|",
                "Cannot find user in Active Directory with the following SIP URI: sip:a@contoso.com|ObjectNotFound|PERMANENT|-DomainController",
                "Management object not found for identity sip:a@contoso.com|ObjectNotFound|PERMANENT|SIP address or UPN",
                "The remote server did not return expected status code from request for WWW-Authenticate header|InvalidOperation|PERMANENT|hostedMigrationOverrideUrl",
                "Move-CsUser failed: there are multiple federated Edge pools|InvalidOperation|PERMANENT|one Edge pool"
            })
    void serviceMessagesAreClassifiedWithTheDocumentedFix(String message, String category, String kind, String fix) {
        Failure failure = classifier.classify(cmdlet(message, category));

        assertEquals(Failure.Kind.valueOf(kind), failure.kind());
        assertEquals(message, failure.reason());
        if (fix != null) {
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
}
