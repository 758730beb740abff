package id.jembatan.platform.security;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Remembers the bearer tokens this service has already verified. Systems that integrate with Jembatan send
 * the same token with every call, and checking its RS256 signature and parsing its JSON again was a quarter
 * of the CPU of a cached agreement read. Only tokens that passed every check are kept, keyed by their exact
 * text, until they expire and never longer than a minute, so new key or issuer settings apply within a minute.
 * They are kept in the {@code verified-tokens} cache (quarkus-cache), which bounds their number.
 * A refused token is checked again every time, as before.
 * <p>
 * Tokens of demo accounts (the {@code demo} claim of the local Keycloak realm, deploy/keycloak/realm-jembatan.json,
 * whose passwords are public) are refused unless {@code jembatan.security.accept-demo-accounts} is set, which only
 * {@code ./jembatan up} does: a deployment that imported the demo realm by mistake still lets none of them in.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final long LONGEST_MILLIS = 60_000;
    /** The claim that marks an account of the local demo realm. */
    static final String DEMO_CLAIM = "demo";

    private final JWTParser verifier;
    /** The {@code verified-tokens} cache: bounded in size and age by configuration; expiry is checked here. */
    private final CaffeineCache verified;
    private final LongSupplier clock;
    private final boolean acceptDemoAccounts;

    private record Verified(JsonWebToken token, long until) {
    }

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier, @CacheName("verified-tokens") Cache verified,
                          @ConfigProperty(name = "jembatan.security.accept-demo-accounts", defaultValue = "false")
                          boolean acceptDemoAccounts) {
        this(verifier, verified.as(CaffeineCache.class), System::currentTimeMillis, acceptDemoAccounts);
    }

    VerifiedTokens(JWTParser verifier, CaffeineCache verified, LongSupplier clock, boolean acceptDemoAccounts) {
        this.verifier = verifier;
        this.verified = verified;
        this.clock = clock;
        this.acceptDemoAccounts = acceptDemoAccounts;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.getAsLong();
        CompletableFuture<Verified> cached = verified.getIfPresent(token);
        Verified known = cached == null ? null : cached.getNow(null);
        if (known != null && now < known.until()) {
            return known.token();
        }
        JsonWebToken parsed = verifier.parse(token);
        if (!acceptDemoAccounts && isDemoAccount(parsed)) {
            throw new ParseException("The token is of a demo account, which this deployment does not accept");
        }
        // Read as a claim: the interface's getExpirationTime() throws on a token without one.
        Long expires = parsed.getClaim(Claims.exp);
        long until = expires == null ? now : Math.min(now + LONGEST_MILLIS, expires * 1000);
        if (until > now) {
            verified.put(token, CompletableFuture.completedFuture(new Verified(parsed, until)));
        }
        return parsed;
    }

    /** The claim is a JSON boolean (a {@code JsonValue} here, a Boolean elsewhere): true in either form. */
    private static boolean isDemoAccount(JsonWebToken token) {
        Object demo = token.getClaim(DEMO_CLAIM);
        return demo != null && "true".equals(demo.toString());
    }

    // Everything else is what the framework's parser does.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
