package id.jembatan.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.client.ApiAction;
import id.jembatan.client.ETags;
import id.jembatan.client.JembatanProblemException;
import id.jembatan.client.directory.ApiClient;
import id.jembatan.client.directory.ApiException;
import id.jembatan.client.directory.DirectoryClient;
import id.jembatan.client.directory.api.CountriesApi;
import id.jembatan.client.directory.api.ImportsApi;
import id.jembatan.client.directory.api.OrganisationsApi;
import id.jembatan.client.directory.api.RegionsApi;
import id.jembatan.client.directory.model.CodeScheme;
import id.jembatan.client.directory.model.CountryUpdate;
import id.jembatan.client.directory.model.OrganisationInput;
import id.jembatan.client.directory.model.Region;
import id.jembatan.client.directory.model.RegionCodeTakenProblem;
import id.jembatan.client.directory.model.RegionInput;
import id.jembatan.client.directory.model.RegionRetirement;
import id.jembatan.client.testing.ContractConformance;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of directory-service called through the generated Java SDK, once on a success path and once on
 * an error path, each answer (status, documented headers, body) held against the committed contract.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConformanceTest {

    private static final ContractConformance CONTRACT = ContractConformance.of(Path.of("openapi/directory-service.json"));
    private static final String ADMIN = TestKeys.token("directory-admin");
    private static final String LONG_QUERY = "q".repeat(101);

    @TestHTTPResource("/")
    URI service;

    private CountriesApi countries;
    private OrganisationsApi organisations;
    private RegionsApi regions;
    private ImportsApi imports;
    private ObjectMapper json;

    private ApiClient client(Supplier<String> token) {
        return DirectoryClient.create(service, token).setHttpClientBuilder(CONTRACT.httpClientBuilder());
    }

    @BeforeEach
    void clients() {
        ApiClient admin = client(() -> ADMIN);
        countries = new CountriesApi(admin);
        organisations = new OrganisationsApi(admin);
        regions = new RegionsApi(admin);
        imports = new ImportsApi(admin);
        json = admin.getObjectMapper();
    }

    private <T> T model(String body, Class<T> type) throws IOException {
        return json.readValue(body, type);
    }

    private static JembatanProblemException problem(int status, String type, ApiAction<ApiException> call) {
        JembatanProblemException problem = assertThrows(JembatanProblemException.class, () -> DirectoryClient.run(call));
        assertEquals(status, problem.status(), problem.getMessage());
        assertEquals(type, problem.type());
        return problem;
    }

    @Test
    @Order(1)
    void countries() throws Exception {
        assertEquals("JP", countries.listCountries(null, null, "jepang", null, null).getItems().get(0).getCode());
        problem(400, "urn:jembatan:problem:validation", () -> countries.listCountries(null, null, LONG_QUERY, null, null));

        assertEquals("Tiongkok", countries.getCountry("CN", null).getNameId());
        problem(404, "urn:jembatan:problem:country-not-found", () -> countries.getCountry("XX", "id"));

        String etag = ETags.ifMatch(countries.getCountryWithHttpInfo("TL", null).getHeaders());
        CountryUpdate update = model("""
                {"nameEn": "Timor-Leste", "nameId": "Timor Leste", "sovereign": true, "diplomaticRelations": true,
                 "blocs": ["ASEAN"]}""", CountryUpdate.class);
        assertEquals("Timor Leste", countries.updateCountry("TL", etag, update, null).getNameId());
        problem(412, "urn:jembatan:problem:precondition-failed", () -> countries.updateCountry("TL", etag, update, null));
        // If-Match is required: the SDK does not send a write without it (the service would answer 428).
        assertThrows(IllegalArgumentException.class, () -> DirectoryClient.run(() -> countries.updateCountry("TL", null, update, null)));
    }

    @Test
    @Order(2)
    void organisations() throws Exception {
        assertTrue(organisations.listOrganisations(null, null, null, "alibaba", null, null, null).getItems().stream()
                .anyMatch(organisation -> "alibaba".equals(organisation.getKey())));
        problem(400, "urn:jembatan:problem:validation", () -> organisations.listOrganisations(null, null, null, LONG_QUERY, null, null, null));

        assertEquals("CN", organisations.getOrganisation("alibaba", null).getCountry());
        problem(404, "urn:jembatan:problem:organisation-not-found", () -> organisations.getOrganisation("no-such-organisation", null));

        OrganisationInput input = model("""
                {"key": "conformance-ltd", "name": "Conformance Ltd", "kind": "COMPANY", "country": "ID",
                 "sectors": ["TOURISM"]}""", OrganisationInput.class);
        assertEquals("conformance-ltd", organisations.createOrganisation(input, null).getKey());
        problem(409, "urn:jembatan:problem:organisation-key-taken", () -> organisations.createOrganisation(input, null));

        String etag = ETags.ifMatch(organisations.getOrganisationWithHttpInfo("conformance-ltd", null).getHeaders());
        input.setName("Conformance Indonesia Ltd");
        assertEquals("Conformance Indonesia Ltd", organisations.updateOrganisation("conformance-ltd", etag, input, null).getName());
        problem(412, "urn:jembatan:problem:precondition-failed", () -> organisations.updateOrganisation("conformance-ltd", etag, input, null));
    }

    @Test
    @Order(3)
    void regions() throws Exception {
        Region serang = regions.getRegionByCode("36.73", CodeScheme.KEMENDAGRI, null);
        assertEquals("Kota Serang", serang.getName());
        problem(404, "urn:jembatan:problem:region-code-not-found", () -> regions.getRegionByCode("99.99", CodeScheme.KEMENDAGRI, null));

        assertEquals(serang.getName(), regions.getRegion(serang.getId().toString(), null).getName());
        problem(404, "urn:jembatan:problem:region-not-found", () -> regions.getRegion(UUID.randomUUID().toString(), null));

        assertEquals("Hangzhou", regions.searchRegions("CN", null, null, null, "hangzou", null, null).getItems().get(0).getName());
        CONTRACT.outsideTheContract(() -> problem(400, "urn:jembatan:problem:validation",
                () -> regions.searchRegions(null, 9, null, null, null, null, null)));

        Region banten = regions.getRegionByCode("36", CodeScheme.KEMENDAGRI, null);
        assertNotNull(regions.listRegionChildren(banten.getId().toString(), 0, 50, null).getItems());
        problem(404, "urn:jembatan:problem:region-not-found", () -> regions.listRegionChildren(UUID.randomUUID().toString(), null, null, null));

        RegionInput created = model("""
                {"name": "Kabupaten Konformitas", "country": "ID", "level": 2, "kind": "Kabupaten", "kindEn": "Regency",
                 "parentId": "%s", "codes": [{"scheme": "KEMENDAGRI", "code": "36.70", "source": "conformance"}]}"""
                .formatted(banten.getId()), RegionInput.class);
        var registered = regions.createRegionWithHttpInfo(created, null);
        Region region = registered.getData();
        assertEquals("Kabupaten Konformitas", region.getName());
        JembatanProblemException taken = problem(409, "urn:jembatan:problem:region-code-taken",
                () -> regions.createRegion(created, null));
        assertEquals(Optional.of(region.getId().toString()), taken.member("regionId", String.class));
        assertEquals(region.getId(), taken.as(RegionCodeTakenProblem.class, json).getRegionId());

        String etag = ETags.ifMatch(regions.getRegionWithHttpInfo(region.getId().toString(), null).getHeaders());
        assertEquals(ETags.ifMatch(registered.getHeaders()), etag);
        created.setName("Kabupaten Konformitas Baru");
        var updated = regions.updateRegionWithHttpInfo(region.getId().toString(), etag, created, null);
        assertEquals("Kabupaten Konformitas Baru", updated.getData().getName());
        problem(412, "urn:jembatan:problem:precondition-failed", () -> regions.updateRegion(region.getId().toString(), etag, created, null));

        RegionRetirement retirement = model("""
                {"retiredOn": "2026-01-01", "note": "conformance"}""", RegionRetirement.class);
        String current = ETags.ifMatch(updated.getHeaders());
        assertEquals("RETIRED", regions.retireRegion(region.getId().toString(), current, retirement, null).getStatus().getValue());
        problem(412, "urn:jembatan:problem:precondition-failed",
                () -> regions.retireRegion(region.getId().toString(), current, retirement, null));
    }

    @Test
    @Order(4)
    void imports() {
        String csv = """
                scheme,code,name,local_name,country,level,kind,kind_en,parent_scheme,parent_code,alt_names,extra_codes,valid_from,source
                ISO_3166_2,JP-97,Conformance Prefecture,,JP,1,Ken,Prefecture,,,,,,conformance
                """;
        assertEquals(1, DirectoryClient.call(() -> imports.importRegions(csv, null)).getCreated());
        ImportsApi anonymous = new ImportsApi(client(() -> null));
        CONTRACT.outsideTheContract(() -> problem(401, "urn:jembatan:problem:unauthorized", () -> anonymous.importRegions(csv, null)));
        ImportsApi viewer = new ImportsApi(client(() -> TestKeys.token("viewer")));
        problem(403, "urn:jembatan:problem:forbidden", () -> viewer.importRegions(csv, null));

        String apbd = """
                kode_pemda,tahun,pendapatan,pad,pendapatan_transfer,sumber,ilustratif
                36.73,2024,1210000000000,265000000000,915000000000,conformance,true
                """;
        var report = DirectoryClient.call(() -> imports.importApbdRealisations(apbd, null));
        assertEquals(1, report.getCreated() + report.getUpdated(), "the one row is taken");
        problem(403, "urn:jembatan:problem:forbidden", () -> viewer.importApbdRealisations(apbd, null));
    }

    @AfterAll
    static void everyAnswerConformsAndEveryOperationWasCalled() {
        CONTRACT.assertConforms();
        CONTRACT.assertEveryOperationCalled();
    }
}
