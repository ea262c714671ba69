package io.jenkins.plugins.lynchybrid.adfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.TenantException;
import io.jenkins.plugins.lynchybrid.graph.FederationConfiguration;
import io.jenkins.plugins.lynchybrid.graph.GraphClient;
import io.jenkins.plugins.lynchybrid.graph.RetryPolicy;
import io.jenkins.plugins.lynchybrid.simulator.world.Scenario;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import io.jenkins.plugins.lynchybrid.testing.SimulatedCloud;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Federation metadata fetched from the simulated AD FS, cross-read with what Graph says about the domain. */
class FederationMetadataReaderTest {

    private static FederationConfiguration federation(SimulatedCloud cloud) {
        GraphClient graph = cloud.graph(cloud.secretTokens(), RetryPolicy.DEFAULT, 100);
        return graph.federationConfiguration(World.SIP_DOMAIN).orElseThrow();
    }

    private static FederationMetadata metadataBehind(SimulatedCloud cloud, FederationConfiguration federation) {
        try (FederationMetadataReader reader = new FederationMetadataReader(cloud.connection())) {
            return reader.read(FederationMetadataReader.metadataUrl(URI.create(federation.metadataExchangeUri())));
        }
    }

    @Test
    void healthyAdfsPublishesTheIssuerAndCertificateEntraExpects() {
        try (SimulatedCloud cloud = SimulatedCloud.start(1)) {
            FederationConfiguration federation = federation(cloud);
            FederationMetadata metadata = metadataBehind(cloud, federation);

            assertEquals(federation.issuerUri(), metadata.entityId());
            assertTrue(metadata.publishesSigningCertificate(federation.signingCertificate()));
        }
    }

    @Test
    void ssoMismatchShowsAsDifferentIssuer() {
        try (SimulatedCloud cloud = SimulatedCloud.start(1, Scenario.SSO_MISMATCH)) {
            FederationConfiguration federation = federation(cloud);

            assertNotEquals(
                    federation.issuerUri(), metadataBehind(cloud, federation).entityId());
        }
    }

    @Test
    void expiredSigningCertificateIsReadWithItsExpiry() {
        try (SimulatedCloud cloud = SimulatedCloud.start(1, Scenario.ADFS_CERT_EXPIRED)) {
            FederationMetadata metadata = metadataBehind(cloud, federation(cloud));

            assertTrue(metadata.signingCertificates()
                    .get(0)
                    .getNotAfter()
                    .toInstant()
                    .isBefore(Instant.now()));
        }
    }

    @Test
    void unreachableMetadataFailsWithTheStatusAndUrl() {
        try (SimulatedCloud cloud = SimulatedCloud.start(1)) {
            FederationConfiguration federation = federation(cloud);
            cloud.world().change(w -> w.adfsMetadataReachable(false));

            TenantException e = assertThrows(TenantException.class, () -> metadataBehind(cloud, federation));

            assertEquals(503, e.status());
            assertTrue(e.getMessage().contains(FederationMetadataReader.METADATA_PATH), e.getMessage());
        }
    }

    @Test
    void documentThatIsNotMetadataIsRejectedByName() {
        URI source = URI.create("https://sts.contoso.com" + FederationMetadataReader.METADATA_PATH);

        TenantException e = assertThrows(
                TenantException.class, () -> FederationMetadataReader.parse("<html><body/></html>", source));

        assertTrue(e.getMessage().contains("not SAML metadata"), e.getMessage());
    }
}
