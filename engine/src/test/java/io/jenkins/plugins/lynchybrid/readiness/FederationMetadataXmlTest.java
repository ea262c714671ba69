package io.jenkins.plugins.lynchybrid.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FederationMetadataXmlTest {
    private static final URI SOURCE =
            URI.create("https://sts.contoso.com/FederationMetadata/2007-06/FederationMetadata.xml");

    private static FederationMetadata parse(String xml) throws IOException {
        return FederationMetadataXml.parse(SOURCE, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String key(String use, String certificate) {
        return "<KeyDescriptor" + (use == null ? "" : " use=\"" + use + "\"") + ">"
                + "<KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data><X509Certificate>" + certificate
                + "</X509Certificate></X509Data></KeyInfo></KeyDescriptor>";
    }

    @Test
    void readsEntityIdSigningCertificatesAndPassiveEndpointOfAnAdfsDocument() throws IOException {
        FederationMetadata metadata = parse("<?xml version=\"1.0\"?>"
                + "<EntityDescriptor entityID=\"http://sts.contoso.com/adfs/services/trust\""
                + " xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">"
                + "<RoleDescriptor xmlns:fed=\"http://docs.oasis-open.org/wsfed/federation/200706\">"
                + key("signing", "MIIB\n  current") + key("encryption", "MIIBencrypt") + key(null, "MIIBnext")
                + "<fed:PassiveRequestorEndpoint><EndpointReference xmlns=\"http://www.w3.org/2005/08/addressing\">"
                + "<Address>https://sts.contoso.com/adfs/ls/</Address></EndpointReference>"
                + "</fed:PassiveRequestorEndpoint></RoleDescriptor>"
                + "<IDPSSODescriptor>" + key("signing", "MIIBcurrent") + "</IDPSSODescriptor></EntityDescriptor>");

        assertEquals("http://sts.contoso.com/adfs/services/trust", metadata.entityId());
        assertEquals(List.of("MIIBcurrent", "MIIBnext"), metadata.signingCertificates());
        assertEquals(List.of("https://sts.contoso.com/adfs/ls/"), metadata.passiveEndpoints());
    }

    @Test
    void refusesADocumentTypeDeclarationSoNoEntityIsExpanded() {
        IOException e = assertThrows(
                IOException.class,
                () -> parse("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"&e;\"/>"));
        assertTrue(e.getMessage().contains(SOURCE.toString()), e.getMessage());
    }

    @Test
    void anHtmlErrorPageIsNotMetadata() {
        IOException e = assertThrows(IOException.class, () -> parse("<html><body>Service Unavailable</body></html>"));
        assertTrue(e.getMessage().contains("is not federation metadata"), e.getMessage());
    }
}
