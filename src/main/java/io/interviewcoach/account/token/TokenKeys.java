package io.interviewcoach.account.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.interviewcoach.account.AuthConfig;
import io.interviewcoach.storage.DatabaseDefault;

/**
 * The RSA pair that signs and verifies access tokens: the configured key files, else a pair generated at first use in
 * the key directory and read from there afterwards (so tokens survive a restart). Loaded when first needed.
 */
@ApplicationScoped
public class TokenKeys {
    private static final Logger LOG = Logger.getLogger(TokenKeys.class);
    static final String PRIVATE_FILE = "access-token-private.pem";
    static final String PUBLIC_FILE = "access-token-public.pem";

    @Inject
    AuthConfig config;

    private volatile Pair pair;

    /** The pair and its key id (a hash of the public key, sent as {@code kid}). */
    public record Pair(RSAPrivateKey privateKey, RSAPublicKey publicKey, String keyId) {
    }

    public Pair pair() {
        Pair p = pair;
        if (p == null) {
            synchronized (this) {
                if (pair == null) {
                    pair = load();
                }
                p = pair;
            }
        }
        return p;
    }

    private Pair load() {
        if (config.privateKeyFile().isPresent() != config.publicKeyFile().isPresent()) {
            throw new IllegalStateException("Set both coach.auth.private-key-file and coach.auth.public-key-file, or neither");
        }
        Path priv = config.privateKeyFile().orElse(null);
        Path pub = config.publicKeyFile().orElse(null);
        if (priv == null) {
            Path dir = config.keyDir().orElseGet(() -> DatabaseDefault.dataHome(System.getenv()).resolve("keys"));
            priv = dir.resolve(PRIVATE_FILE);
            pub = dir.resolve(PUBLIC_FILE);
            if (!Files.exists(priv)) {
                generate(priv, pub);
            }
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pem(priv)));
            byte[] publicDer = pem(pub);
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicDer));
            String kid = io.interviewcoach.web.access.BearerToken.hash(Base64.getEncoder().encodeToString(publicDer))
                    .substring(0, 16);
            return new Pair(privateKey, publicKey, kid);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("The access-token keys in " + priv + " / " + pub + " are not an RSA pair in PEM: "
                    + e.getMessage(), e);
        }
    }

    private static void generate(Path priv, Path pub) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair kp = generator.generateKeyPair();
            Files.createDirectories(priv.getParent());
            writeAtomically(pub, "PUBLIC KEY", kp.getPublic().getEncoded());
            writeAtomically(priv, "PRIVATE KEY", kp.getPrivate().getEncoded());
            LOG.infof("Generated the access-token key pair in %s (set coach.auth.*-key-file to share one across replicas)",
                    priv.getParent());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the access-token keys to " + priv.getParent(), e);
        }
    }

    private static void writeAtomically(Path file, String type, byte[] der) throws IOException {
        String text = "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.debugf("%s: no POSIX permissions here", tmp);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] pem(Path file) {
        try {
            String body = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the access-token key " + file, e);
        }
    }
}
