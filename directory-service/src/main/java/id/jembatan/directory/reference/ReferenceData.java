package id.jembatan.directory.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** The vendored reference files under {@code reference-data/} (see PROVENANCE.md there). */
public final class ReferenceData {

    static final List<String> FILES = List.of("iso_3166-1.json", "iso_3166-2.json", "blocs.csv", "countries-extra.csv",
            "id-provinces.csv", "id-regencies.csv", "id-province-iso.csv", "cn-provinces.csv", "cn-cities.csv",
            "cn-latin-names.csv", "cn-province-iso.csv", "region-extra-codes.csv", "region-profiles.csv",
            "organisations.csv");

    private ReferenceData() {
    }

    static String text(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("reference-data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing vendored reference file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Csv.Record> csv(String file) {
        return Csv.read(text(file));
    }

    static JsonNode json(String file, ObjectMapper mapper) {
        try {
            return mapper.readTree(text(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Identifies the content of the whole set, so a changed set can be recognised. */
    static String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                digest.update(text(file).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reference regions get the same id on every installation (derived from their primary code), so that ids in
     * one environment's data mean the same region in another's.
     */
    public static UUID regionId(String scheme, String code) {
        return UUID.nameUUIDFromBytes(("region:" + scheme + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID organisationId(String key) {
        return UUID.nameUUIDFromBytes(("organisation:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
