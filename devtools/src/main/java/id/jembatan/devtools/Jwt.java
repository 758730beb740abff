package id.jembatan.devtools;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds RS256 tokens in the shape the services expect (MicroProfile JWT: {@code upn}, {@code groups}, plus
 * Jembatan's {@code region_code}). It can also build the broken tokens that security tests need.
 */
public final class Jwt {

    public static final String DEFAULT_ISSUER = "https://jembatan.local/issuer";
    public static final String DEFAULT_AUDIENCE = "jembatan";

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private String algorithm = "RS256";

    private Jwt(String subject) {
        Instant now = Instant.now();
        claims.put("iss", DEFAULT_ISSUER);
        claims.put("aud", DEFAULT_AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(Duration.ofHours(8)).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("groups", new ArrayList<String>());
    }

    public static Jwt subject(String subject) {
        return new Jwt(subject);
    }

    @SuppressWarnings("unchecked")
    public Jwt role(String role) {
        ((List<String>) claims.get("groups")).add(role);
        return this;
    }

    public Jwt region(String regionCode) {
        if (regionCode != null) {
            claims.put("region_code", regionCode);
        }
        return this;
    }

    public Jwt claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public Jwt expiresAt(Instant instant) {
        claims.put("exp", instant.getEpochSecond());
        return this;
    }

    public Jwt notBefore(Instant instant) {
        claims.put("nbf", instant.getEpochSecond());
        return this;
    }

    /** An unsigned token ({@code alg: none}), which every verifier must refuse. */
    public Jwt unsigned() {
        this.algorithm = "none";
        return this;
    }

    public String sign(PrivateKey key) {
        String header = base64Url("{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\",\"kid\":\"jembatan-local\"}");
        String payload = base64Url(Json.write(claims));
        String signingInput = header + "." + payload;
        if ("none".equals(algorithm)) {
            return signingInput + ".";
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
