package io.jenkins.plugins.lynchybrid.simulator.http;

import io.jenkins.plugins.lynchybrid.simulator.world.Pki;
import io.jenkins.plugins.lynchybrid.simulator.world.SignIns;
import io.jenkins.plugins.lynchybrid.simulator.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.w3c.dom.Document;

/**
 * The simulated AD FS at this server's address: federation metadata, the WS-Trust MEX document, and the
 * usernamemixed endpoints (WS-Trust 1.3 and 2005) that check a user's on-premises password and answer with a
 * SAML 1.1 assertion. The simulated Active Directory has one password for every account: the admin's.
 */
final class AdfsEndpoint {
    static final String METADATA_PATH = "/FederationMetadata/2007-06/FederationMetadata.xml";
    static final String MEX_PATH = "/adfs/services/trust/mex";
    static final String TRUST13_PATH = "/adfs/services/trust/13/usernamemixed";
    static final String TRUST2005_PATH = "/adfs/services/trust/2005/usernamemixed";
    static final String CLOUD_AUDIENCE = "urn:federation:MicrosoftOnline";
    private static final String SOAP_XML = "application/soap+xml; charset=utf-8";
    private static final String WST13 = "http://docs.oasis-open.org/ws-sx/ws-trust/200512";
    private static final String WST2005 = "http://schemas.xmlsoap.org/ws/2005/02/trust";

    private final World world;
    private final String baseUrl;

    AdfsEndpoint(World world, String baseUrl) {
        this.world = world;
        this.baseUrl = baseUrl;
    }

    Reply metadata() {
        return world.read(w -> {
            if (!w.adfsMetadataReachable()) {
                return Reply.text(503, "text/html", "<html><body>Service Unavailable</body></html>");
            }
            // one signing KeyDescriptor per published certificate: two while AD FS rolls its certificate over
            StringBuilder keys = new StringBuilder();
            for (Pki.Issued signing : w.adfsPublishedSigning()) {
                keys.append("<KeyDescriptor use=\"signing\"><KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\">")
                        .append("<X509Data><X509Certificate>")
                        .append(base64(signing))
                        .append("</X509Certificate></X509Data></KeyInfo></KeyDescriptor>");
            }
            String key = keys.toString();
            String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                    + "<EntityDescriptor ID=\"_" + java.util.UUID.randomUUID() + "\" entityID=\""
                    + Xml.escape(w.adfsEntityId()) + "\" xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">"
                    + "<RoleDescriptor xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                    + " xmlns:fed=\"http://docs.oasis-open.org/wsfed/federation/200706\""
                    + " xsi:type=\"fed:SecurityTokenServiceType\""
                    + " protocolSupportEnumeration=\"http://docs.oasis-open.org/wsfed/federation/200706\">" + key
                    + "<fed:PassiveRequestorEndpoint><EndpointReference xmlns=\"http://www.w3.org/2005/08/addressing\">"
                    + "<Address>" + baseUrl + "/adfs/ls/</Address></EndpointReference></fed:PassiveRequestorEndpoint>"
                    + "</RoleDescriptor>"
                    + "<IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">" + key
                    + "<SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\""
                    + baseUrl + "/adfs/ls/\"/></IDPSSODescriptor></EntityDescriptor>";
            return Reply.text(200, "application/samlmetadata+xml", xml);
        });
    }

