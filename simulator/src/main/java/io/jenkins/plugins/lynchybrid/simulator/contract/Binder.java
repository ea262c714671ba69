package io.jenkins.plugins.lynchybrid.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Binds named arguments to a cmdlet as PowerShell's parameter binder does, from the contract, for one product:
 * names (exact, alias, then unambiguous prefix), then the parameter set, then the mandatory parameters, which a
 * {@code -NonInteractive} host cannot prompt for, then the parameters whose absence makes the cmdlet itself
 * prompt. Every refusal carries PowerShell's own text.
 */
public final class Binder {
    private final Contract contract;

    public Binder(Contract contract) {
        this.contract = contract;
    }

    /** @throws BindingError as PowerShell refuses the call; CommandNotFound when the product lacks the cmdlet */
    public BoundCall bind(CmdletContract cmdlet, ServerProduct product, ObjectNode given) {
        if (!cmdlet.existsOn(product)) {
            throw new BindingError(
                    "ObjectNotFound",
                    "The term '" + cmdlet.name() + "' is not recognized as the name of a cmdlet, function, script file,"
                            + " or operable program. Check the spelling of the name, or if a path was included, verify"
                            + " that the path is correct and try again.",
                    "CommandNotFoundException");
        }
        List<CmdletContract.ParameterSet> sets = cmdlet.setsOn(product);
        Map<String, JsonNode> bound = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> argument = it.next();
            String name = resolveName(cmdlet, product, argument.getKey());
            if (bound.containsKey(name)) {
                throw error("ParameterAlreadyBound", "InvalidArgument", name);
            }
            bound.put(name, argument.getValue());
        }
        CmdletContract.ParameterSet set = resolveSet(cmdlet, sets, bound);
        List<String> missing = set.members().stream()
                .filter(m -> m.mandatory() && !bound.containsKey(m.name()))
                .map(CmdletContract.Member::name)
                .toList();
        if (!missing.isEmpty()) {
            String names = missing.stream().map(n -> " " + n).collect(Collectors.joining());
            throw error("MissingMandatoryParameter", "InvalidArgument", names);
        }
        for (String prompting : cmdlet.promptsWhenAbsent()) {
            if (set.member(prompting).isPresent() && !bound.containsKey(prompting)) {
                throw new BindingError(
                        "InvalidOperation",
                        contract.errorText("ReadFailsOnNonInteractiveFlag"),
                        "ReadFailsOnNonInteractiveFlag");
            }
        }
        return new BoundCall(set.name(), bound);
    }

    /** The names {@code product}'s build of the cmdlet reports in (Get-Command X).Parameters. */
    public List<String> commandParameters(CmdletContract cmdlet, ServerProduct product) {
        List<String> names = new ArrayList<>(cmdlet.parametersOn(product));
        names.addAll(contract.commonParameters());
        return names;
    }

    private String resolveName(CmdletContract cmdlet, ServerProduct product, String given) {
        List<String> known = commandParameters(cmdlet, product);
        Optional<String> exact =
                known.stream().filter(n -> n.equalsIgnoreCase(given)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        Optional<String> alias = known.stream()
                .filter(n -> cmdlet.parameters().containsKey(n)
                        && cmdlet.parameters().get(n).aliases().stream().anyMatch(a -> a.equalsIgnoreCase(given)))
                .findFirst();
        if (alias.isPresent()) {
            return alias.get();
        }
        String prefix = given.toLowerCase(Locale.ROOT);
        List<String> matches = known.stream()
                .filter(n -> !given.isEmpty() && n.toLowerCase(Locale.ROOT).startsWith(prefix))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            String possible = matches.stream().map(n -> " -" + n).collect(Collectors.joining());
            throw new BindingError(
                    "InvalidArgument",
                    contract.errorText("AmbiguousParameter")
                            .replace("{1}", given)
                            .replace("{6}", possible),
                    "AmbiguousParameter");
        }
        throw error("NamedParameterNotFound", "InvalidArgument", given);
    }

    /**
     * The one set holding every bound parameter: alone, else the only one whose mandatory parameters are all
     * bound, else the default set (the page's, or the contract's conservative Identity set).
     */
    private CmdletContract.ParameterSet resolveSet(
            CmdletContract cmdlet, List<CmdletContract.ParameterSet> sets, Map<String, JsonNode> bound) {
        List<CmdletContract.ParameterSet> candidates = sets.stream()
                .filter(s -> bound.keySet().stream()
                        .allMatch(n -> contract.commonParameters().contains(n)
                                || s.member(n).isPresent()))
                .toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        List<CmdletContract.ParameterSet> satisfied = candidates.stream()
                .filter(s -> s.members().stream().allMatch(m -> !m.mandatory() || bound.containsKey(m.name())))
                .toList();
        if (satisfied.size() == 1) {
            return satisfied.get(0);
        }
        Optional<String> preferred = cmdlet.effectiveDefault();
        Optional<CmdletContract.ParameterSet> chosen = (satisfied.isEmpty() ? candidates : satisfied)
                .stream()
                        .filter(s -> preferred.filter(s.name()::equals).isPresent())
                        .findFirst();
        return chosen.orElseThrow(() -> new BindingError(
                "InvalidArgument", contract.errorText("AmbiguousParameterSet"), "AmbiguousParameterSet"));
    }

    private BindingError error(String errorId, String category, String argument) {
        return new BindingError(category, contract.errorText(errorId).replace("{1}", argument), errorId);
    }
}
