package id.jembatan.agreements;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads of one agreement are served from memory; what a reader sees must still follow every change. */
@QuarkusTest
class CachedReadsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReadAfterEachAcknowledgedWriteSeesThatWriteWhileOthersReadConcurrently() throws Exception {
        String id = createId(officer(SERANG), serangHangzhou());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                reads.add(readers.submit(() -> {
                    int count = 0;
                    while (writing.get()) {
                        given().auth().oauth2(viewer()).get("/agreements/" + id).then().statusCode(200);
                        count++;
                    }
                    return count;
                }));
            }
            String etag = etag(id);
            for (String action : List.of("START_EXPLORATION", "WITHDRAW")) {
                etag = transition(officer(SERANG), id, etag, action, null).then().statusCode(200).extract().header("ETag");
                given().auth().oauth2(viewer()).get("/agreements/" + id).then().statusCode(200).header("ETag", etag);
            }
            writing.set(false);
            for (Future<Integer> read : reads) {
                assertTrue(read.get() > 0);
            }
        } finally {
            readers.shutdownNow();
        }
        given().auth().oauth2(viewer()).get("/agreements/" + id).then().body("state", equalTo("WITHDRAWN"));
    }

    @Test
    void aChangeCommittedByAnotherInstanceIsServedWithinASecond() throws Exception {
        String id = createId(officer(SERANG), serangHangzhou());
        String before = given().auth().oauth2(viewer()).get("/agreements/" + id).then().statusCode(200)
                .extract().header("ETag");
        changeAsAnotherInstanceWould(UUID.fromString(id), "Changed by another instance");

        long deadline = System.nanoTime() + 1_000_000_000L;
        String title;
        do {
            Thread.sleep(50);
            title = given().auth().oauth2(viewer()).get("/agreements/" + id).then().statusCode(200).extract().path("title");
        } while (!title.equals("Changed by another instance") && System.nanoTime() < deadline);
        assertEquals("Changed by another instance", title);
        String after = given().auth().oauth2(viewer()).get("/agreements/" + id).then().extract().header("ETag");
        assertEquals(Long.parseLong(before.replace("\"", "")) + 1, Long.parseLong(after.replace("\"", "")));
    }

    /** What another replica's write leaves in the shared database: the row at a new version and its change. */
    private void changeAsAnotherInstanceWould(UUID id, String title) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "update agreement set title = ?, version = version + 1 where id = ?");
                 PreparedStatement change = connection.prepareStatement("""
                         insert into agreement_change (position, agreement_id, type, state, version)
                         select nextval('agreement_change_position'), id, 'UPDATED', state, version from agreement where id = ?""")) {
                update.setString(1, title);
                update.setObject(2, id);
                update.executeUpdate();
                change.setObject(1, id);
                change.executeUpdate();
            }
            connection.commit();
        }
    }
}
