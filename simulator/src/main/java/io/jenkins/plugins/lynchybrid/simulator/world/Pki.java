package io.jenkins.plugins.lynchybrid.simulator.world;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates the simulated hybrid needs: a CA made at start, and the server and signing certs it issues. */
public final class Pki {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A certificate with its private key and the chain above it (leaf first). */
    public record Issued(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    private Pki() {}

    /** Writes a PKCS12 trust store holding {@code certificates}, protected (for integrity) by {@code password}. */
    public static Path writeTrustStore(Path file, char[] password, List<X509Certificate> certificates) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("lync-hybrid-simulator-ca-" + i, certificates.get(i));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the trust store " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trust store " + file, e);
        }
    }

    public static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Issued certificateAuthority(String commonName) {
        KeyPair pair = keyPair();
        Instant now = Instant.now();
        X509Certificate cert = build(
                new X500Name("CN=" + commonName),
                new X500Name("CN=" + commonName),
                pair,
                pair.getPrivate(),
                now.minusSeconds(3600),
                now.plusSeconds(3650L * 86400),
                true,
                List.of());
        return new Issued(pair.getPrivate(), List.of(cert));
    }

    /** A TLS server certificate signed by {@code issuer}, valid for the given DNS names and IP addresses. */
    public static Issued server(
            Issued issuer, String commonName, List<String> subjectAltNames, Instant notBefore, Instant notAfter) {
        KeyPair pair = keyPair();
        X509Certificate cert = build(
                new X500Name("CN=" + commonName),
                new X500Name(issuer.certificate().getSubjectX500Principal().getName()),
                pair,
                issuer.key(),
                notBefore,
                notAfter,
                false,
                subjectAltNames);
        return new Issued(pair.getPrivate(), List.of(cert, issuer.certificate()));
    }

    /** A self-signed certificate, as AD FS makes for token signing by default. */
    public static Issued selfSigned(String commonName, Instant notBefore, Instant notAfter) {
        KeyPair pair = keyPair();
        X500Name name = new X500Name("CN=" + commonName);
        X509Certificate cert = build(name, name, pair, pair.getPrivate(), notBefore, notAfter, false, List.of());
        return new Issued(pair.getPrivate(), List.of(cert));
    }

    /** A TLS server context presenting {@code identity}'s certificate and chain. */
    public static SSLContext serverContext(Issued identity) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            // the key store never leaves memory, so its password protects nothing
            char[] none = new char[0];
            keys.setKeyEntry("tls", identity.key(), none, identity.chain().toArray(new X509Certificate[0]));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, none);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(
                    "cannot build a TLS server context for "
                            + identity.certificate().getSubjectX500Principal(),
                    e);
        }
    }

    private static X509Certificate build(
            X500Name subject,
            X500Name issuer,
            KeyPair subjectKeys,
            PrivateKey signingKey,
            Instant notBefore,
            Instant notAfter,
            boolean ca,
            List<String> subjectAltNames) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer,
                    new BigInteger(64, RANDOM),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    subject,
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (ca) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            }
            if (!subjectAltNames.isEmpty()) {
                GeneralName[] names = subjectAltNames.stream()
                        .map(n -> n.matches("[0-9.]+")
                                ? new GeneralName(GeneralName.iPAddress, n)
                                : new GeneralName(GeneralName.dNSName, n))
                        .toArray(GeneralName[]::new);
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signingKey)));
        } catch (OperatorCreationException | IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue certificate for " + subject, e);
        }
    }
}
