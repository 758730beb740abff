package id.jembatan.platform.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SchemaCatalogueTest {

    @Test
    void fillsMissingDescriptionsOfSchemasAndTheirPlainProperties() {
        Schema level = OASFactory.createSchema().ref("#/components/schemas/Level");
        Schema score = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER);
        Schema described = OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("From the annotation");
        Schema dimension = OASFactory.createSchema().addProperty("score", score).addProperty("level", level)
                .addProperty("note", described);
        Map<String, Schema> schemas = new LinkedHashMap<>(Map.of("DimensionResult", dimension));
        Properties catalogue = new Properties();
        catalogue.setProperty("DimensionResult", "One dimension");
        catalogue.setProperty("DimensionResult.score", "Risk score, 0 to 100");
        catalogue.setProperty("DimensionResult.level", "Ignored: a reference's siblings mean nothing in OpenAPI 3.0");
        catalogue.setProperty("DimensionResult.note", "Loses to the annotation");

        SchemaCatalogue.of(catalogue).describe(schemas);

        assertEquals("One dimension", dimension.getDescription());
        assertEquals("Risk score, 0 to 100", score.getDescription());
        assertNull(level.getDescription());
        assertEquals("From the annotation", described.getDescription());
    }
}
