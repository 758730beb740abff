package id.jembatan.directory.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 reading (quoted fields, doubled quotes, newlines inside quotes), with each record's line number. */
public final class Csv {

    public record Record(int line, Map<String, String> fields, String error) {
        public String get(String name) {
            String value = fields.get(name);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    private Csv() {
    }

    /** Reads a file whose first record is the header; records with the wrong number of fields carry an error. */
    public static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<List<String>> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(text.startsWith("\uFEFF") ? text.substring(1) : text, raw, lines);
        if (raw.isEmpty()) {
            return records;
        }
        List<String> header = raw.get(0).stream().map(h -> h.trim().toLowerCase(java.util.Locale.ROOT)).toList();
        for (int i = 1; i < raw.size(); i++) {
            List<String> values = raw.get(i);
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < Math.min(header.size(), values.size()); c++) {
                fields.put(header.get(c), values.get(c));
            }
            String error = values.size() == header.size() ? null
                    : "expected " + header.size() + " fields, found " + values.size();
            records.add(new Record(lines.get(i), fields, error));
        }
        return records;
    }

    private static void parse(String text, List<List<String>> records, List<Integer> lines) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (!field.isEmpty() || !record.isEmpty() || fieldStarted) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
