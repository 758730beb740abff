package id.jembatan.assessment;

import id.jembatan.devtools.testing.TestKeys;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.jembatan.assessment.Stubs.SERANG_HANGZHOU;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With tracing switched on (it is off unless configured), one assessment is one trace: the request to this
 * service, the calls it makes to agreements-service and directory-service, and its SQL statements. The spans are
 * collected in memory instead of being exported over OTLP.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "PT0.05S");
        }
    }

    /** Every SpanExporter bean receives the finished spans; this one keeps them for the test to read. */
    @ApplicationScoped
    public static class InMemorySpans {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    private static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    private static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void anAssessmentIsOneTraceWithTheCallsToAgreementsAndDirectoryAndItsSql() {
        spans.reset();
        given().auth().oauth2(TestKeys.token("admin")).contentType(ContentType.JSON)
                .body(Map.of("agreementId", SERANG_HANGZHOU)).post("/assessments").then().statusCode(201);

        SpanData request = awaitSpan(s -> s.getKind() == SpanKind.SERVER && "/assessments".equals(s.getAttributes().get(ROUTE)))
                .orElseThrow(() -> new AssertionError("no server span for POST /assessments in " + names()));
        String trace = request.getTraceId();
        List<SpanData> ofTrace = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(trace)).toList();

        assertTrue(ofTrace.stream().anyMatch(s -> calls(s, "quarkus.rest-client.agreements.url")),
                () -> "no client span to agreements-service in " + describe(ofTrace));
        assertTrue(ofTrace.stream().anyMatch(s -> calls(s, "quarkus.rest-client.directory.url")),
                () -> "no client span to directory-service in " + describe(ofTrace));
        assertTrue(ofTrace.stream().anyMatch(s -> "postgresql".equals(s.getAttributes().get(DB_SYSTEM))
                        || "postgresql".equals(s.getAttributes().get(DB_SYSTEM_NAME))),
                () -> "no SQL span in " + describe(ofTrace));
    }

    /** A client span whose URL is on the host and port the named rest client is configured with. */
    private static boolean calls(SpanData span, String urlProperty) {
        String url = span.getAttributes().get(URL);
        if (span.getKind() != SpanKind.CLIENT || url == null) {
            return false;
        }
        URI target = URI.create(ConfigProvider.getConfig().getValue(urlProperty, String.class));
        URI called = URI.create(url);
        return target.getHost().equals(called.getHost()) && target.getPort() == called.getPort();
    }

    private Optional<SpanData> awaitSpan(java.util.function.Predicate<SpanData> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<SpanData> found = spans.getFinishedSpanItems().stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private String names() {
        return describe(spans.getFinishedSpanItems());
    }

    private static String describe(List<SpanData> items) {
        return items.stream().map(s -> s.getKind() + " " + s.getName() + " " + s.getAttributes()).toList().toString();
    }
}
