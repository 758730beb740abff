package id.jembatan.agreements;

import id.jembatan.agreements.service.IatiRules;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OpenDataApiTest {

    @Test
    void bulkDownloadsHoldThePublicRegistryAndNothingConfidential() throws Exception {
        Map<String, Object> open = serangHangzhouComplete();
        open.put("title", "Open data: Serang – Hangzhou");
        String openId = createId(officer(SERANG), open);
        Map<String, Object> secret = serangHangzhouComplete();
        secret.put("title", "Open data: secret negotiation");
        secret.put("confidential", true);
        String secretId = createId(officer(SERANG), secret);

        given().queryParam("q", "Open data").get("/public/open-data/agreements.json").then().statusCode(200)
                .body("id", hasItem(openId)).body("id", not(hasItem(secretId)))
                .body(not(containsString("secret negotiation"))).body(not(containsString("not for the public")));

        String csv = given().get("/public/open-data/agreements.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("id,reference,title,"), csv);
        assertTrue(csv.contains(openId) && csv.contains("Open data: Serang – Hangzhou"), csv);
        assertTrue(!csv.contains(secretId) && !csv.contains("secret negotiation") && !csv.contains("not for the public"));
        assertTrue(csv.contains("INDONESIAN_PARTY:BUDGET_ALLOCATION:1000000000:IDR"), csv);

        String xml = given().get("/public/open-data/iati-activities.xml").then().statusCode(200)
                .contentType(containsString("application/xml")).extract().asString();
        assertEquals(List.of(), IatiRules.breaches(xml));
        assertTrue(xml.contains("ID-KEMENDAGRI-36.73-" + openId), xml);
        assertTrue(!xml.contains(secretId) && !xml.contains("secret negotiation"));
    }

    @Test
    void theDownloadsTakeThePublicRegistrysFilters() {
        String id = createId(officer(SERANG), serangHangzhouComplete());
        given().queryParam("region", "36").queryParam("includeSubregions", true)
                .get("/public/open-data/agreements.json").then().statusCode(200).body("id", hasItem(id));
        given().queryParam("partnerCountry", "JP").get("/public/open-data/agreements.json").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().queryParam("sector", "NOT_A_SECTOR").get("/public/open-data/iati-activities.xml").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theMetadataRecordNamesTheDatasetItsLicenceAndReferenceCodes() {
        given().get("/public/open-data/metadata.json").then().statusCode(200)
                .body("titleId", equalTo("Daftar kerja sama daerah dengan pihak luar negeri"))
                .body("licence", equalTo("CC-BY-4.0"))
                .body("referenceCodes.scheme", hasItem("KEMENDAGRI"))
                .body("distributions.url", hasItem("/public/open-data/iati-activities.xml"));
    }
}
