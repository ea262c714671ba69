package io.jenkins.plugins.lynchybrid.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FailureCausesTest {
    @Test
    void twoUsersWithTheSameFailureHaveTheSameCause() {
        FailureCauses.Cause ann = FailureCauses.of(
                "User \"sip:ann@contoso.com\" failed at 2026-12-01T10:00:00Z (id 0f8fad5b-d9cb-469f-a165-70867728950e)"
                        + " after 3 tries — fix: assign Phone System (Plan 2) within 30 minutes",
                "ann@contoso.com",
                "sip:ann@contoso.com");
        FailureCauses.Cause bob = FailureCauses.of(
                "User \"sip:bob@fabrikam.contoso.com\" failed at 2026-12-02T11:30:00Z (id"
                        + " 7c9e6679-7425-40de-944b-e07fc1f90ae7) after 12 tries — fix: assign Phone System (Plan 2)"
                        + " within 30 minutes",
                "bob@fabrikam.contoso.com",
                "sip:bob@fabrikam.contoso.com");

        assertEquals(ann, bob);
        assertEquals("User \"<user>\" failed at <time> (id <id>) after <n> tries", ann.cause());
        assertEquals("assign Phone System (Plan 2) within 30 minutes", ann.fix());
    }

    @Test
    void aDistinguishedNameAndAnAddressInTheTextAreTheUsers() {
        assertEquals(
                "cannot find \"<user>\"; mailbox <user> missing",
                FailureCauses.of(
                                "cannot find \"CN=Ann Smith,OU=Users,DC=contoso,DC=com\"; mailbox ann@contoso.com"
                                        + " missing",
                                "x",
                                "y")
                        .cause());
    }

    @Test
    void aReasonWithoutAFixHasAnEmptyFix() {
        assertEquals("", FailureCauses.of("the service is busy", "a", "b").fix());
    }
}
