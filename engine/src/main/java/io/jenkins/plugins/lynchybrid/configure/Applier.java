package io.jenkins.plugins.lynchybrid.configure;

import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Executes a plan's changes one at a time, in the plan's order, and stops at the first that fails: what
 * follows it may depend on it. Before the first tenant change, and at the end if there is none, it waits for
 * the on-premises changes to replicate to the Edge. Nothing is retried here: a re-run re-plans from the
 * state as it then is, which is what makes a change whose outcome is unknown safe to complete.
 */
public final class Applier {
    private final LyncShell shell;
    private final ReplicationWait replication;

    public Applier(LyncShell shell, ApplySettings settings) {
        this.shell = shell;
        this.replication = new ReplicationWait(shell, settings);
    }

    public ApplyOutcome apply(Plan plan) {
        List<ChangeOutcome> outcomes = new ArrayList<>();
        Optional<ReplicationReport> replicated = Optional.empty();
        Optional<String> failure = Optional.empty();
        boolean onPremisesChanged = false;
        for (Change change : plan.changes()) {
            if (failure.isEmpty() && onPremisesChanged && !change.resource().onPremises() && replicated.isEmpty()) {
                replicated = Optional.of(replication.await());
                failure = replicated.get().failure();
            }
            if (failure.isPresent()) {
                outcomes.add(ChangeOutcome.notAttempted(change));
                continue;
            }
            ChangeOutcome outcome = execute(change);
            outcomes.add(outcome);
            if (outcome.status() == ChangeOutcome.Status.APPLIED) {
                onPremisesChanged |= change.resource().onPremises();
            } else {
                failure = Optional.of(stopReason(outcome));
            }
        }
        if (failure.isEmpty() && onPremisesChanged && replicated.isEmpty()) {
            replicated = Optional.of(replication.await());
            failure = replicated.get().failure();
        }
        return new ApplyOutcome(outcomes, replicated, failure);
    }

    private ChangeOutcome execute(Change change) {
        try {
            shell.run(change.call());
            return ChangeOutcome.applied(change);
        } catch (ShellException e) {
            ChangeOutcome.Status status = e.kind() == ShellException.Kind.OUTCOME_UNKNOWN
                    ? ChangeOutcome.Status.OUTCOME_UNKNOWN
                    : ChangeOutcome.Status.FAILED;
            return new ChangeOutcome(change, status, Optional.of(e.getMessage()));
        }
    }

    private static String stopReason(ChangeOutcome outcome) {
        Change change = outcome.change();
        String what = change.resource().displayName() + " " + change.target() + " " + change.property();
        String message = outcome.message().orElse("");
        return outcome.status() == ChangeOutcome.Status.OUTCOME_UNKNOWN
                ? "lost contact with the shell while changing " + what + " (" + message
                        + "); it may or may not have taken effect: re-run configure, it re-reads the state"
                        + " and applies only what is still missing"
                : "the shell refused to change " + what + ": " + message;
    }
}
