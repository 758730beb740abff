package id.jembatan.platform.web;

import id.jembatan.platform.problem.ProblemMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * Completes the OpenAPI document with what is true of every operation: error responses are problem documents,
 * every operation can answer 400 and 500, and secured ones 401 and 403; every response carries X-Request-Id, every
 * 503 Retry-After; every operation takes Accept-Language. Resources only declare what is particular to them, and
 * refer to the shared headers by name ({@code @Header(name = "ETag", ref = "ETag")}).
 *
 * <p>It also keeps the document free of what generated clients handle badly: Java's value types (UUID, LocalDate,
 * Instant) become plain string formats instead of schemas of their own, and response codes are listed in order.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_PREFIX = "urn:jembatan:problem:";
    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";
    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid input: malformed JSON, wrong types, unknown values or out-of-range parameters",
            "500", "Unexpected failure (a bug); the problem document carries the request id");
    private static final Map<String, String> SECURED = Map.of(
            "401", "Missing, expired or invalid bearer token",
            "403", "The token's roles or region do not allow this");
    /** Java value types and the string format that stands for each. */
    private static final Map<String, String> VALUE_TYPES = Map.of(
            "UUID", "uuid", "LocalDate", "date", "Instant", "date-time", "OffsetDateTime", "date-time");
    private static final List<String> MESSAGE_BUNDLES = List.of("service-messages", "platform-messages");

    @Override
    public Schema filterSchema(Schema schema) {
        String format = valueTypeFormat(schema);
        if (format != null) {
            asString(schema, format);
        } else if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            String wrapped = valueTypeFormat(schema.getAllOf().get(0));
            if (wrapped == null && isPlainString(schema.getAllOf().get(0))) {
                wrapped = schema.getAllOf().get(0).getFormat();
            }
            if (wrapped != null) {
                schema.setAllOf(null);
                asString(schema, wrapped);
            }
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() != null) {
            VALUE_TYPES.keySet().forEach(components::removeSchema);
            components.getSchemas().forEach(ProblemResponsesFilter::describePage);
            SchemaCatalogue.load().describe(components.getSchemas());
        }
        addSharedHeaders(components);
        components.addParameter("Accept-Language", OASFactory.createParameter().name("Accept-Language").in(Parameter.In.HEADER)
                .description("Language of the problem documents' title and detail: id (Bahasa Indonesia) or en (the default)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("id")));
        Schema problem = components.getSchemas() == null ? null : components.getSchemas().get("Problem");
        if (problem != null && problem.getProperties() != null && problem.getProperties().get("type") != null) {
            problem.getProperties().get("type").setDescription(problemTypes());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                complete(operation);
            }
        }
    }

    private void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        APIResponses target = responses;
        COMMON.forEach((code, description) -> addIfMissing(target, code, description));
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            SECURED.forEach((code, description) -> addIfMissing(target, code, description));
        }
        Map<String, APIResponse> sorted = new TreeMap<>(Comparator.comparing((String code) -> code.equals("default"))
                .thenComparing(Comparator.naturalOrder()));
        sorted.putAll(responses.getAPIResponses());
        for (Map.Entry<String, APIResponse> entry : sorted.entrySet()) {
            APIResponse response = entry.getValue();
            boolean failure = entry.getKey().startsWith("4") || entry.getKey().startsWith("5");
            if (failure && (response.getContent() == null || response.getContent().getMediaType(ProblemMapper.MEDIA_TYPE) == null)) {
                response.setContent(problemContent());
            }
            if (entry.getKey().equals("503")) {
                addHeaderIfMissing(response, "Retry-After");
            }
            addHeaderIfMissing(response, RequestIds.HEADER);
        }
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
        boolean takesLanguage = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Accept-Language".equalsIgnoreCase(p.getName()) || "#/components/parameters/Accept-Language".equals(p.getRef()));
        if (!takesLanguage) {
            operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/Accept-Language"));
        }
    }

    /** The page envelope is one generic record: each of its instances says what it pages. */
    private static void describePage(String name, Schema schema) {
        Schema items = schema.getProperties() == null ? null : schema.getProperties().get("items");
        if (!name.startsWith("PageResponse") || schema.getDescription() != null || items == null || items.getItems() == null
                || items.getItems().getRef() == null) {
            return;
        }
        String item = items.getItems().getRef().substring(COMPONENT_SCHEMAS.length());
        schema.setDescription("One page of " + item + " items, with its place in the whole result");
    }

    private static void addSharedHeaders(Components components) {
        components.addHeader("ETag", header("The version of the resource, for If-Match on the next change", "\"3\""));
        components.addHeader("Location", header("URL of the created resource: absolute when the service knows its public address, otherwise its path", "/agreements/0b3f6c52-9a33-4c38-8e1a-7d2f0c1e5a10")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")));
        components.addHeader("Retry-After", header("Seconds to wait before trying again", 5)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO)));
        components.addHeader(RequestIds.HEADER, header("Correlation id of the request: the caller's when it sent a usable one, "
                + "otherwise a new one; also in the logs and in problem documents", "0b3f6c52-9a33-4c38-8e1a-7d2f0c1e5a10"));
    }

    private static Header header(String description, Object example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static void addHeaderIfMissing(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
        }
    }

    /**
     * Every problem type this service can answer, read from the message bundles that title them (each type has
     * its {@code problem.CODE.title}), so the list cannot fall behind the code.
     */
    private static String problemTypes() {
        Map<String, String> titles = new TreeMap<>();
        for (String bundle : MESSAGE_BUNDLES) {
            try {
                ResourceBundle messages = ResourceBundle.getBundle(bundle, Locale.ROOT, Thread.currentThread().getContextClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : messages.keySet()) {
                    if (key.startsWith("problem.") && key.endsWith(".title")) {
                        titles.putIfAbsent(PROBLEM_PREFIX + key.substring("problem.".length(), key.length() - ".title".length()),
                                messages.getString(key));
                    }
                }
            } catch (MissingResourceException e) {
                // a service without messages of its own answers only the platform's problem types
            }
        }
        StringBuilder description = new StringBuilder("The problem type, a URN. The types this service answers, with their "
                + "English titles (new types may be added; members beyond the standard ones are documented by the "
                + "response's own schema):\n");
        titles.forEach((type, title) -> description.append("\n- `").append(type).append("`: ").append(title));
        return description.toString();
    }

    private static String valueTypeFormat(Schema schema) {
        String ref = schema.getRef();
        return ref != null && ref.startsWith(COMPONENT_SCHEMAS) ? VALUE_TYPES.get(ref.substring(COMPONENT_SCHEMAS.length())) : null;
    }

    private static boolean isPlainString(Schema schema) {
        return schema.getRef() == null && schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.STRING))
                && VALUE_TYPES.containsValue(schema.getFormat()) && schema.getProperties() == null;
    }

    private static void asString(Schema schema, String format) {
        schema.setRef(null);
        schema.setType(List.of(Schema.SchemaType.STRING));
        schema.setFormat(format);
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemMapper.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(COMPONENT_SCHEMAS + "Problem")));
    }
}
