package io.jenkins.plugins.lynchybrid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.TenantException;
import io.jenkins.plugins.lynchybrid.testing.DocumentedGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Graph client against payloads copied from Microsoft Graph's documented examples (microsoft-graph-docs-
 * contrib, paths named per test), served by a server that knows nothing of Graph.
 */
class DocumentedGraphShapesTest {

    /** api-reference/v1.0/api/domain-list-federationconfiguration.md, "Response" (a collection of one). */
    private static final String LIST_FEDERATION = """
            {
              "value": [
                {
                  "@odata.type": "#microsoft.graph.internalDomainFederation",
                  "id": "6601d14b-d113-8f64-fda2-9b5ddda18ecc",
                  "displayName": "Contoso",
                  "issuerUri": "http://contoso.com/adfs/services/trust",
                  "metadataExchangeUri": "https://sts.contoso.com/adfs/services/trust/mex",
                  "signingCertificate": "MIIE3jCCAsagAwIBAgIQQcyDaZz3MI",
                  "passiveSignInUri": "https://sts.contoso.com/adfs/ls",
                  "preferredAuthenticationProtocol": "wsFed",
                  "activeSignInUri": "https://sts.contoso.com/adfs/services/trust/2005/usernamemixed",
                  "signOutUri": "https://sts.contoso.com/adfs/ls",
                  "promptLoginBehavior": "nativeSupport",
                  "isSignedAuthenticationRequestRequired": true,
                  "nextSigningCertificate": "MIIE3jCCAsagAwIBAgIQQcyDaZz3MI",
                  "federatedIdpMfaBehavior": "rejectMfaByFederatedIdp",
                  "signingCertificateUpdateStatus": {
                      "certificateUpdateResult": "Success",
                      "lastRunDateTime": "2021-08-25T07:44:46.2616778Z"
                  }
                }
              ]
            }""";

    /** api-reference/v1.0/api/internaldomainfederation-get.md, "Response": {@code value} holds the object itself. */
    private static final String FEDERATION_AS_OBJECT = """
            {
              "value": {
                "@odata.type": "#microsoft.graph.internalDomainFederation",
                "id": "6601d14b-d113-8f64-fda2-9b5ddda18ecc",
                "displayName": "Contoso",
                "issuerUri": "http://contoso.com/adfs/services/trust",
                "metadataExchangeUri": "https://sts.contoso.com/adfs/services/trust/mex",
                "signingCertificate": "MIIE3jCCAsagAwIBAgIQQcyDaZz3MI",
                "passiveSignInUri": "https://sts.contoso.com/adfs/ls",
                "preferredAuthenticationProtocol": "wsFed",
                "activeSignInUri": "https://sts.contoso.com/adfs/services/trust/2005/usernamemixed",
                "signOutUri": "https://sts.contoso.com/adfs/ls",
                "promptLoginBehavior": "nativeSupport",
                "isSignedAuthenticationRequestRequired": true,
                "nextSigningCertificate": "MIIE3jCCAsagAwIBAgIQQcyDaZz3MI",
                "signingCertificateUpdateStatus": {
                    "certificateUpdateResult": "Success",
                    "lastRunDateTime": "2021-08-25T07:44:46.2616778Z"
                },
                "federatedIdpMfaBehavior": "rejectMfaByFederatedIdp"
              }
            }""";

    /**
     * api-reference/v1.0/resources/internaldomainfederation.md: nextSigningCertificate and displayName may be
     * null, and every enum carries the {@code unknownFutureValue} placeholder.
     */
    private static final String FEDERATION_WITH_NULLS_AND_PLACEHOLDERS = """
            {
              "value": [
                {
                  "@odata.type": "#microsoft.graph.internalDomainFederation",
                  "id": "6601d14b-d113-8f64-fda2-9b5ddda18ecc",
                  "displayName": null,
                  "issuerUri": "http://contoso.com/adfs/services/trust",
                  "metadataExchangeUri": "https://sts.contoso.com/adfs/services/trust/mex",
                  "signingCertificate": "MIIE3jCCAsagAwIBAgIQQcyDaZz3MI",
                  "passiveSignInUri": "https://sts.contoso.com/adfs/ls",
                  "preferredAuthenticationProtocol": "unknownFutureValue",
                  "activeSignInUri": null,
                  "signOutUri": null,
                  "promptLoginBehavior": "unknownFutureValue",
                  "isSignedAuthenticationRequestRequired": null,
                  "nextSigningCertificate": null,
                  "federatedIdpMfaBehavior": "unknownFutureValue",
                  "signingCertificateUpdateStatus": null
                }
              ]
            }""";

