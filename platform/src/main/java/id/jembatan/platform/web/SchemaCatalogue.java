package id.jembatan.platform.web;

import org.eclipse.microprofile.openapi.models.media.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Descriptions for schemas whose Java types must stay free of framework annotations (a service's pure domain
 * model), read from the service's {@code openapi-schemas.properties}: {@code Name} describes a schema,
 * {@code Name.property} one of its properties. An annotation on the type wins; the catalogue only fills gaps.
 */
final class SchemaCatalogue {

    static final String RESOURCE = "openapi-schemas.properties";

    private final Properties descriptions;

    private SchemaCatalogue(Properties descriptions) {
        this.descriptions = descriptions;
    }

    static SchemaCatalogue load() {
        Properties descriptions = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(descriptions);
    }

    static SchemaCatalogue of(Properties descriptions) {
        return new SchemaCatalogue(descriptions);
    }

    void describe(Map<String, Schema> schemas) {
        schemas.forEach((name, schema) -> {
            fill(schema, descriptions.getProperty(name));
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, propertySchema) ->
                        describeProperty(propertySchema, descriptions.getProperty(name + "." + property)));
            }
        });
    }

    /** A reference's siblings are ignored in OpenAPI 3.0, so a property that only refers to a schema is left alone. */
    private static void describeProperty(Schema property, String description) {
        if (property.getRef() == null) {
            fill(property, description);
        }
    }

    private static void fill(Schema schema, String description) {
        if (description != null && schema.getDescription() == null) {
            schema.setDescription(description);
        }
    }
}
