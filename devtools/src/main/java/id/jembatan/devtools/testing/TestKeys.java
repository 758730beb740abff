package id.jembatan.devtools.testing;

import id.jembatan.devtools.Jwt;
import id.jembatan.devtools.LocalKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;

/**
 * One key pair per test JVM, generated on the spot. It is shared through a system property because the test
 * resource and the test classes may live in different class loaders.
 */
public final class TestKeys {

    private static final String PROPERTY = "jembatan.test.keys";

    private TestKeys() {
    }

    public static synchronized Path directory() {
        String existing = System.getProperty(PROPERTY);
        if (existing != null) {
            return Path.of(existing);
        }
        try {
            Path directory = Files.createTempDirectory("jembatan-test-keys");
            LocalKeys.ensure(directory);
            System.setProperty(PROPERTY, directory.toString());
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String publicKeyLocation() {
        return directory().resolve(LocalKeys.PUBLIC_KEY_FILE).toUri().toString();
    }

    public static PrivateKey privateKey() {
        return LocalKeys.privateKey(directory());
    }

    /** A valid token for {@code role}, optionally scoped to a region. */
    public static String token(String role, String regionCode) {
        return Jwt.subject(role + "-tester").role(role).region(regionCode).sign(privateKey());
    }

    public static String token(String role) {
        return token(role, null);
    }
}
