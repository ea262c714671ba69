package io.jenkins.plugins.lynchybrid.readiness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads what readiness compares from an AD FS federation metadata document: the entityID, the signing
 * certificates of every KeyDescriptor (use="signing", or no use), the WS-Federation passive endpoints. No
 * DTD, no external entity: the document comes from the network.
 */
final class FederationMetadataXml {
    private static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String FED = "http://docs.oasis-open.org/wsfed/federation/200706";
    private static final String WSA = "http://www.w3.org/2005/08/addressing";

    private FederationMetadataXml() {}

    static FederationMetadata parse(URI source, byte[] xml) throws IOException {
        Document document = read(source, xml);
        Element root = document.getDocumentElement();
        if (!MD.equals(root.getNamespaceURI()) || !"EntityDescriptor".equals(root.getLocalName())) {
            throw new IOException(source + " is not federation metadata: its root is <" + root.getNodeName() + ">");
        }
        String entityId = root.getAttribute("entityID");
        if (entityId.isEmpty()) {
            throw new IOException(source + " has no entityID");
        }
        return new FederationMetadata(source, entityId, signingCertificates(root), passiveEndpoints(root));
    }

    private static Document read(URI source, byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses secure settings", e);
        } catch (SAXException e) {
            throw new IOException(source + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<String> signingCertificates(Element root) {
        Set<String> certificates = new LinkedHashSet<>();
        NodeList keys = root.getElementsByTagNameNS(MD, "KeyDescriptor");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            String use = key.getAttribute("use");
            if (use.isEmpty() || use.equals("signing")) {
                NodeList x509 = key.getElementsByTagNameNS(DS, "X509Certificate");
                for (int j = 0; j < x509.getLength(); j++) {
                    certificates.add(Certificates.normalise(x509.item(j).getTextContent()));
                }
            }
        }
        return new ArrayList<>(certificates);
    }

    private static List<String> passiveEndpoints(Element root) {
        List<String> endpoints = new ArrayList<>();
        NodeList passive = root.getElementsByTagNameNS(FED, "PassiveRequestorEndpoint");
        for (int i = 0; i < passive.getLength(); i++) {
            NodeList addresses = ((Element) passive.item(i)).getElementsByTagNameNS(WSA, "Address");
            for (int j = 0; j < addresses.getLength(); j++) {
                endpoints.add(addresses.item(j).getTextContent().strip());
            }
        }
        return endpoints;
    }
}
