package id.jembatan.agreements.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.agreements.api.ActivityInput;
import id.jembatan.agreements.api.LegacyRegistration;
import id.jembatan.agreements.config.AgreementsConfig;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.repository.AgreementRepository;
import id.jembatan.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The article's cases as demo data, each loaded once (by its reference). It needs directory-service to validate
 * the parties, so it keeps trying (every 30 s) until the directory answers.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String ACTOR = "demo-data";

    @Inject
    AgreementsConfig config;

    @Inject
    AgreementService agreements;

    @Inject
    ActivityService activities;

    @Inject
    AgreementRepository repository;

    @Inject
    ObjectMapper json;

    private final AtomicBoolean settled = new AtomicBoolean();

    @Scheduled(every = "30s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void loadWhenPossible() {
        if (!config.demoData() || settled.get()) {
            return;
        }
        try {
            load();
            settled.set(true);
        } catch (ProblemException e) {
            LOG.warnf("Demo data not loaded yet (%s); retrying in 30 s", e.code());
        }
    }

    private void load() {
        JsonNode cases = read();
        int count = 0;
        for (JsonNode item : cases.get("registrations")) {
            LegacyRegistration registration = json.convertValue(item, LegacyRegistration.class);
            String reference = registration.agreement().reference();
            if (QuarkusTransaction.requiringNew().call(() -> repository.count("reference", reference)) > 0) {
                continue;
            }
            Agreement agreement = agreements.registerLegacyAs(registration, ACTOR);
            for (JsonNode activity : item.path("activities")) {
                ActivityInput input = json.convertValue(activity, ActivityInput.class);
                QuarkusTransaction.requiringNew().run(() ->
                        activities.record(repository.findById(agreement.id), input, ACTOR));
            }
            count++;
        }
        if (count > 0) {
            LOG.infof("Loaded %d demo agreements from the article", count);
        }
    }

    private JsonNode read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/article-cases.json")) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Demo data unreadable", e);
        }
    }
}