    @Test
    void listFederationConfigurationDocExampleReadsEveryValue() {
        try (DocumentedGraph server = DocumentedGraph.start();
                GraphClient graph = server.graph(List.of())) {
            server.answer("GET", "/v1.0/domains/contoso.com/federationConfiguration", LIST_FEDERATION);

            FederationConfiguration federation =
                    graph.federationConfiguration("contoso.com").orElseThrow();

            assertEquals("http://contoso.com/adfs/services/trust", federation.issuerUri());
            assertEquals("https://sts.contoso.com/adfs/services/trust/mex", federation.metadataExchangeUri());
            assertEquals(Optional.of("MIIE3jCCAsagAwIBAgIQQcyDaZz3MI"), federation.nextSigningCertificate());
            assertEquals("wsFed", federation.preferredAuthenticationProtocol());
        }
    }

    @Test
    void getInternalDomainFederationDocExampleWithAnObjectInValueIsRead() {
        try (DocumentedGraph server = DocumentedGraph.start();
                GraphClient graph = server.graph(List.of())) {
            server.answer("GET", "/v1.0/domains/contoso.com/federationConfiguration", FEDERATION_AS_OBJECT);

            FederationConfiguration federation =
                    graph.federationConfiguration("contoso.com").orElseThrow();

            assertEquals("https://sts.contoso.com/adfs/ls", federation.passiveSignInUri());
            assertEquals("MIIE3jCCAsagAwIBAgIQQcyDaZz3MI", federation.signingCertificate());
        }
    }

    @Test
    void internalDomainFederationResourceNullsReadAsAbsentAndPlaceholderEnumsAsGiven() {
        try (DocumentedGraph server = DocumentedGraph.start();
                GraphClient graph = server.graph(List.of())) {
            server.answer(
                    "GET", "/v1.0/domains/contoso.com/federationConfiguration", FEDERATION_WITH_NULLS_AND_PLACEHOLDERS);

            FederationConfiguration federation =
                    graph.federationConfiguration("contoso.com").orElseThrow();

            assertEquals(Optional.empty(), federation.nextSigningCertificate());
            assertEquals("", federation.activeSignInUri(), "a documented null is not the text \"null\"");
            assertEquals("unknownFutureValue", federation.preferredAuthenticationProtocol());
        }
    }

    @Test
    void anEmptyFederationCollectionMeansNoConfiguration() {
        try (DocumentedGraph server = DocumentedGraph.start();
                GraphClient graph = server.graph(List.of())) {
            server.answer("GET", "/v1.0/domains/contoso.com/federationConfiguration", "{\"value\":[]}");

            assertEquals(Optional.empty(), graph.federationConfiguration("contoso.com"));
        }
    }

    /**
     * concepts/json-batching.md, "Response format": each item has id, status, headers and body. An item whose
     * body is {@code {}} is no user collection, whatever its status says: its users are failed look-ups, never
     * "not found".
     */
    @Test
    void aBatchItemWithAnEmptyBodyIsAFailedLookUpNotAUserWithoutName() {
        try (DocumentedGraph server = DocumentedGraph.start();
                GraphClient graph = server.graph(List.of())) {
            server.answer("POST", "/v1.0/$batch", """
                    {"responses": [
                      {"id": "0", "status": 200,
                       "headers": {"Cache-Control": "no-cache", "OData-Version": "4.0",
                                   "Content-Type": "application/json;odata.metadata=minimal;charset=utf-8"},
                       "body": {}}
                    ]}""");

            UserLookup lookup = graph.users(List.of("adams@contoso.com")).get("adams@contoso.com");

            assertTrue(lookup.user().isEmpty());
            assertEquals(200, lookup.status());
            assertTrue(lookup.error().contains("not a user"), lookup.error());
        }
    }

