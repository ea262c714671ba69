package io.jenkins.plugins.lynchybrid.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Graph's JSON resources to this engine's records, by their documented v1.0 property names. */
final class GraphJson {
    /** The user properties the pre-checks read; the on-premises ones only come when selected. */
    static final String USER_SELECT =
            "id,userPrincipalName,accountEnabled,usageLocation,onPremisesSyncEnabled,assignedPlans,proxyAddresses,"
                    + "provisionedPlans";

    private GraphJson() {}

    static Organization organization(JsonNode o) {
        return new Organization(
                str(o, "id"),
                str(o, "displayName"),
                bool(o, "onPremisesSyncEnabled"),
                GraphHttp.text(o, "onPremisesLastSyncDateTime").flatMap(GraphJson::instant));
    }

    static Domain domain(JsonNode d) {
        return new Domain(
                str(d, "id"),
                str(d, "authenticationType"),
                d.path("isVerified").asBoolean(),
                d.path("isInitial").asBoolean(),
                strings(d.path("supportedServices")));
    }

    static FederationConfiguration federation(JsonNode f) {
        return new FederationConfiguration(
                str(f, "issuerUri"),
                str(f, "metadataExchangeUri"),
                str(f, "passiveSignInUri"),
                str(f, "activeSignInUri"),
                str(f, "signingCertificate"),
                GraphHttp.text(f, "nextSigningCertificate").filter(c -> !c.isBlank()),
                str(f, "preferredAuthenticationProtocol"));
    }

    /** Whether a 200 answer is a user: Graph always returns its id and userPrincipalName when selected. */
    static boolean isUser(JsonNode u) {
        return u.isObject()
                && !u.path("id").asText("").isBlank()
                && !u.path("userPrincipalName").asText("").isBlank();
    }

    /**
     * The federation object of a List federationConfiguration answer. The List page documents a collection of
     * one in {@code value} (api-reference/v1.0/api/domain-list-federationconfiguration.md), but another documented
     * example holds the object itself, so an object in {@code value}, or at the root, is read the same way.
     */
    static Optional<JsonNode> federationObject(JsonNode answer) {
        JsonNode value = answer.path("value");
        if (value.isArray()) {
            return value.isEmpty()
                    ? Optional.empty()
                    : Optional.of(value.get(0)).filter(JsonNode::isObject);
        }
        if (value.isObject()) {
            return Optional.of(value);
        }
        return answer.has("issuerUri") ? Optional.of(answer) : Optional.empty();
    }

    static GraphUser user(JsonNode u) {
        List<AssignedPlan> plans = new ArrayList<>();
        for (JsonNode p : u.path("assignedPlans")) {
            plans.add(new AssignedPlan(str(p, "servicePlanId"), str(p, "service"), str(p, "capabilityStatus")));
        }
        List<ProvisionedPlan> provisioned = new ArrayList<>();
        for (JsonNode p : u.path("provisionedPlans")) {
            provisioned.add(
                    new ProvisionedPlan(str(p, "service"), str(p, "capabilityStatus"), str(p, "provisioningStatus")));
        }
        return new GraphUser(
                str(u, "id"),
                str(u, "userPrincipalName"),
                u.path("accountEnabled").asBoolean(),
                GraphHttp.text(u, "usageLocation"),
                bool(u, "onPremisesSyncEnabled"),
                plans,
                strings(u.path("proxyAddresses")),
                provisioned);
    }

    /** A documented null (or an absent field) reads as empty, never as the text "null". */
    private static String str(JsonNode node, String field) {
        return GraphHttp.text(node, field).orElse("");
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> {
            if (v.isValueNode() && !v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
