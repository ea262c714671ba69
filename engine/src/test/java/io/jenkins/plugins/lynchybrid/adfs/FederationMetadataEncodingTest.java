package io.jenkins.plugins.lynchybrid.adfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.lynchybrid.errors.TenantException;
import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Federation metadata as files, in the encodings XML allows: the parser, not we, decides the encoding from the
 * byte order mark and the declaration (XML 1.0 appendix F). The document follows the shape AD FS publishes at
 * /FederationMetadata/2007-06/FederationMetadata.xml (SAML 2.0 metadata, a signing KeyDescriptor per certificate).
 */
class FederationMetadataEncodingTest {
    private static final URI SOURCE =
            URI.create("https://sts.contoso.com/FederationMetadata/2007-06/FederationMetadata.xml");

    private static String metadata(String declaredEncoding, Pki.Issued... certificates) throws Exception {
        StringBuilder keys = new StringBuilder();
        for (Pki.Issued certificate : certificates) {
            keys.append(
                            "<KeyDescriptor use=\"signing\"><KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data>")
                    .append("<X509Certificate>")
                    .append(Base64.getEncoder()
                            .encodeToString(certificate.certificate().getEncoded()))
                    .append("</X509Certificate></X509Data></KeyInfo></KeyDescriptor>");
        }
        return "<?xml version=\"1.0\" encoding=\"" + declaredEncoding + "\"?>"
                + "<EntityDescriptor ID=\"_a\" entityID=\"http://sts.contoso.com/adfs/services/trust\""
                + " xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">"
                + "<IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">" + keys
                + "</IDPSSODescriptor></EntityDescriptor>";
    }

    private static Pki.Issued certificate(String name) {
        Instant now = Instant.now();
        return Pki.selfSigned(name, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(300)));
    }

    @Test
    void utf16MetadataWithAByteOrderMarkIsRead() throws Exception {
        byte[] utf16 = metadata("utf-16", certificate("ADFS Signing - sts.contoso.com"))
                .getBytes(StandardCharsets.UTF_16);

        FederationMetadata read = FederationMetadataReader.parse(utf16, SOURCE);

        assertEquals("http://sts.contoso.com/adfs/services/trust", read.entityId());
        assertEquals(1, read.signingCertificates().size());
    }

    @Test
    void metadataDeclaredInAnotherEncodingIsDecodedAsDeclared() throws Exception {
        byte[] latin1 = metadata("ISO-8859-1", certificate("ADFS Signing - sts.contoso.com"))
                .replace("_a", "_\u00e9")
                .getBytes(Charset.forName("ISO-8859-1"));

        assertEquals(
                "http://sts.contoso.com/adfs/services/trust",
                FederationMetadataReader.parse(latin1, SOURCE).entityId());
    }

    @Test
    void bothSigningCertificatesOfARolloverAreRead() throws Exception {
        byte[] xml = metadata("utf-8", certificate("primary"), certificate("secondary"))
                .getBytes(StandardCharsets.UTF_8);

        assertEquals(
                2,
                FederationMetadataReader.parse(xml, SOURCE)
                        .signingCertificates()
                        .size());
    }

    @Test
    void malformedMetadataFailsWithTheParsersReasonAndPrintsNothing() {
        PrintStream original = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        TenantException failure;
        try {
            failure = assertThrows(
                    TenantException.class,
                    () -> FederationMetadataReader.parse("<EntityDescriptor".getBytes(StandardCharsets.UTF_8), SOURCE));
        } finally {
            System.setErr(original);
        }

        assertTrue(failure.getMessage().contains("not well-formed XML"), failure.getMessage());
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }
}
