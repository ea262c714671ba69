package io.jenkins.plugins.lynchybrid.provisioning;

import io.jenkins.plugins.lynchybrid.errors.ShellException;
import io.jenkins.plugins.lynchybrid.failures.Failure;
import io.jenkins.plugins.lynchybrid.failures.ReadRetry;
import io.jenkins.plugins.lynchybrid.shell.Calls;
import io.jenkins.plugins.lynchybrid.shell.LyncShell;
import io.jenkins.plugins.lynchybrid.shell.PsObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads many users' online view with Get-CsOnlineUser, {@link #PER_CALL} per call: {@code -Filter
 * "UserPrincipalName -eq 'a' -or UserPrincipalName -eq 'b' ..."}. The page warns that without -Identity the output
 * holds "Only valid OnPrem users ... DirSyncEnabled and have a valid OnPremSipAddress", and that what is missing
 * "can be obtained using the -identity parameter": so every user a filtered answer leaves out is asked alone with
 * -Identity, and only a user -Identity cannot find either is absent from the tenant. A UPN the filter cannot quote
 * plainly (a quote, a brace) is asked with -Identity too, so no user text is ever part of a filter it could change.
 * Every call is a read with the job's bounded retries.
 */
public final class OnlineUserReader {
    /**
     * Users per filtered call: the move job's pre-check chunk (40, {@code MoveJob.CHUNK}), so each chunk costs one
     * Get-CsOnlineUser (issue 20: 1/40 of a shell call per user, not 1/20). Microsoft's page
     * (MicrosoftDocs/office-docs-powershell, teams/teams-ps/MicrosoftTeams/Get-CsOnlineUser.md, "-Filter") says the
     * filter "uses the same filtering syntax as the Where-Object cmdlet", shows clauses joined with {@code -or}, and
     * sets no limit on their number or the filter's length. Forty clauses of about 60 characters ({@code
     * UserPrincipalName -eq '...' -or}) make a filter of about 2,400: one string parameter sent over the shell
     * host's pipe, never a command line, and no longer than the Get-CsUser -LdapFilter of 100 users the job already
     * sends. More per call would only pay off beyond a chunk, where readiness spreads the calls over the hosts.
     */
    public static final int PER_CALL = 40;

    private static final Pattern PLAIN_UPN = Pattern.compile("[A-Za-z0-9._%+\\-!#$&*/=?^`|~]+@[A-Za-z0-9.\\-]+");

    private final LyncShell shell;
    private final ReadRetry retry;

    public OnlineUserReader(LyncShell shell, ReadRetry retry) {
        this.shell = shell;
        this.retry = retry;
    }

    /** One user's answer: the online user, absent when the tenant has no such user, or the failure of the read. */
    public record Read(Optional<OnlineUser> user, Optional<Failure> failure) {
        static Read found(OnlineUser user) {
            return new Read(Optional.of(user), Optional.empty());
        }

        static Read absent() {
            return new Read(Optional.empty(), Optional.empty());
        }

        static Read failed(Failure failure) {
            return new Read(Optional.empty(), Optional.of(failure));
        }
    }

    /**
     * As {@link #read}, the calls of a long list side by side on {@code executor} (one task per {@link #PER_CALL}
     * users), so a readiness run over thousands of users spreads them over the shell hosts instead of one by one.
     */
    public Map<String, Read> readAll(Collection<String> userPrincipalNames, Executor executor) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(userPrincipalNames));
        if (all.size() <= PER_CALL) {
            return read(all);
        }
        List<CompletableFuture<Map<String, Read>>> pending = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PER_CALL) {
            List<String> part = all.subList(from, Math.min(all.size(), from + PER_CALL));
            pending.add(CompletableFuture.supplyAsync(() -> read(part), executor));
        }
        Map<String, Read> answers = new LinkedHashMap<>();
        pending.forEach(part -> answers.putAll(part.join()));
        return answers;
    }

    /** The answer per UPN, in the order given (each UPN once). */
    public Map<String, Read> read(Collection<String> userPrincipalNames) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(userPrincipalNames));
        Map<String, Read> answers = new LinkedHashMap<>();
        List<String> plain =
                all.stream().filter(u -> PLAIN_UPN.matcher(u).matches()).toList();
        for (int from = 0; from < plain.size(); from += PER_CALL) {
            answers.putAll(filtered(plain.subList(from, Math.min(plain.size(), from + PER_CALL))));
        }
        Map<String, Read> ordered = new LinkedHashMap<>();
        for (String upn : all) {
            Read read = answers.get(upn);
            ordered.put(upn, read != null ? read : alone(upn));
        }
        return ordered;
    }

    private Map<String, Read> filtered(List<String> upns) {
        String filter =
                upns.stream().map(u -> "UserPrincipalName -eq '" + u + "'").collect(Collectors.joining(" -or "));
        ReadRetry.Outcome<List<PsObject>> outcome = retry.run(() -> shell.run(Calls.getOnlineUsersByFilter(filter)));
        Map<String, Read> answers = new LinkedHashMap<>();
        if (outcome.failure().isPresent()) {
            upns.forEach(u -> answers.put(u, Read.failed(outcome.failure().get())));
            return answers;
        }
        Map<String, OnlineUser> byUpn = new LinkedHashMap<>();
        outcome.value().orElse(List.of()).stream()
                .map(OnlineUser::of)
                .forEach(u -> byUpn.put(u.userPrincipalName().toLowerCase(Locale.ROOT), u));
        for (String upn : upns) {
            OnlineUser user = byUpn.get(upn.toLowerCase(Locale.ROOT));
            if (user != null) {
                answers.put(upn, Read.found(user));
            }
        }
        return answers;
    }

    private Read alone(String upn) {
        ReadRetry.Outcome<Optional<OnlineUser>> outcome = retry.run(() -> byIdentity(upn));
        if (outcome.failure().isPresent()) {
            return Read.failed(outcome.failure().get());
        }
        return outcome.value().flatMap(u -> u).map(Read::found).orElseGet(Read::absent);
    }

    private Optional<OnlineUser> byIdentity(String upn) {
        try {
            return shell.run(Calls.getOnlineUser(upn)).stream().findFirst().map(OnlineUser::of);
        } catch (ShellException e) {
            if (e.kind() == ShellException.Kind.CMDLET_ERROR && notFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean notFound(ShellException e) {
        String message = e.serviceMessage().toLowerCase(Locale.ROOT);
        return "ObjectNotFound".equalsIgnoreCase(e.category()) || message.contains("not found");
    }
}
