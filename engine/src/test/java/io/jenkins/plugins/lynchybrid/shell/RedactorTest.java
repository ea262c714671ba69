package io.jenkins.plugins.lynchybrid.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.lynchybrid.auth.AccountCredential;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Redactor leaves of a host's stray output: no password, whole or in part. */
class RedactorTest {
    private static Redactor redactor(String... passwords) {
        return new Redactor(List.of(passwords).stream()
                .map(password -> new AccountCredential("admin@contoso.com", password.toCharArray()))
                .toList());
    }

    /** Pins longest-first: masking the shorter password first would leave "****Extra!" showing the rest. */
    @Test
    void aPasswordContainingTheOtherIsMaskedWholeWhicheverCredentialComesFirst() {
        try (Redactor shortFirst = redactor("Secret", "SecretExtra!");
                Redactor longFirst = redactor("SecretExtra!", "Secret")) {
            assertEquals("pw=**** and ****", shortFirst.redact("pw=SecretExtra! and Secret"));
            assertEquals("pw=**** and ****", longFirst.redact("pw=SecretExtra! and Secret"));
        }
    }

    @Test
    void everyOccurrenceOfEachPasswordIsMasked() {
        try (Redactor redactor = redactor("tenantPw", "poolPw")) {
            assertEquals("a **** b **** c ****", redactor.redact("a tenantPw b poolPw c tenantPw"));
        }
    }

    /** Pins the bounds of the match: a password cut off at the end of the text is not a match. */
    @Test
    void textThatOnlyStartsLikeAPasswordIsLeftAlone() {
        try (Redactor redactor = redactor("hunter2")) {
            assertEquals("hunter and hunte", redactor.redact("hunter and hunte"));
            assertEquals("x****", redactor.redact("xhunter2"));
            assertEquals("hunter", redactor.redact("hunter"));
        }
    }

    /** An empty password would otherwise match everywhere and mask every character. */
    @Test
    void anEmptyPasswordMasksNothing() {
        try (Redactor redactor = redactor("", "pw")) {
            assertEquals("plain ****", redactor.redact("plain pw"));
        }
    }

    @Test
    void afterCloseTheRedactorHoldsNoPassword() {
        Redactor redactor = redactor("hunter2");
        redactor.close();

        assertEquals("hunter2", redactor.redact("hunter2"));
    }
}
