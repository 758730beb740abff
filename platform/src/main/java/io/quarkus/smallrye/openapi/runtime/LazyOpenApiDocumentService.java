package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds each OpenAPI document when it is first asked for instead of during start-up. Quarkus 3.33 reads the
 * build-time document back into a model and writes it out as JSON and YAML before a service is ready: a sixth of
 * agreements-service's start-up on two cores, for a document that only people and client generators fetch.
 * Documents are built eagerly, as before, when a filter must run at start-up.
 *
 * <p>This is the behaviour of quarkusio/quarkus#55538, which later Quarkus versions have; delete this class when
 * the build moves to one of them. It sits in Quarkus's package because the start-up recorder calls a
 * package-private method, which only a class loaded with Quarkus's own can override: so it is part of production
 * builds (one class loader) and not of {@code @QuarkusTest} runs, where the application's classes have a loader
 * of their own. {@code PackagedOpenApiIT} in each service checks the packaged jar.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable // looked up by the recorder, never injected
@IfBuildProfile("prod")
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    private final Map<String, Runnable> pending = new HashMap<>();

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurityFilter,
            Map<OpenApiFilter.RunStage, List<String>> filters, String documentName) {
        if (filters.getOrDefault(OpenApiFilter.RunStage.RUNTIME_STARTUP, List.of()).isEmpty()) {
            pending.put(documentName, () -> super.prepareDocument(autoSecurityFilter, filters, documentName));
        } else {
            super.prepareDocument(autoSecurityFilter, filters, documentName);
        }
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        prepareIfPending(documentName);
        return super.getDocument(documentName, format);
    }

    /** Synchronized on every request, so that no reader sees a document half prepared; it is one lock per fetch. */
    private synchronized void prepareIfPending(String documentName) {
        Runnable preparation = pending.remove(documentName);
        if (preparation != null) {
            preparation.run();
        }
    }
}
