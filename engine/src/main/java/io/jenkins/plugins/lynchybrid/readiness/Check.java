package io.jenkins.plugins.lynchybrid.readiness;

import java.util.List;

/**
 * One readiness check: a stable id ({@code category.name}), what it verifies, why it matters, how it is fixed,
 * the checks that must pass first, and its evaluation.
 *
 * @param why the consequence of the requirement not holding, for the catalogue
 * @param fix the usual fix in one line, for the catalogue (a run's remediation is more specific)
 * @param prerequisites ids of checks that must not fail (or be skipped) for this one to run
 */
public record Check(
        String id,
        String title,
        Category category,
        Severity severity,
        String why,
        String fix,
        List<String> prerequisites,
        Evaluation evaluation) {

    public Check {
        prerequisites = List.copyOf(prerequisites);
        if (!id.startsWith(category.prefix() + ".")) {
            throw new IllegalArgumentException("check id " + id + " must start with " + category.prefix() + ".");
        }
    }

    /** Reads what it needs from the run's shared facts and judges it. */
    @FunctionalInterface
    public interface Evaluation {
        Finding evaluate(HybridFacts facts) throws Exception;
    }
}
