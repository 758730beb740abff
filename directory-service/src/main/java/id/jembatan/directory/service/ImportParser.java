package id.jembatan.directory.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import id.jembatan.directory.reference.Csv;
import id.jembatan.platform.problem.ProblemException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns an uploaded CSV or JSON file into rows, keeping the line each row starts on for the report. */
final class ImportParser {

    static final Set<String> REQUIRED_COLUMNS = Set.of("scheme", "code", "name", "country", "level", "kind");

    private ImportParser() {
    }

    static List<ImportRow> csv(String body) {
        List<Csv.Record> records = Csv.read(body);
        if (records.isEmpty()) {
            return List.of();
        }
        Set<String> present = records.get(0).fields().keySet();
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !present.contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "import-header", String.join(", ", missing));
        }
        List<ImportRow> rows = new ArrayList<>(records.size());
        for (Csv.Record r : records) {
            rows.add(new ImportRow(r.line(), r.get("scheme"), r.get("code"), r.get("name"), r.get("local_name"),
                    r.get("country"), r.get("level"), r.get("kind"), r.get("kind_en"), r.get("parent_scheme"),
                    r.get("parent_code"), split(r.get("alt_names")), split(r.get("extra_codes")), r.get("valid_from"),
                    r.get("source"), r.error()));
        }
        return rows;
    }

    static List<ImportRow> json(String body, ObjectMapper mapper) {
        List<ImportRow> rows = new ArrayList<>();
        // Rows are read one at a time from the open array, so the row reader must not take the next row for
        // trailing garbage; the document as a whole is checked for it once the array is closed.
        ObjectReader rowReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = mapper.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ProblemException(400, "import-json-shape");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw new ProblemException(400, "malformed-json");
                }
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = rowReader.readTree(parser);
                rows.add(node != null && node.isObject() ? row(line, node)
                        : new ImportRow(line, null, null, null, null, null, null, null, null, null, null, List.of(),
                        List.of(), null, null, "not a JSON object"));
            }
            if (parser.nextToken() != null) {
                throw new ProblemException(400, "malformed-json");
            }
        } catch (IOException e) {
            throw new ProblemException(400, "malformed-json");
        }
        return rows;
    }

    private static ImportRow row(int line, JsonNode node) {
        return new ImportRow(line, text(node, "scheme"), text(node, "code"), text(node, "name"),
                text(node, "localName"), text(node, "country"), text(node, "level"), text(node, "kind"),
                text(node, "kindEn"), text(node, "parentScheme"), text(node, "parentCode"), list(node, "altNames"),
                list(node, "extraCodes"), text(node, "validFrom"), text(node, "source"), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    private static List<String> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            return split(text(node, field));
        }
        List<String> items = new ArrayList<>();
        value.forEach(v -> {
            if (v.isValueNode() && !v.asText().isBlank()) {
                items.add(v.asText().trim());
            }
        });
        return items;
    }

    private static List<String> split(String joined) {
        if (joined == null) {
            return List.of();
        }
        return Arrays.stream(joined.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
