package id.jembatan.agreements.service;

import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.repository.AgreementRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code jembatan_agreements{state=...}} for operators. Counted every 30 s rather than at each scrape, so a
 * scrape never costs a query.
 */
@ApplicationScoped
public class AgreementMetrics {

    @Inject
    AgreementRepository agreements;

    @Inject
    MeterRegistry registry;

    private final Map<AgreementState, Long> byState = new ConcurrentHashMap<>();

    void register(@Observes StartupEvent event) {
        for (AgreementState state : AgreementState.values()) {
            Gauge.builder("jembatan_agreements", byState, counts -> counts.getOrDefault(state, 0L))
                    .tag("state", state.name()).description("Agreements in the registry by lifecycle state")
                    .register(registry);
        }
    }

    @Scheduled(every = "30s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        Map<AgreementState, Long> counted = QuarkusTransaction.requiringNew().call(agreements::countByState);
        for (AgreementState state : AgreementState.values()) {
            byState.put(state, counted.getOrDefault(state, 0L));
        }
    }
}
