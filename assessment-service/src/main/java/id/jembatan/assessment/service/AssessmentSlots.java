package id.jembatan.assessment.service;

import id.jembatan.assessment.config.AssessmentConfig;
import id.jembatan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Caps how many assessments compute at once. An assessment is CPU work around four to six downstream calls;
 * with as many running as there are callers (32 in the benchmark, on two cores) each call waited its turn for
 * the CPU past its timeout, the circuit breakers opened and most callers got a 503. A few at a time finish
 * quickly; the others wait here, and only a wait longer than the configured bound answers 503 (retry later).
 */
@ApplicationScoped
public class AssessmentSlots {

    private final Semaphore slots;

    private final long waitMillis;

    @Inject
    AssessmentSlots(AssessmentConfig config) {
        this(config.concurrentAssessments(), config.assessmentWait());
    }

    AssessmentSlots(int concurrent, Duration wait) {
        slots = new Semaphore(concurrent, true);
        waitMillis = wait.toMillis();
    }

    public <T> T run(Supplier<T> assessment) {
        try {
            if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return assessment.get();
        } finally {
            slots.release();
        }
    }

    private static ProblemException busy() {
        return new ProblemException(503, "busy").header("Retry-After", "2");
    }
}
