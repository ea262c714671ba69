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
            "id,userPrincipalName,accountEnabled,usageLocation,onPremisesSyncEnabled,assignedPlans,proxyAddresses";

    private GraphJson() {}

    static Organization organization(JsonNode o) {
        return new Organization(
                o.path("id").asText(),
                o.path("displayName").asText(),
                bool(o, "onPremisesSyncEnabled"),
                GraphHttp.text(o, "onPremisesLastSyncDateTime").flatMap(GraphJson::instant));
    }

    static Domain domain(JsonNode d) {
        return new Domain(
                d.path("id").asText(),
                d.path("authenticationType").asText(),
                d.path("isVerified").asBoolean(),
                d.path("isInitial").asBoolean(),
                strings(d.path("supportedServices")));
    }

    static FederationConfiguration federation(JsonNode f) {
        return new FederationConfiguration(
                f.path("issuerUri").asText(),
                f.path("metadataExchangeUri").asText(),
                f.path("passiveSignInUri").asText(),
                f.path("activeSignInUri").asText(),
                f.path("signingCertificate").asText(),
                GraphHttp.text(f, "nextSigningCertificate"),
                f.path("preferredAuthenticationProtocol").asText());
    }

    static GraphUser user(JsonNode u) {
        List<AssignedPlan> plans = new ArrayList<>();
        for (JsonNode p : u.path("assignedPlans")) {
            plans.add(new AssignedPlan(
                    p.path("servicePlanId").asText(),
                    p.path("service").asText(),
                    p.path("capabilityStatus").asText()));
        }
        return new GraphUser(
                u.path("id").asText(),
                u.path("userPrincipalName").asText(),
                u.path("accountEnabled").asBoolean(),
                GraphHttp.text(u, "usageLocation"),
                bool(u, "onPremisesSyncEnabled"),
                plans,
                strings(u.path("proxyAddresses")));
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
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
