package id.jembatan.assessment.service;

import id.jembatan.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AssessmentSlotsTest {

    @Test
    void anAssessmentWaitsForAFreeSlotAndIsTurnedAwayWithA503WhenNoneFreesInTime() throws Exception {
        AssessmentSlots slots = new AssessmentSlots(1, Duration.ofMillis(200));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> slots.run(() -> {
                running.countDown();
                await(finish);
                return "first";
            }));
            running.await();
            ProblemException busy = assertThrows(ProblemException.class, () -> slots.run(() -> "second"));
            assertEquals(503, busy.status());
            assertEquals("2", busy.headers().get("Retry-After"));
            finish.countDown();
            assertEquals("first", first.get());
            assertEquals("third", slots.run(() -> "third"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedAssessmentGivesItsSlotBack() {
        AssessmentSlots slots = new AssessmentSlots(1, Duration.ofMillis(100));
        assertThrows(IllegalStateException.class, () -> slots.run(() -> {
            throw new IllegalStateException("downstream");
        }));
        assertEquals("next", slots.run(() -> "next"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
