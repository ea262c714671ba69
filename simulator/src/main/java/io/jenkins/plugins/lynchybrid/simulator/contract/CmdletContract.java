package io.jenkins.plugins.lynchybrid.simulator.contract;

import io.jenkins.plugins.lynchybrid.simulator.world.ServerProduct;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One cmdlet as Microsoft's reference page documents it (an entry of cmdlet-contract.json): its parameter sets,
 * each parameter's products, the parameters whose absence makes it prompt, and the properties of its output.
 *
 * @param module {@code SkypeForBusiness} (the Management Shell) or {@code MicrosoftTeams} (the tenant session)
 * @param source the page's repository path and the commit it was read at
 * @param appliesTo the page header's products
 * @param defaultSet the set the page marks (Default), empty when it marks none
 * @param outputProperties documented, parameter-evidence and kept-with-reason properties (the output policy)
 */
public record CmdletContract(
        String name,
        String module,
        String source,
        List<String> appliesTo,
        Optional<String> defaultSet,
        List<ParameterSet> sets,
        Map<String, Parameter> parameters,
        List<String> promptsWhenAbsent,
        Set<String> deprecated,
        Set<String> outputProperties) {

    /** The set the contract's notes choose where the page marks none: the Identity set, which binds -Identity. */
    static final String CONSERVATIVE_DEFAULT = "Identity";

    public CmdletContract {
        appliesTo = List.copyOf(appliesTo);
        sets = List.copyOf(sets);
        parameters = Map.copyOf(parameters);
        promptsWhenAbsent = List.copyOf(promptsWhenAbsent);
        deprecated = Set.copyOf(deprecated);
        outputProperties = Set.copyOf(outputProperties);
    }

    /** A parameter set: its name and members as SYNTAX shows them. */
    public record ParameterSet(String name, List<Member> members) {
        public ParameterSet {
            members = List.copyOf(members);
        }

        public Optional<Member> member(String parameter) {
            return members.stream().filter(m -> m.name().equals(parameter)).findFirst();
        }
    }

    /** A parameter's place in one set. */
    public record Member(String name, boolean mandatory) {}

    /** A parameter's type and the products it applies to. */
    public record Parameter(String name, boolean isSwitch, List<String> appliesTo, List<String> aliases) {
        public Parameter {
            appliesTo = List.copyOf(appliesTo);
            aliases = List.copyOf(aliases);
        }
    }

    /** Whether the tenant's MicrosoftTeams module answers it (whatever the on-premises product). */
    public boolean online() {
        return "MicrosoftTeams".equals(module);
    }

    /** Whether the cmdlet exists on {@code product}. */
    public boolean existsOn(ServerProduct product) {
        return online() || appliesTo.contains(product.contractName());
    }

    /**
     * The sets {@code product} has: each set's members filtered by their own products, and a set dropped when one
     * of its mandatory members does not apply (the contract's parameterSetsPerVersion rule). A member without a
     * PARAMETERS entry (SYNTAX only) applies wherever the cmdlet does.
     */
    public List<ParameterSet> setsOn(ServerProduct product) {
        List<ParameterSet> available = new ArrayList<>();
        for (ParameterSet set : sets) {
            List<Member> members = set.members().stream()
                    .filter(m -> applies(m.name(), product))
                    .toList();
            boolean mandatoryLost = set.members().stream().anyMatch(m -> m.mandatory() && !applies(m.name(), product));
            if (!mandatoryLost) {
                available.add(new ParameterSet(set.name(), members));
            }
        }
        return available;
    }

    /** Every parameter {@code product} binds, in SYNTAX order, without the common parameters. */
    public Set<String> parametersOn(ServerProduct product) {
        Set<String> names = new LinkedHashSet<>();
        setsOn(product).forEach(s -> s.members().forEach(m -> names.add(m.name())));
        return names;
    }

    /** The default set as PowerShell resolves it: the page's, else the conservative Identity set when it has one. */
    Optional<String> effectiveDefault() {
        return defaultSet.or(() -> sets.stream()
                .map(ParameterSet::name)
                .filter(CONSERVATIVE_DEFAULT::equals)
                .findFirst());
    }

    private boolean applies(String parameter, ServerProduct product) {
        if (online()) {
            return true;
        }
        Parameter p = parameters.get(parameter);
        return p == null || p.appliesTo().contains(product.contractName());
    }
}
