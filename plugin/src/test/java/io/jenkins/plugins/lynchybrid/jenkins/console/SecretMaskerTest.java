package io.jenkins.plugins.lynchybrid.jenkins.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.jenkins.plugins.lynchybrid.jenkins.credentials.TestCredentials;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {
    private static final String PASSWORD = TestCredentials.PASSWORD;

    @Test
    void passwordWrittenInTwoPiecesIsMaskedInTheConsole() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream console =
                new SecretMasker(List.of(PASSWORD)).maskingPrintStream(log, StandardCharsets.UTF_8)) {
            console.print("signing in with " + PASSWORD.substring(0, 5));
            console.flush();
            console.println(PASSWORD.substring(5) + " as admin@contoso.com");
        }
        assertEquals(
                "signing in with **** as admin@contoso.com" + System.lineSeparator(),
                log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unfinishedLastLineIsMaskedWhenTheConsoleCloses() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream console =
                new SecretMasker(List.of(PASSWORD)).maskingPrintStream(log, StandardCharsets.UTF_8)) {
            console.print("shell host said " + PASSWORD);
        }
        assertEquals("shell host said ****", log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void secretContainingAnotherSecretIsMaskedWhole() {
        SecretMasker masker = new SecretMasker(List.of("abc", "abcdef"));

        assertEquals("key **** and ****", masker.mask("key abcdef and abc"));
    }

    @Test
    void emptySecretLeavesTextUnchanged() {
        SecretMasker masker = new SecretMasker(Arrays.asList("", null));

        assertEquals("Move-CsUser finished", masker.mask("Move-CsUser finished"));
    }

    @Test
    void exceptionMessageQuotingThePasswordIsMasked() {
        SecretMasker masker = new SecretMasker(List.of(PASSWORD));

        assertEquals(
                "AADSTS50126: invalid password '****'",
                masker.mask("AADSTS50126: invalid password '" + PASSWORD + "'"));
    }

    @Test
    void aFailureWhoseCauseHoldsThePasswordIsStoredWithEveryMessageMasked() {
        IllegalStateException failure =
                new IllegalStateException("host stopped", new java.io.IOException("stdin echoed " + PASSWORD));
        failure.addSuppressed(new RuntimeException("close said " + PASSWORD));

        Exception masked = new SecretMasker(List.of(PASSWORD)).masked(failure);

        assertEquals("java.lang.IllegalStateException: host stopped", masked.getMessage());
        assertEquals("java.io.IOException: stdin echoed ****", masked.getCause().getMessage());
        assertEquals("java.lang.RuntimeException: close said ****", masked.getSuppressed()[0].getMessage());
        assertEquals(Arrays.asList(failure.getStackTrace()), Arrays.asList(masked.getStackTrace()));
    }

    @Test
    void aFailureWithoutTheSecretIsLeftAsItIs() {
        IllegalStateException failure = new IllegalStateException("no shell host could start");

        assertSame(failure, new SecretMasker(List.of(PASSWORD)).masked(failure));
    }

    @Test
    void aFailureThatIsItsOwnCauseChainEndsMasking() {
        RuntimeException first = new RuntimeException(PASSWORD);
        RuntimeException second = new RuntimeException("wrapped", first);
        first.addSuppressed(second);

        Exception masked = new SecretMasker(List.of(PASSWORD)).masked(second);

        assertEquals("java.lang.RuntimeException: ****", masked.getCause().getMessage());
        assertSame(masked, masked.getCause().getSuppressed()[0]);
    }
}