    private static String base64(Pki.Issued certificate) {
        try {
            return java.util.Base64.getEncoder()
                    .encodeToString(certificate.certificate().getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The WSDL with the two username/password policies MSAL4J's MexParser looks for. */
    Reply mex() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<wsdl:definitions name=\"SecurityTokenService\" targetNamespace=\"http://tempuri.org/\""
                + " xmlns:wsdl=\"http://schemas.xmlsoap.org/wsdl/\" xmlns:tns=\"http://tempuri.org/\""
                + " xmlns:soap12=\"http://schemas.xmlsoap.org/wsdl/soap12/\""
                + " xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\""
                + " xmlns:wsp=\"http://schemas.xmlsoap.org/ws/2004/09/policy\""
                + " xmlns:wsa10=\"http://www.w3.org/2005/08/addressing\""
                + " xmlns:sp=\"http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702\""
                + " xmlns:sp2005=\"http://schemas.xmlsoap.org/ws/2005/07/securitypolicy\">"
                + policy("UserNameWSTrustBinding_IWSTrust13Async_policy", "sp", "SignedEncryptedSupportingTokens")
                + policy("UserNameWSTrustBinding_IWSTrustFeb2005Async_policy", "sp2005", "SignedSupportingTokens")
                + binding("UserNameWSTrustBinding_IWSTrust13Async", WST13 + "/RST/Issue")
                + binding("UserNameWSTrustBinding_IWSTrustFeb2005Async", WST2005 + "/RST/Issue")
                + "<wsdl:service name=\"SecurityTokenService\">"
                + port("UserNameWSTrustBinding_IWSTrust13Async", baseUrl + TRUST13_PATH)
                + port("UserNameWSTrustBinding_IWSTrustFeb2005Async", baseUrl + TRUST2005_PATH)
                + "</wsdl:service></wsdl:definitions>";
        return Reply.text(200, "text/xml; charset=utf-8", xml);
    }

    private static String policy(String id, String sp, String supportingTokens) {
        return "<wsp:Policy wsu:Id=\"" + id + "\"><wsp:ExactlyOne><wsp:All>"
                + "<" + sp + ":TransportBinding><wsp:Policy><" + sp + ":TransportToken><wsp:Policy><" + sp
                + ":HttpsToken/></wsp:Policy></" + sp + ":TransportToken></wsp:Policy></" + sp + ":TransportBinding>"
                + "<" + sp + ":" + supportingTokens + "><wsp:Policy><" + sp + ":UsernameToken><wsp:Policy><" + sp
                + ":WssUsernameToken10/></wsp:Policy></" + sp + ":UsernameToken></wsp:Policy></" + sp + ":"
                + supportingTokens + ">"
                + "</wsp:All></wsp:ExactlyOne></wsp:Policy>";
    }

    private static String binding(String name, String soapAction) {
        return "<wsdl:binding name=\"" + name + "\" type=\"tns:IWSTrust\">"
                + "<wsp:PolicyReference URI=\"#" + name + "_policy\"/>"
                + "<soap12:binding transport=\"http://schemas.xmlsoap.org/soap/http\"/>"
                + "<wsdl:operation name=\"Issue\"><soap12:operation soapAction=\"" + soapAction
                + "\" style=\"document\"/></wsdl:operation></wsdl:binding>";
    }

    private static String port(String binding, String address) {
        return "<wsdl:port name=\"" + binding + "\" binding=\"tns:" + binding + "\">"
                + "<soap12:address location=\"" + address + "\"/>"
                + "<wsa10:EndpointReference><wsa10:Address>" + address + "</wsa10:Address></wsa10:EndpointReference>"
                + "</wsdl:port>";
    }

    /** A WS-Trust issue request with a UsernameToken: a SAML assertion for a known user with the right password. */
    Reply usernameMixed(String soapRequest, boolean trust13) {
        Optional<Document> request = Xml.parse(soapRequest);
        Optional<String> username = request.flatMap(d -> Xml.firstText(d, "Username"));
        char[] password =
                request.flatMap(d -> Xml.firstText(d, "Password")).orElse("").toCharArray();
        boolean valid = username.isPresent()
                && world.adminPasswordMatches(password)
                && world.read(w -> w.user(username.get()).isPresent());
        Arrays.fill(password, '\0');
        world.signIns().attempted(SignIns.Channel.WS_TRUST, valid);
        if (!valid) {
            return Reply.text(500, SOAP_XML, fault());
        }
        SamlAssertion assertion = world.read(w -> SamlAssertion.issue(
                w.adfsSigning(), w.adfsEntityId(), username.get(), Instant.now().plus(Duration.ofHours(1))));
        String token = assertion.toXml(CLOUD_AUDIENCE);
        String body = trust13
                ? "<trust:RequestSecurityTokenResponseCollection xmlns:trust=\"" + WST13 + "\">"
                        + "<trust:RequestSecurityTokenResponse>" + rstrContent("trust", token)
                        + "</trust:RequestSecurityTokenResponse></trust:RequestSecurityTokenResponseCollection>"
                : "<t:RequestSecurityTokenResponse xmlns:t=\"" + WST2005 + "\">" + rstrContent("t", token)
                        + "</t:RequestSecurityTokenResponse>";
        return Reply.text(200, SOAP_XML, envelope(body));
    }

    private static String rstrContent(String prefix, String token) {
        return "<" + prefix + ":RequestedSecurityToken>" + token + "</" + prefix + ":RequestedSecurityToken>" + "<"
                + prefix + ":TokenType>" + SamlAssertion.TOKEN_TYPE + "</" + prefix + ":TokenType>";
    }

    private static String fault() {
        return envelope("<s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value"
                + " xmlns:a=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
                + "a:FailedAuthentication</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang=\"en-US\">"
                + "ID3242: The security token could not be authenticated or authorized.</s:Text></s:Reason></s:Fault>");
    }

    private static String envelope(String body) {
        return "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\""
                + " xmlns:a=\"http://www.w3.org/2005/08/addressing\"><s:Body>" + body + "</s:Body></s:Envelope>";
    }
}
