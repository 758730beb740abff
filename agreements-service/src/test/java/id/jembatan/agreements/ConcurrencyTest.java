package id.jembatan.agreements;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ConcurrencyTest {

    @Inject
    AgroalDataSource dataSource;

    private static <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void twentyConcurrentTransitionsWithTheSameIfMatchLetExactlyOneThrough() throws Exception {
        String id = createId(officer(SERANG), serangHangzhou());
        String etag = etag(id);
        List<Integer> statuses = concurrently(20, () -> transition(officer(SERANG), id, etag, "START_EXPLORATION", null).statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        given().auth().oauth2(viewer()).get("/agreements/" + id + "/history").then().body("totalItems", equalTo(2));
    }

    @Test
    void aRetriedCreateReturnsTheFirstResultAndAReusedKeyWithAnotherBodyIsRefused() {
        Map<String, Object> body = serangHangzhou();
        String first = given().auth().oauth2(officer(SERANG)).header("Idempotency-Key", "create-1").contentType(ContentType.JSON)
                .body(body).post("/agreements").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer(SERANG)).header("Idempotency-Key", "create-1").contentType(ContentType.JSON)
                .body(body).post("/agreements").then().statusCode(201).body("id", equalTo(first));
        Map<String, Object> other = new HashMap<>(body);
        other.put("title", "Something else");
        given().auth().oauth2(officer(SERANG)).header("Idempotency-Key", "create-1").contentType(ContentType.JSON)
                .body(other).post("/agreements").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneAgreement() throws Exception {
        Map<String, Object> body = serangHangzhou();
        body.put("title", "Concurrent idempotent create");
        List<String> ids = concurrently(10, () -> given().auth().oauth2(officer(SERANG)).header("Idempotency-Key", "burst-1")
                .contentType(ContentType.JSON).body(body).post("/agreements").then().statusCode(201).extract().path("id"));
        assertEquals(1, new HashSet<>(ids).size(), ids.toString());
        given().auth().oauth2(viewer()).queryParam("q", "Concurrent idempotent create").get("/agreements")
                .then().body("totalItems", equalTo(1));
    }

    @Test
    void aRetriedTransitionIsNotAppliedTwice() {
        String id = createId(officer(SERANG), serangHangzhou());
        String etag = etag(id);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(officer(SERANG)).header("Idempotency-Key", "t-" + id).header("If-Match", etag)
                    .contentType(ContentType.JSON).body(Map.of("action", "START_EXPLORATION"))
                    .post("/agreements/" + id + "/transitions").then().statusCode(200).body("state", equalTo("EXPLORATION"))
                    .body("version", equalTo(1));
        }
    }

    @Test
    void theDatabaseRefusesToRewriteHistory() throws SQLException {
        createId(officer(SERANG), serangHangzhou());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update agreement_history set actor = 'someone else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> statement.executeUpdate("delete from agreement_history"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate agreement_history"));
        }
    }

    @Test
    void theChangeFeedShowsEveryCommittedChangeOnceAndInOrderUnderConcurrentWriters() throws Exception {
        long start = given().auth().oauth2(viewer()).queryParam("after", "0").queryParam("limit", 1000)
                .get("/changes").then().statusCode(200).extract().jsonPath().getLong("next");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(createId(officer(SERANG), serangHangzhou()));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seen = new ArrayList<>();
        Set<String> seenChanges = new HashSet<>();
        Thread reader = new Thread(() -> {
            long cursor = start;
            while (true) {
                boolean last = !writing.get();
                var page = given().auth().oauth2(viewer()).queryParam("after", cursor).queryParam("limit", 7)
                        .get("/changes").then().statusCode(200).extract().jsonPath();
                List<Integer> positions = page.getList("items.position", Integer.class);
                List<String> agreements = page.getList("items.agreementId");
                List<Integer> versions = page.getList("items.version", Integer.class);
                for (int i = 0; i < positions.size(); i++) {
                    seen.add(positions.get(i).longValue());
                    seenChanges.add(agreements.get(i) + "@" + versions.get(i));
                }
                cursor = page.getLong("next");
                if (last && positions.isEmpty()) {
                    return;
                }
            }
        });
        reader.start();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<Future<Integer>> done = new ArrayList<>();
        for (String id : ids) {
            done.add(writers.submit(() -> {
                int ok = 0;
                for (int i = 0; i < 8; i++) {
                    int status = given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                            .body(Map.of("kind", "MEETING", "occurredOn", "2026-01-0" + (1 + i % 9)))
                            .post("/agreements/" + id + "/activities").statusCode();
                    ok += status == 201 ? 1 : 0;
                }
                return ok;
            }));
        }
        int committed = 0;
        for (Future<Integer> f : done) {
            committed += f.get();
        }
        writers.shutdown();
        writing.set(false);
        reader.join(60_000);

        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "positions strictly increase: " + seen);
        }
        assertEquals(6 + committed, seen.size(), "every committed change exactly once");
        assertEquals(seen.size(), seenChanges.size(), "no change twice");
        for (String id : ids) {
            for (int version = 0; version <= 8; version++) {
                assertTrue(seenChanges.contains(id + "@" + version), id + "@" + version + " missing");
            }
        }
    }
}
