package id.jembatan.directory;

import id.jembatan.devtools.Jwt;
import id.jembatan.devtools.LocalKeys;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Every kind of bad token is a 401 problem on a write, and a good one is accepted. */
@QuarkusTest
class TokenTest {

    private static final Map<String, Object> UPDATE = Map.of("nameEn", "Indonesia", "nameId", "Indonesia",
            "sovereign", true, "diplomaticRelations", false, "blocs", List.of("ASEAN", "G20", "BRICS"));

    private static void expect401(String token) {
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "*").body(UPDATE).put("/countries/ID")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    private static Jwt admin() {
        return Jwt.subject("tester").role("directory-admin");
    }

    @Test
    void badTokensAreRefused() {
        expect401(admin().expiresAt(Instant.now().minusSeconds(3600)).sign(TestKeys.privateKey()));
        expect401(admin().notBefore(Instant.now().plusSeconds(3600)).sign(TestKeys.privateKey()));
        expect401(admin().claim("iss", "https://evil.example").sign(TestKeys.privateKey()));
        expect401(admin().claim("aud", "someone-else").sign(TestKeys.privateKey()));
        expect401(admin().sign(LocalKeys.generate().getPrivate()));
        expect401(admin().unsigned().sign(null));
        expect401("not-a-jwt");
        String valid = admin().sign(TestKeys.privateKey());
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("directory-admin", "admin").getBytes()) + "." + parts[2];
        expect401(tampered);
    }

    @Test
    void aValidTokenIsAccepted() {
        given().auth().oauth2(admin().sign(TestKeys.privateKey())).contentType(ContentType.JSON).header("If-Match", "*")
                .body(UPDATE).put("/countries/ID")
                .then().statusCode(200);
    }

    @Test
    void aRememberedTokenVouchesOnlyForItsExactText() {
        String valid = admin().sign(TestKeys.privateKey());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(valid).contentType(ContentType.JSON).header("If-Match", "*").body(UPDATE).put("/countries/ID")
                    .then().statusCode(200);
        }
        String otherSignature = valid.substring(0, valid.lastIndexOf('.') + 1)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[256]);
        expect401(otherSignature);
        expect401(valid + "x");
    }

    @Test
    void publicReadsIgnoreTokensEvenBadOnes() {
        given().auth().oauth2("not-a-jwt").get("/countries/ID").then().statusCode(200);
    }
}
