package id.jembatan.agreements.service;

import id.jembatan.agreements.domain.AgreementState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code jembatan_agreements{state=...}} for operators. Counted every 30 s rather than at each scrape, so a
 * scrape never costs a query.
 */
@ApplicationScoped
public class AgreementMetrics {

    @Inject
    EntityManager em;

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
    @SuppressWarnings("unchecked")
    void count() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select state, count(*) from agreement group by state").getResultList());
        Map<AgreementState, Long> counted = new EnumMap<>(AgreementState.class);
        for (Object[] row : rows) {
            counted.put(AgreementState.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        for (AgreementState state : AgreementState.values()) {
            byState.put(state, counted.getOrDefault(state, 0L));
        }
    }
}
