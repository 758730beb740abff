package id.jembatan.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** directory-service down: writes that need it answer 503 and store nothing; reads go on; recovery is automatic. */
@QuarkusTest
class DirectoryOutageTest {

    /**
     * After an outage the circuit breaker's rolling window still holds the failures; a few successes in a row
     * flush it, so that later tests do not meet this test's outage.
     */
    @AfterEach
    void directoryBack() {
        DirectoryStub.mode("up");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int successes = 0;
        while (successes < 6 && Instant.now().isBefore(deadline)) {
            successes = create(officer(SERANG), serangHangzhou()).statusCode() == 201 ? successes + 1 : 0;
        }
    }

    private static long total() {
        return ((Number) given().auth().oauth2(viewer()).queryParam("size", 1).get("/agreements")
                .then().statusCode(200).extract().path("totalItems")).longValue();
    }

    @Test
    void writesFailCleanlyDuringAnOutageAndWorkAgainAfterwards() {
        String existing = createId(officer(SERANG), serangHangzhou());
        long before = total();
        for (String mode : new String[]{"down", "error"}) {
            DirectoryStub.mode(mode);
            for (int i = 0; i < 4; i++) {
                create(officer(SERANG), serangHangzhou()).then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "10")
                        .body("detail", equalTo("directory-service is not reachable right now; nothing was stored. Try again later."));
            }
            given().auth().oauth2(viewer()).get("/agreements/" + existing).then().statusCode(200);
            given().get("/public/agreements/" + existing).then().statusCode(200);
        }
        assertEquals(before, total(), "nothing stored during the outage");

        DirectoryStub.mode("up");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 201) {
            status = create(officer(SERANG), serangHangzhou()).statusCode();
            if (status != 201) {
                assertEquals(503, status);
                sleep();
            }
        }
        assertEquals(201, status, "writes work again without a restart");
    }

    @Test
    void aSlowDirectoryIsCutOffWithinTheTimeBudget() {
        DirectoryStub.mode("slow");
        Instant start = Instant.now();
        int status = create(officer(SERANG), serangHangzhou()).statusCode();
        Duration took = Duration.between(start, Instant.now());
        assertEquals(503, status);
        assertTrue(took.toMillis() < 5_000, "answered in " + took.toMillis() + " ms");
    }

    @Test
    void unknownPartiesAreA400NotAnOutage() {
        Map<String, Object> body = serangHangzhou();
        body.put("indonesianRegionCode", "99.99");
        body.put("foreignRegion", Map.of("scheme", "GB_T_2260", "code", "999999"));
        create(officer("99.99"), body).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("indonesianRegionCode", "foreignRegion"));
        Map<String, Object> domestic = serangHangzhou();
        domestic.put("foreignRegion", Map.of("scheme", "KEMENDAGRI", "code", "36.03"));
        create(officer(SERANG), domestic).then().statusCode(400).body("errors[0].field", equalTo("foreignRegion"));
        Map<String, Object> ksdll = serangHangzhou();
        ksdll.put("form", "KSDLL");
        create(officer(SERANG), ksdll).then().statusCode(400).body("errors[0].field", equalTo("foreignOrganisation"));
        ksdll.remove("foreignRegion");
        ksdll.put("foreignOrganisation", "alibaba");
        create(officer(SERANG), ksdll).then().statusCode(201).body("foreignParty.name", equalTo("Alibaba Group Holding Limited"));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
