package io.jenkins.plugins.lynchybrid.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Microsoft's cmdlet contract as data: cmdlet-contract.json, built from the MicrosoftDocs/office-docs-powershell
 * pages it names per cmdlet (see docs/cmdlet-contract.md). Loaded once; immutable.
 */
public final class Contract {
    /** The classpath resource; engine tests read it too (the simulator is their test dependency). */
    public static final String RESOURCE = "/io/jenkins/plugins/lynchybrid/simulator/contract/cmdlet-contract.json";

    /** The property the host protocol wraps a scalar output in (docs/powershell-host.md). */
    public static final String SCALAR = "Value";

    private static final Contract INSTANCE = load();

    private final String readCommit;
    private final String teamsModuleVersion;
    private final List<String> commonParameters;
    private final Map<String, CmdletContract> cmdlets;
    private final Map<String, CmdletContract> onlineCmdlets;
    private final Map<String, String> errorTexts;

    private Contract(
            String readCommit,
            String teamsModuleVersion,
            List<String> commonParameters,
            Map<String, CmdletContract> cmdlets,
            Map<String, CmdletContract> onlineCmdlets,
            Map<String, String> errorTexts) {
        this.readCommit = readCommit;
        this.teamsModuleVersion = teamsModuleVersion;
        this.commonParameters = List.copyOf(commonParameters);
        this.cmdlets = cmdlets;
        this.onlineCmdlets = onlineCmdlets;
        this.errorTexts = Map.copyOf(errorTexts);
    }

    public static Contract get() {
        return INSTANCE;
    }

    /** The office-docs-powershell commit every page was read at. */
    public String readCommit() {
        return readCommit;
    }

    /** The MicrosoftTeams module version the Teams pages reflect, as the data states it. */
    public String teamsModuleVersion() {
        return teamsModuleVersion;
    }

    /** PowerShell's common parameters, which every cmdlet binds. */
    public List<String> commonParameters() {
        return commonParameters;
    }

    /**
     * The cmdlet by name, case-insensitively. Where both modules document a name (Grant-CsTeamsUpgradePolicy), the
     * Management Shell's page, listed first, is the one an on-premises session resolves.
     */
    public Optional<CmdletContract> cmdlet(String name) {
        return Optional.ofNullable(cmdlets.get(name));
    }

    /**
     * The MicrosoftTeams module's page of the cmdlet: the one a host resolves when it calls the cmdlet by its
     * module-qualified name ({@code MicrosoftTeams\\Grant-CsTeamsUpgradePolicy}), whatever else the session has.
     */
    public Optional<CmdletContract> onlineCmdlet(String name) {
        return Optional.ofNullable(onlineCmdlets.get(name));
    }

    public List<CmdletContract> cmdlets() {
        return List.copyOf(cmdlets.values());
    }

    /** The message for {@code errorId} (PowerShell's resources, or the module's text, as the data cites). */
    public String errorText(String errorId) {
        String text = errorTexts.get(errorId);
        if (text == null) {
            throw new IllegalStateException("the contract has no PowerShell text for " + errorId);
        }
        return text;
    }

    private static Contract load() {
        try (InputStream in = Contract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the classpath has no " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, CmdletContract> cmdlets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            Map<String, CmdletContract> online = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (JsonNode cmdlet : root.path("cmdlets")) {
                cmdlets.putIfAbsent(cmdlet.path("name").asText(), cmdlet(cmdlet));
                if (cmdlet.path("module").asText().equals("MicrosoftTeams")) {
                    online.put(cmdlet.path("name").asText(), cmdlet(cmdlet));
                }
            }
            Map<String, String> errors = new LinkedHashMap<>();
            root.path("powershellErrors")
                    .fields()
                    .forEachRemaining(e ->
                            errors.put(e.getKey(), e.getValue().path("text").asText()));
            return new Contract(
                    root.path("readCommit").asText(),
                    root.path("teamsModuleVersion").asText(),
                    texts(root.path("commonParameters")),
                    cmdlets,
                    online,
                    errors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static CmdletContract cmdlet(JsonNode node) {
        List<CmdletContract.ParameterSet> sets = new ArrayList<>();
        for (JsonNode set : node.path("parameterSets")) {
            List<CmdletContract.Member> members = new ArrayList<>();
            set.path("parameters")
                    .forEach(p -> members.add(new CmdletContract.Member(
                            p.path("name").asText(), p.path("mandatory").asBoolean())));
            sets.add(new CmdletContract.ParameterSet(set.path("name").asText(), members));
        }
        Map<String, CmdletContract.Parameter> parameters = new LinkedHashMap<>();
        node.path("parameters")
                .fields()
                .forEachRemaining(e -> parameters.put(
                        e.getKey(),
                        new CmdletContract.Parameter(
                                e.getKey(),
                                e.getValue().path("switch").asBoolean(),
                                texts(e.getValue().path("appliesTo")),
                                texts(e.getValue().path("aliases")))));
        JsonNode output = node.path("output");
        Set<String> properties = new LinkedHashSet<>(texts(output.path("properties")));
        output.path("parameterEvidence").fieldNames().forEachRemaining(properties::add);
        output.path("keptWithReason").fieldNames().forEachRemaining(properties::add);
        if ("String".equals(output.path("type").asText())) {
            properties.add(SCALAR); // the host writes a cmdlet's plain string as {"Value": ...}
        }
        Set<String> deprecated = new LinkedHashSet<>();
        node.path("deprecated").fieldNames().forEachRemaining(deprecated::add);
        JsonNode defaultSet = node.path("defaultParameterSet");
        return new CmdletContract(
                node.path("name").asText(),
                node.path("module").asText(),
                node.path("source").path("path").asText() + " @ "
                        + node.path("source").path("commit").asText(),
                texts(node.path("appliesTo")),
                defaultSet.isTextual() ? Optional.of(defaultSet.asText()) : Optional.empty(),
                sets,
                parameters,
                texts(node.path("promptsWhenAbsent")),
                deprecated,
                properties);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
