package id.jembatan.client.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Holds what a generated client sends and receives against a service's committed contract, with Atlassian's
 * request validator: the status must be documented for the operation, the documented headers present and well
 * formed, the body valid against the documented schema (and the request too, unless a test breaks it on purpose
 * through {@link #outsideTheContract(Supplier)}). It also tells which operations a test run has not called on a
 * success path and on an error path.
 *
 * <pre>
 * ContractConformance contract = ContractConformance.of(Path.of("openapi/agreements-service.json"));
 * ApiClient client = AgreementsClient.create(uri, tokens).setHttpClientBuilder(contract.httpClientBuilder());
 * ... calls ...
 * contract.assertConforms();
 * contract.assertEveryOperationCalled();
 * </pre>
 */
public final class ContractConformance {

    private final Path contract;
    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;
    private final ApiOperationResolver operations;
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<Boolean> requestInContract = ThreadLocal.withInitial(() -> true);
    private final java.util.Set<String> withoutCallerErrors = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ContractConformance(Path contract) {
        if (!Files.isRegularFile(contract)) {
            throw new IllegalArgumentException("No contract at " + contract.toAbsolutePath());
        }
        this.contract = contract;
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        this.api = new OpenAPIV3Parser().read(contract.toAbsolutePath().toString(), null, options);
        // Properties a schema does not name are errors; allOf compositions (a problem type extending Problem) are
        // merged first so that their members count as named.
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(contract.toAbsolutePath().toUri().toString())
                .withResolveCombinators(true)
                .build();
        this.operations = new ApiOperationResolver(api, null, false);
    }

    public static ContractConformance of(Path contract) {
        return new ContractConformance(contract);
    }

    /** For {@code ApiClient.setHttpClientBuilder}: every client it builds records its exchanges here. */
    public HttpClient.Builder httpClientBuilder() {
        return new RecordingHttpClient.Builder(new RecordingHttpClient.Recorder() {
            @Override
            public boolean requestInContract() {
                return requestInContract.get();
            }

            @Override
            public void record(Exchange exchange) {
                exchanges.add(exchange);
            }
        });
    }

    /** Runs calls whose requests break the contract on purpose; their answers are still held against it. */
    public <T> T outsideTheContract(Supplier<T> calls) {
        requestInContract.set(false);
        try {
            return calls.get();
        } finally {
            requestInContract.set(true);
        }
    }

    public void outsideTheContract(Runnable calls) {
        outsideTheContract(() -> {
            calls.run();
            return null;
        });
    }

    /**
     * Records that an operation has no error path a caller can provoke (it takes no input, and its documented errors
     * are the ones every operation lists), so that {@link #assertEveryOperationCalled()} does not ask for one.
     */
    public void withoutCallerErrors(String operationId) {
        withoutCallerErrors.add(operationId);
    }

    public List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** @return every way a recorded exchange departs from the contract, one line each */
    public List<String> breaches() {
        List<String> breaches = new ArrayList<>();
        for (Exchange exchange : exchanges()) {
            ValidationReport report = validate(exchange);
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR) {
                    breaches.add(exchange.describe() + ": [" + message.getKey() + "] " + message.getMessage()
                            + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()));
                }
            }
        }
        return breaches;
    }

    private ValidationReport validate(Exchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.uri().getRawPath());
        exchange.requestHeaders().forEach(request::withHeader);
        if (exchange.requestBody().length > 0) {
            request.withBody(exchange.requestBody());
        }
        query(exchange.uri().getRawQuery()).forEach(request::withQueryParam);
        SimpleResponse.Builder response = new SimpleResponse.Builder(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (exchange.responseBody().length > 0) {
            response.withBody(exchange.responseBody());
        }
        SimpleRequest built = request.build();
        return exchange.requestInContract()
                ? validator.validate(built, response.build())
                : validator.validateResponse(built.getPath(), built.getMethod(), response.build());
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return parameters;
    }

    /** @return each operation of the contract not yet called with a 2xx answer, or not yet with a 4xx/5xx one */
    public List<String> uncalledOperations() {
        TreeSet<String> succeeded = new TreeSet<>();
        TreeSet<String> failed = new TreeSet<>();
        for (Exchange exchange : exchanges()) {
            ApiOperationMatch match = operations.findApiOperation(exchange.uri().getRawPath(),
                    Request.Method.valueOf(exchange.method()));
            if (match.isPathFound() && match.isOperationAllowed()) {
                String operation = match.getApiOperation().getOperation().getOperationId();
                (exchange.status() < 400 ? succeeded : failed).add(operation);
            }
        }
        List<String> missing = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = operation.getOperationId() + " (" + method + " " + path + ")";
            if (!succeeded.contains(operation.getOperationId())) {
                missing.add(name + " on a success path");
            }
            if (!failed.contains(operation.getOperationId()) && !withoutCallerErrors.contains(operation.getOperationId())) {
                missing.add(name + " on an error path");
            }
        }));
        return missing;
    }

    public void assertConforms() {
        List<String> breaches = breaches();
        if (!breaches.isEmpty()) {
            throw new AssertionError(breaches.size() + " answers depart from the contract " + contract.getFileName()
                    + ":\n  " + String.join("\n  ", breaches));
        }
    }

    public void assertEveryOperationCalled() {
        List<String> missing = uncalledOperations();
        if (!missing.isEmpty()) {
            throw new AssertionError("Not called through the SDK:\n  " + String.join("\n  ", missing));
        }
    }
}
