package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.site.HybridSite;
import io.jenkins.plugins.lynchybrid.testing.TestSites;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the runner schedules, skips, bounds and classifies checks; the checks here read no data. */
class ReadinessRunnerTest {
    private static final HybridSite SITE = TestSites.contoso(Optional.empty(), Optional.empty(), Optional.empty());

    private static Check check(String id, Severity severity, Check.Evaluation evaluation, String... after) {
        return new Check(id, id, Category.TENANT, severity, "why", "fix", List.of(after), evaluation);
    }

    private static Map<String, CheckResult> run(Duration timeout, Check... checks) {
        ReadinessOptions options = ReadinessOptions.defaults().withCheckTimeout(timeout);
        ReadinessReport report = new ReadinessRunner(new Catalogue(List.of(checks), List.of()), options)
                .run(new ReadinessSources(SITE, null, null, null, null, null));
        return report.results().stream().collect(Collectors.toMap(CheckResult::id, Function.identity()));
    }

    private static Map<String, CheckResult> run(Check... checks) {
        return run(Duration.ofSeconds(10), checks);
    }

    @Test
    void aCheckAfterAFailedOneIsSkippedNamingItAndSoIsTheNextInTheChain() {
        Map<String, CheckResult> results = run(
                check("tenant.a", Severity.ERROR, f -> Finding.unmet("broken", "fix a")),
                check("tenant.b", Severity.ERROR, f -> Finding.met("fine"), "tenant.a"),
                check("tenant.c", Severity.ERROR, f -> Finding.met("fine"), "tenant.b"));

        assertEquals(Status.FAIL, results.get("tenant.a").status());
        assertEquals(Status.SKIPPED, results.get("tenant.b").status());
        assertEquals("prerequisite tenant.a failed", results.get("tenant.b").evidence());
        assertEquals(
                "prerequisite tenant.b was skipped", results.get("tenant.c").evidence());
    }

    @Test
    void aCheckBehindOneThatDoesNotApplyDoesNotApplyEitherAndAsksForNoFix() {
        Map<String, CheckResult> results = run(
                check("tenant.a", Severity.ERROR, f -> Finding.notApplicable("every domain Managed")),
                check("tenant.b", Severity.ERROR, f -> Finding.unmet("broken", "fix b"), "tenant.a"),
                check("tenant.c", Severity.ERROR, f -> Finding.unmet("broken", "fix c"), "tenant.b"));

        assertEquals(Status.SKIPPED, results.get("tenant.b").status());
        assertEquals(
                "not applicable: tenant.a does not apply (every domain Managed)",
                results.get("tenant.b").evidence());
        assertEquals("", results.get("tenant.b").remediation());
        assertEquals(Status.SKIPPED, results.get("tenant.c").status());
        assertEquals("", results.get("tenant.c").remediation());
    }

    @Test
    void aWarningPrerequisiteDoesNotSkipItsDependents() {
        Map<String, CheckResult> results = run(
                check("tenant.a", Severity.WARNING, f -> Finding.unmet("old build", "update")),
                check("tenant.b", Severity.ERROR, f -> Finding.met("fine"), "tenant.a"));

        assertEquals(Status.WARN, results.get("tenant.a").status());
        assertEquals(Status.PASS, results.get("tenant.b").status());
    }

    @Test
    void anUnmetErrorCheckFailsAndAnUnmetWarningCheckWarnsBothWithTheirRemediation() {
        Map<String, CheckResult> results = run(
                check("tenant.a", Severity.ERROR, f -> Finding.unmet("seen", "Set-CsThing -On $true")),
                check("tenant.b", Severity.WARNING, f -> Finding.unmet("seen", "Install-Module X")));

        assertEquals(Status.FAIL, results.get("tenant.a").status());
        assertEquals("Set-CsThing -On $true", results.get("tenant.a").remediation());
        assertEquals(Status.WARN, results.get("tenant.b").status());
    }

    @Test
    void aCheckThatThrowsFailsWithTheErrorAsEvidence() {
        Map<String, CheckResult> results = run(check("tenant.a", Severity.ERROR, f -> {
            throw new IllegalStateException("Get-CsThing: the host is gone");
        }));

        assertEquals(Status.FAIL, results.get("tenant.a").status());
        assertTrue(results.get("tenant.a").evidence().contains("Get-CsThing: the host is gone"));
    }

    @Test
    void aCheckThatOverrunsItsTimeoutFailsWhileTheOthersStillReport() {
        CountDownLatch never = new CountDownLatch(1);
        Map<String, CheckResult> results = run(
                // generous: the quick check must report within it even on a loaded machine; only the slow check
                // (which never ends) waits the whole time
                Duration.ofSeconds(3),
                check("tenant.slow", Severity.ERROR, f -> {
                    never.await();
                    return Finding.met("unreachable");
                }),
                check("tenant.quick", Severity.ERROR, f -> Finding.met("fine")));

        assertEquals(Status.FAIL, results.get("tenant.slow").status());
        assertEquals("did not finish within 3000 ms", results.get("tenant.slow").evidence());
        assertEquals(Status.PASS, results.get("tenant.quick").status());
    }

    @Test
    void resultsFollowTheCatalogueOrderNotTheScheduleOrder() {
        ReadinessReport report = new ReadinessRunner(
                        new Catalogue(
                                List.of(
                                        check("tenant.z", Severity.ERROR, f -> Finding.met("z"), "tenant.a"),
                                        check("tenant.a", Severity.ERROR, f -> Finding.met("a"))),
                                List.of()),
                        ReadinessOptions.defaults())
                .run(new ReadinessSources(SITE, null, null, null, null, null));

        assertEquals(
                List.of("tenant.z", "tenant.a"),
                report.results().stream().map(CheckResult::id).toList());
    }
}
