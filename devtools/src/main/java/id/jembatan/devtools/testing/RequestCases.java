package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The cases of a request as a whole (headers every endpoint reads, the body's bytes and media type), of each path,
 * query and header parameter, and of bodies that are not JSON documents.
 */
final class RequestCases {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SchemaResolver schemas;
    private final ValueSampler values;
    private final JsonBytes json;

    RequestCases(SchemaResolver schemas, ValueSampler values, JsonBytes json) {
        this.schemas = schemas;
        this.values = values;
        this.json = json;
    }

    /** Cases about the request as a whole: headers every endpoint reads, and the body's bytes and media type. */
    void requestCases(FuzzOperation op, FuzzOperation.Draft base, Random random, List<FuzzOperation.Draft> out) {
        out.add(base.copy("Accept: application/xml").header("Accept", "application/xml"));
        out.add(base.copy("Accept: garbage").header("Accept", "not a media type;;;q=x"));
        out.add(base.copy("Accept-Language: garbage").header("Accept-Language", ";;;q=abc,,id;q=NaN,*;q=-1"));
        out.add(base.copy("Accept-Language: unknown language").header("Accept-Language", "tlh-Piqd"));
        out.add(base.copy("X-Request-Id: hostile").header("X-Request-Id", "../../x;DROP TABLE t; " + "r".repeat(300)));
        out.add(base.copy("X-HTTP-Method-Override: DELETE").header("X-HTTP-Method-Override", "DELETE"));
        out.add(base.copy("X-Forwarded-For and Host spoofing").header("X-Forwarded-For", "127.0.0.1, ' OR 1=1")
                .header("X-Forwarded-Host", "evil.example"));
        FuzzOperation.Draft unknown = base.copy("unknown query parameters");
        unknown.query.add(ApiFuzzer.Param.of("__proto__[admin]", "true"));
        unknown.query.add(ApiFuzzer.Param.of("debug", "true"));
        unknown.query.add(ApiFuzzer.Param.of(HostileValues.pick(random, HostileValues.INJECTIONS), HostileValues.pick(random, HostileValues.INJECTIONS)));
        out.add(unknown);
        // Refused below the resources (HttpEdge): each must still be a problem document, not the codec's bare answer.
        FuzzOperation.Draft longUrl = base.copy("URL over 4 KiB");
        longUrl.query.add(ApiFuzzer.Param.of("padding", "u".repeat(5_000)));
        out.add(longUrl);
        out.add(base.copy("headers over 20 KiB").header("X-Padding", "p".repeat(100_000)));
        out.add(base.copy("Accept-Language: ;").header("Accept-Language", ";"));
        out.add(base.copy("DEL in a header").header("X-Note", "a\u007fb"));
        out.add(base.copy("NUL in a header").header("X-Note", "a\u0000b"));
        FuzzOperation.Draft overlong = base.copy("overlong UTF-8 and an encoded surrogate in an unknown parameter");
        overlong.query.add(new ApiFuzzer.Param("x", "%C0%AE%ED%A0%80%FF", true));
        out.add(overlong);
        if (op.secured) {
            out.add(base.copy("Authorization: empty bearer").header("Authorization", "Bearer "));
            out.add(base.copy("Authorization: three dots").header("Authorization", "Bearer x.y.z"));
            out.add(base.copy("Authorization: basic").header("Authorization", "Basic YWRtaW46YWRtaW4="));
            out.add(base.copy("Authorization: huge token").header("Authorization", "Bearer " + "a".repeat(HostileValues.LONG_IN_HEADER)));
            out.add(base.copy("Authorization: alg none").header("Authorization",
                    "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImFkbWluIl19."));
        }
        if (op.bodyType == null) {
            out.add(base.copy("a JSON body on an operation without one").body("application/json", JsonBytes.utf8("{\"id\": 1, \"admin\": true}")));
            return;
        }
        String type = op.bodyType;
        out.add(base.copy("empty body").body(type, new byte[0]));
        for (String other : op.contentTypes) {
            if (!other.equals(type)) {
                out.add(base.copy("the body of " + type + " declared as " + other).body(other, base.body));
            }
        }
        for (String wrong : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream",
                "image/png", "application/json; charset=klingon", "application/json; charset=UTF-16", "application/json-patch+json")) {
            if (!op.contentTypes.contains(wrong)) {
                out.add(base.copy("content type " + wrong).body(wrong, base.body));
            }
        }
        out.add(base.copy("XML body with an external entity").body("application/xml",
                JsonBytes.utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")));
        out.add(base.copy("form body").body("application/x-www-form-urlencoded", JsonBytes.utf8("state=ACTIVE&version=99&admin=true")));
        out.add(base.copy("body over 1 MiB").body(type, JsonBytes.utf8("{\"title\": \"" + "x".repeat(1_100_000) + "\"}")));
        out.add(base.copy("invalid UTF-8 bytes").body(type, JsonBytes.invalidUtf8()));
        out.add(base.copy("overlong UTF-8 in a string").body(type, JsonBytes.concat(JsonBytes.utf8("{\"title\": \"a"),
                JsonBytes.concat(new byte[] {(byte) 0xC0, (byte) 0xAE}, JsonBytes.utf8("b\"}")))));
        if (!type.contains("json")) {
            return;
        }
        for (String malformed : List.of("{", "}", "{\"a\":", "{'a': 1}", "{a: 1}", "{\"a\": 1,}", "[1, 2", "{\"a\": tru}",
                "/* comment */ {}", "{} {}", "{\"a\": \"\\x41\"}", "{\"a\": \"unterminated}", "{\"a\": NaN}", "{\"a\": Infinity}",
                "{\"a\": 0x10}", "{\"a\": 01}", "{\"a\": .5}", "{\"a\": +1}", "\u0000", "\uFEFF{}", "null", "true", "42", "\"text\"", "[]",
                "[{}]", "{\"\": null}", "   ")) {
            out.add(base.copy("malformed or odd JSON " + JsonBytes.printable(malformed, 30)).body(type, JsonBytes.utf8(malformed)));
        }
        out.add(base.copy("baseline followed by garbage").body(type, JsonBytes.concat(base.body, JsonBytes.utf8("garbage"))));
        out.add(base.copy("nesting 5000 deep (arrays)").body(type, JsonBytes.utf8("[".repeat(5000) + "]".repeat(5000))));
        out.add(base.copy("nesting 2000 deep (objects)").body(type, JsonBytes.utf8("{\"a\":".repeat(2000) + "1" + "}".repeat(2000))));
        out.add(base.copy("a number of 2000 digits").body(type, JsonBytes.utf8("{\"a\": " + "9".repeat(2000) + "}")));
        out.add(base.copy("a key of 100k characters").body(type, JsonBytes.utf8("{\"" + "k".repeat(HostileValues.HUGE) + "\": 1}")));
        if (op.bodyBaseline instanceof ObjectNode baseline) {
            ObjectNode extra = baseline.deepCopy();
            extra.put("id", HostileValues.uuid(random).toString()).put("version", 99).put("state", "ACTIVE").put("status", "RETIRED")
                    .put("legacy", true).put("createdBy", "mallory").put("createdAt", "2000-01-01T00:00:00Z").put("stale", false)
                    .put("@class", "com.example.Evil").put("@type", "Evil");
            extra.putObject("__proto__").put("admin", true);
            extra.putObject("constructor").putObject("prototype").put("admin", true);
            out.add(base.copy("mass assignment and prototype pollution fields").json(extra));
            StringBuilder duplicate = new StringBuilder(new String(json.bytes(baseline), StandardCharsets.UTF_8));
            if (baseline.size() > 0) {
                String first = baseline.fieldNames().next();
                duplicate.insert(1, JSON.valueToTree(first) + ": {\"duplicate\": [1, 2]}, ");
                out.add(base.copy("duplicate key " + first).body(type, JsonBytes.utf8(duplicate.toString())));
            }
        }
    }

    /** Cases for one path, query or header parameter. */
    List<FuzzOperation.Draft> parameterCases(FuzzOperation.Parameter p, FuzzOperation.Draft base, Random random) {
        List<FuzzOperation.Draft> out = new ArrayList<>();
        JsonNode schema = schemas.resolve(p.schema());
        String type = SchemaResolver.type(schema);
        Function<String, FuzzOperation.Draft> set = value -> with(p, base.copy(p.in() + " " + p.name() + " = " + JsonBytes.printable(value, 60)), value, false);
        switch (p.in()) {
            case "path" -> {
                for (String value : HostileValues.BAD_UUIDS) {
                    out.add(set.apply(value));
                }
                out.add(set.apply(HostileValues.uuid(random).toString()));
                for (String value : List.of("-1", "0", "9223372036854775808", "1e308", "null", "undefined", "{id}", "%", " ",
                        "a;b=c", "a?b=c", "a#b", "x".repeat(HostileValues.LONG_IN_URL), "\uD83D\uDE00".repeat(300))) {
                    out.add(set.apply(value));
                }
                // Raw segments are valid URI syntax (a client library refuses anything else) but hostile once decoded.
                for (String raw : List.of("..", "%2e%2e", "..%2F..%2F..%2Fetc%2Fpasswd", "%2525", "%00", "%C0%AE%C0%AE", "%ED%A0%80",
                        "%FF%FE", "a%2Fb", "%5C..%5C", "%E2%80%AE", ";", "*", "~", "!$&'()*+,=:@")) {
                    out.add(with(p, base.copy("path " + p.name() + " raw " + raw), raw, true));
                }
            }
            case "header" -> {
                for (String value : List.of("", " ", "*", "\"0\"", "W/\"0\"", "\"-1\"", "\"99999999999999999999\"", "0", "\"a\", \"b\"",
                        "W/", "\"", "k".repeat(201), "k".repeat(HostileValues.LONG_IN_HEADER), "\u00e9t\u00e9", "x\r\nX-Injected: yes")) {
                    out.add(set.apply(value));
                }
            }
            default -> {
                for (String value : List.of("", " ", "null", "x".repeat(HostileValues.LONG_IN_URL))) {
                    out.add(set.apply(value));
                }
                FuzzOperation.Draft twice = base.copy("query " + p.name() + " twice");
                twice.query.removeIf(q -> q.name().equals(p.name()));
                String known = values.known(p.in(), p.name());
                twice.query.add(ApiFuzzer.Param.of(p.name(), known != null ? known : JsonBytes.text(values.sample(p.schema(), null, 0))));
                twice.query.add(ApiFuzzer.Param.of(p.name(), "'; DROP TABLE x; --"));
                out.add(twice);
                FuzzOperation.Draft bare = base.copy("query " + p.name() + " without a value");
                bare.query.removeIf(q -> q.name().equals(p.name()));
                bare.query.add(new ApiFuzzer.Param(p.name(), null, false));
                out.add(bare);
                out.add(with(p, base.copy("query " + p.name() + " raw %00"), "%00", true));
                out.add(with(p, base.copy("query " + p.name() + " raw overlong UTF-8"), "%C0%AE%FF", true));
            }
        }
        if (!"header".equals(p.in())) {
            if ("integer".equals(type) || "number".equals(type) || p.name().equals("page") || p.name().equals("size")
                    || p.name().equals("limit") || p.name().equals("after")) {
                for (String value : List.of("abc", "-1", "-2147483649", "2147483648", "9223372036854775808", "1e308", "1.5", "0x10",
                        "+1", "1_000", "9".repeat(500), "NaN", "Infinity")) {
                    out.add(set.apply(value));
                }
            }
            if ("boolean".equals(type)) {
                for (String value : List.of("maybe", "TRUE", "2", "yes please", "on")) {
                    out.add(set.apply(value));
                }
            }
            if (schema.has("enum")) {
                for (String value : BodyMutations.badEnums(schema)) {
                    out.add(set.apply(value));
                }
            }
            for (String value : HostileValues.INJECTIONS) {
                out.add(set.apply(value));
            }
            for (String value : HostileValues.UNICODE) {
                out.add(set.apply(value));
            }
        } else {
            for (String value : HostileValues.INJECTIONS) {
                if (value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
                    out.add(set.apply(value));
                }
            }
        }
        return out;
    }

    private static FuzzOperation.Draft with(FuzzOperation.Parameter p, FuzzOperation.Draft d, String value, boolean raw) {
        switch (p.in()) {
            case "path" -> d.pathSegments.put(p.name(), raw ? value : JsonBytes.encode(value));
            case "header" -> d.headers.put(p.name(), value);
            default -> {
                d.query.removeIf(q -> q.name().equals(p.name()));
                d.query.add(new ApiFuzzer.Param(p.name(), value, raw));
            }
        }
        return d;
    }

    /** For bodies that are not JSON documents (CSV uploads): text of every kind. */
    List<FuzzOperation.Draft> textBodyCases(FuzzOperation op, FuzzOperation.Draft base, Random random) {
        List<FuzzOperation.Draft> out = new ArrayList<>();
        String type = op.bodyType;
        List<String> texts = new ArrayList<>(List.of("", "\n\n\n", "a,b,c\n\"unterminated", "\"\"\"\n", ",,,,,,,,\n,,,,", "x".repeat(HostileValues.HUGE),
                ("a,".repeat(5000) + "\n").repeat(20), "\u0000\u0000", "scheme,code\n" + "\"" + "q".repeat(HostileValues.HUGE) + "\"\n"));
        texts.addAll(HostileValues.INJECTIONS);
        texts.addAll(HostileValues.UNICODE);
        String header = JsonBytes.text(op.bodyBaseline);
        for (String text : texts) {
            out.add(base.copy("text body " + JsonBytes.printable(text, 40)).body(type, JsonBytes.utf8(text)));
            if (!header.isEmpty()) {
                String firstLine = header.contains("\n") ? header.substring(0, header.indexOf('\n') + 1) : header + "\n";
                out.add(base.copy("first line of the valid body, then " + JsonBytes.printable(text, 40)).body(type, JsonBytes.utf8(firstLine + text)));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }
}