    /**
     * A filter's page holding an entry that is no user (no id or userPrincipalName): the users it was asked for
     * cannot be said to be missing from the tenant, so each is a failed look-up, not "not found".
     */
    @Test
    void aFilterAnswerHoldingANonUserFailsItsUsersRatherThanCallingThemMissing() {
        try (DocumentedGraph server = DocumentedGraph.start();
                GraphClient graph = server.graph(List.of())) {
            server.answer("POST", "/v1.0/$batch", """
                    {"responses": [
                      {"id": "0", "status": 200, "headers": {"Content-Type": "application/json"},
                       "body": {"value": [{"displayName": "Conf Room Adams"}]}}
                    ]}""");

            Map<String, UserLookup> found = graph.users(List.of("adams@contoso.com", "bell@contoso.com"));

            found.values().forEach(lookup -> {
                assertEquals(200, lookup.status());
                assertTrue(lookup.error().contains("not a user"), lookup.error());
            });
        }
    }

    /** api-reference/v1.0/api/user-list.md, "Example 1" response: nulls for the unset properties. */
    @Test
    void userListDocExampleNullsAreAbsentNotTheTextNull() {
        try (DocumentedGraph server = DocumentedGraph.start();
                GraphClient graph = server.graph(List.of())) {
            server.answer("GET", "/v1.0/users", """
                    {
                      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
                      "value": [
                        {
                          "businessPhones": [],
                          "displayName": "Conf Room Adams",
                          "givenName": null,
                          "jobTitle": null,
                          "mail": "Adams@contoso.com",
                          "mobilePhone": null,
                          "officeLocation": null,
                          "preferredLanguage": null,
                          "surname": null,
                          "userPrincipalName": "Adams@contoso.com",
                          "id": "6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0",
                          "usageLocation": null,
                          "onPremisesSyncEnabled": null,
                          "assignedPlans": [],
                          "proxyAddresses": [null, "SMTP:Adams@contoso.com"]
                        }
                      ]
                    }""");
            List<GraphUser> users = new ArrayList<>();

            graph.forEachUserPage(null, users::addAll);

            GraphUser adams = users.get(0);
            assertEquals(Optional.empty(), adams.usageLocation());
            assertFalse(adams.synced());
            assertEquals(List.of("SMTP:Adams@contoso.com"), adams.proxyAddresses());
            assertTrue(UsageLocation.problem(adams).isPresent());
        }
    }

    @Test
    void aNextLinkToAnotherOriginStopsPagingWithAReasonNamingTheSiteField() {
        try (DocumentedGraph graphHost = DocumentedGraph.start();
                DocumentedGraph gateway = DocumentedGraph.startAsLocalhost();
                GraphClient graph = graphHost.graph(List.of())) {
            graphHost.answer("GET", "/v1.0/users", page("Adams@contoso.com", gateway.baseUrl() + "/v1.0/users2"));
            List<GraphUser> users = new ArrayList<>();

            TenantException refused =
                    assertThrows(TenantException.class, () -> graph.forEachUserPage(null, users::addAll));

            assertEquals(1, users.size(), "the first page was read");
            assertTrue(refused.getMessage().contains("graphAllowedHosts"), refused.getMessage());
            assertTrue(
                    refused.getMessage().contains(gateway.baseUrl().substring("http://".length())),
                    refused.getMessage());
            assertTrue(gateway.requests().isEmpty(), "no request, and no token, went to the other origin");
        }
    }

    @Test
    void aNextLinkToAnAllowedHostIsFollowed() {
        try (DocumentedGraph graphHost = DocumentedGraph.start();
                DocumentedGraph gateway = DocumentedGraph.startAsLocalhost();
                GraphClient graph = graphHost.graph(List.of("localhost"))) {
            graphHost.answer("GET", "/v1.0/users", page("Adams@contoso.com", gateway.baseUrl() + "/v1.0/users2"));
            gateway.answer("GET", "/v1.0/users2", page("Bell@contoso.com", null));
            List<String> upns = new ArrayList<>();

            graph.forEachUserPage(null, page -> page.forEach(u -> upns.add(u.userPrincipalName())));

            assertEquals(List.of("Adams@contoso.com", "Bell@contoso.com"), upns);
        }
    }

    private static String page(String upn, String nextLink) {
        return "{\"value\":[{\"id\":\"" + java.util.UUID.nameUUIDFromBytes(upn.getBytes())
                + "\",\"userPrincipalName\":\""
                + upn + "\",\"usageLocation\":\"US\"}]"
                + (nextLink == null ? "" : ",\"@odata.nextLink\":\"" + nextLink + "\"") + "}";
    }
}
