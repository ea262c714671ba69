package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Document;

/**
 * The SAML 1.1 assertion AD FS hands a rich client over WS-Trust and Entra redeems for tokens. The signature is
 * a simplification of XML-DSig: RSA-SHA256 over the assertion's id, issuer, subject and expiry, made with the
 * AD FS token-signing key, so Entra's check against the federation's signing certificate is real.
 */
record SamlAssertion(String id, String issuer, String userPrincipalName, Instant notOnOrAfter, String signature) {
    static final String TOKEN_TYPE = "urn:oasis:names:tc:SAML:1.0:assertion";

    static SamlAssertion issue(Pki.Issued signing, String issuer, String userPrincipalName, Instant notOnOrAfter) {
        String id = "_" + UUID.randomUUID();
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(signing.key());
            rsa.update(signedText(id, issuer, userPrincipalName, notOnOrAfter));
            return new SamlAssertion(
                    id,
                    issuer,
                    userPrincipalName,
                    notOnOrAfter,
                    Base64.getEncoder().encodeToString(rsa.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a SAML assertion", e);
        }
    }

    static Optional<SamlAssertion> parse(String xml) {
        return Xml.parse(xml).flatMap(SamlAssertion::read);
    }

    private static Optional<SamlAssertion> read(Document doc) {
        Optional<String> id = Xml.firstAttribute(doc, "Assertion", "AssertionID");
        Optional<String> issuer = Xml.firstAttribute(doc, "Assertion", "Issuer");
        Optional<String> upn = Xml.firstText(doc, "AttributeValue");
        Optional<String> expiry = Xml.firstAttribute(doc, "Conditions", "NotOnOrAfter");
        Optional<String> signature = Xml.firstText(doc, "SignatureValue");
        if (id.isEmpty() || issuer.isEmpty() || upn.isEmpty() || expiry.isEmpty() || signature.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new SamlAssertion(id.get(), issuer.get(), upn.get(), Instant.parse(expiry.get()), signature.get()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A certificate as Graph and metadata carry it: base64 DER. Empty when it cannot be read. */
    static Optional<X509Certificate> certificate(Object base64Der) {
        if (!(base64Der instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(Base64.getMimeDecoder().decode(text))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code cert}'s key made this assertion's signature. */
    boolean signedBy(X509Certificate cert) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(cert.getPublicKey());
            rsa.update(signedText(id, issuer, userPrincipalName, notOnOrAfter));
            return rsa.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    String toXml(String audience) {
        return "<saml:Assertion MajorVersion=\"1\" MinorVersion=\"1\" AssertionID=\"" + id + "\" Issuer=\""
                + Xml.escape(issuer) + "\" IssueInstant=\"" + Instant.now() + "\""
                + " xmlns:saml=\"urn:oasis:names:tc:SAML:1.0:assertion\">"
                + "<saml:Conditions NotBefore=\"" + Instant.now().minusSeconds(300) + "\" NotOnOrAfter=\""
                + notOnOrAfter + "\"><saml:AudienceRestrictionCondition><saml:Audience>" + Xml.escape(audience)
                + "</saml:Audience></saml:AudienceRestrictionCondition></saml:Conditions>"
                + "<saml:AttributeStatement><saml:Subject><saml:NameIdentifier>" + Xml.escape(userPrincipalName)
                + "</saml:NameIdentifier></saml:Subject>"
                + "<saml:Attribute AttributeName=\"UPN\" AttributeNamespace=\"http://schemas.xmlsoap.org/claims\">"
                + "<saml:AttributeValue>" + Xml.escape(userPrincipalName) + "</saml:AttributeValue></saml:Attribute>"
                + "</saml:AttributeStatement>"
                + "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignatureValue>" + signature
                + "</ds:SignatureValue></ds:Signature></saml:Assertion>";
    }

    private static byte[] signedText(String id, String issuer, String upn, Instant notOnOrAfter) {
        return (id + "|" + issuer + "|" + upn + "|" + notOnOrAfter).getBytes(StandardCharsets.UTF_8);
    }
}
