package io.jenkins.plugins.lynchybrid.adfs;

import io.jenkins.plugins.lynchybrid.auth.ConnectionSettings;
import io.jenkins.plugins.lynchybrid.errors.TenantException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Fetches an AD FS's federation metadata anonymously over trusted TLS and reads its entity id and signing
 * certificates. Metadata signatures are not verified: the readiness checks compare values, they do not
 * trust the document for anything else.
 */
public final class FederationMetadataReader implements AutoCloseable {
    public static final String METADATA_PATH = "/FederationMetadata/2007-06/FederationMetadata.xml";
    private static final String METADATA_NS = "urn:oasis:names:tc:SAML:2.0:metadata";
    private static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not a reason to refuse the document
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "adfs-metadata");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http;
    private final Duration timeout;

    public FederationMetadataReader(ConnectionSettings connection) {
        this.http = connection.httpClient(executor);
        this.timeout = connection.requestTimeout();
    }

    /** The metadata URL on the AD FS host of any of its endpoints (e.g. Graph's metadataExchangeUri). */
    public static URI metadataUrl(URI anyAdfsEndpoint) {
        if (anyAdfsEndpoint.getHost() == null || !"https".equalsIgnoreCase(anyAdfsEndpoint.getScheme())) {
            throw new IllegalArgumentException("AD FS endpoint '" + anyAdfsEndpoint + "' is not an https URL");
        }
        int port = anyAdfsEndpoint.getPort();
        return URI.create("https://" + anyAdfsEndpoint.getHost() + (port > 0 ? ":" + port : "") + METADATA_PATH);
    }

    public FederationMetadata read(URI metadataUrl) {
        HttpRequest request =
                HttpRequest.newBuilder(metadataUrl).timeout(timeout).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TenantException(metadataUrl, 0, "federation metadata unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TenantException(metadataUrl, 0, "interrupted while fetching federation metadata", e);
        }
        if (response.statusCode() != 200) {
            throw new TenantException(metadataUrl, response.statusCode(), "federation metadata not served", null);
        }
        return parse(response.body(), metadataUrl);
    }

    /** Reads a metadata document given as text; {@code source} only names it in errors. */
    public static FederationMetadata parse(String xml, URI source) {
        return parse(xml.getBytes(StandardCharsets.UTF_8), source);
    }

    /**
     * Reads a metadata document as served: the XML parser decides the encoding from the byte order mark and
     * the XML declaration (AD FS may serve UTF-16), as XML 1.0 appendix F prescribes.
     */
    public static FederationMetadata parse(byte[] xml, URI source) {
        Document document = document(xml, source);
        Element root = document.getDocumentElement();
        if (!METADATA_NS.equals(root.getNamespaceURI()) || !"EntityDescriptor".equals(root.getLocalName())) {
            throw new TenantException(source, 200, "not SAML metadata: the root is " + root.getTagName(), null);
        }
        String entityId = root.getAttribute("entityID");
        if (entityId.isBlank()) {
            throw new TenantException(source, 200, "EntityDescriptor has no entityID", null);
        }
        return new FederationMetadata(entityId, signingCertificates(document, source));
    }

    private static List<X509Certificate> signingCertificates(Document document, URI source) {
        Set<String> seen = new LinkedHashSet<>();
        NodeList keys = document.getElementsByTagNameNS(METADATA_NS, "KeyDescriptor");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            String use = key.getAttribute("use");
            if (use.isEmpty() || "signing".equals(use)) {
                NodeList certs = key.getElementsByTagNameNS(DSIG_NS, "X509Certificate");
                for (int c = 0; c < certs.getLength(); c++) {
                    seen.add(certs.item(c).getTextContent().replaceAll("\\s", ""));
                }
            }
        }
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (String base64 : seen) {
                certificates.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(base64))));
            }
        } catch (CertificateException | IllegalArgumentException e) {
            throw new TenantException(source, 200, "a signing certificate cannot be read: " + e.getMessage(), e);
        }
        return certificates;
    }

    private static Document document(byte[] xml, URI source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the default handler prints "[Fatal Error]" to stderr; the exception carries the same text
            builder.setErrorHandler(SILENT);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new TenantException(source, 200, "federation metadata is not well-formed XML: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
