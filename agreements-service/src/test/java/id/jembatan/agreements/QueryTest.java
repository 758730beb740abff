package id.jembatan.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class QueryTest {

    private static String legacy(Map<String, Object> agreement, String state) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("agreement", agreement, "state", state, "note", "query test"))
                .post("/agreements/legacy-registrations").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> tangerangBinzhou(String title) {
        Map<String, Object> body = serangHangzhou();
        body.put("title", title);
        body.put("indonesianRegionCode", TANGERANG);
        body.put("foreignRegion", Map.of("scheme", "GB_T_2260", "code", "371600"));
        body.put("sectors", List.of("TOURISM", "CREATIVE_ECONOMY", "HUMAN_RESOURCES"));
        body.put("participants", List.of());
        return body;
    }

    @Test
    void filtersCombine() {
        Map<String, Object> expiring = tangerangBinzhou("Query: expiring Binzhou tourism");
        expiring.put("validFrom", LocalDate.now().minusYears(2).toString());
        expiring.put("validUntil", LocalDate.now().plusDays(30).toString());
        expiring.put("instruments", List.of(Map.of("kind", "MOU", "signedOn", "2024-03-01")));
        String expiringId = legacy(expiring, "ACTIVE");
        Map<String, Object> tokyo = serangHangzhou();
        tokyo.put("title", "Query: Serang – Tokyo");
        tokyo.put("foreignRegion", Map.of("scheme", "ISO_3166_2", "code", "JP-13"));
        tokyo.put("participants", List.of(Map.of("organisation", "jica", "role", "FUNDER")));
        String tokyoId = createId(officer(SERANG), tokyo);
        String serangId = createId(officer(SERANG), serangHangzhou());

        given().auth().oauth2(viewer()).queryParam("region", "36").queryParam("includeSubregions", true)
                .queryParam("size", 200).get("/agreements")
                .then().statusCode(200).body("items.id", hasItem(expiringId)).body("items.id", hasItem(tokyoId))
                .body("items.provinceCode", everyItem(equalTo("36")));
        given().auth().oauth2(viewer()).queryParam("region", "36").get("/agreements")
                .then().statusCode(200).body("items.id", not(hasItem(tokyoId)));
        // A city has no sub-regions of its own: with or without them, its own agreements.
        given().auth().oauth2(viewer()).queryParam("region", "36.73").queryParam("includeSubregions", true)
                .queryParam("size", 200).get("/agreements")
                .then().statusCode(200).body("items.id", hasItem(tokyoId)).body("items.regionCode", everyItem(equalTo("36.73")));
        given().auth().oauth2(viewer()).queryParam("partnerCountry", "jp").queryParam("size", 200).get("/agreements")
                .then().body("items.id", hasItem(tokyoId)).body("items.partnerCountry", everyItem(equalTo("JP")));
        given().auth().oauth2(viewer()).queryParam("bloc", "BRICS").queryParam("size", 200).get("/agreements")
                .then().body("items.id", hasItem(serangId)).body("items.id", not(hasItem(tokyoId)));
        given().auth().oauth2(viewer()).queryParam("sector", "TOURISM").queryParam("state", "ACTIVE,UNDER_EVALUATION")
                .queryParam("size", 200).get("/agreements").then().body("items.id", hasItem(expiringId))
                .body("items.state", everyItem(equalTo("ACTIVE")));
        given().auth().oauth2(viewer()).queryParam("signingYear", 2024).queryParam("size", 200).get("/agreements")
                .then().body("items.id", hasItem(expiringId)).body("items.signedOn", everyItem(startsWith("2024")));
        given().auth().oauth2(viewer()).queryParam("expiringWithinDays", 60).queryParam("size", 200).get("/agreements")
                .then().body("items.id", hasItem(expiringId));
        given().auth().oauth2(viewer()).queryParam("expiringWithinDays", 10).queryParam("size", 200).get("/agreements")
                .then().body("items.id", not(hasItem(expiringId)));
        given().auth().oauth2(viewer()).queryParam("dormant", true).queryParam("size", 200).get("/agreements")
                .then().body("items.id", hasItem(expiringId)).body("items.dormant", everyItem(equalTo(true)));
        given().auth().oauth2(viewer()).queryParam("q", "tokyo").get("/agreements")
                .then().body("items[0].id", equalTo(tokyoId));
        given().auth().oauth2(viewer()).queryParam("sort", "-committedValue").get("/agreements").then().statusCode(200);
        given().auth().oauth2(viewer()).queryParam("sort", "title").queryParam("size", 200).get("/agreements")
                .then().statusCode(200).body("items[0].title", notNullValue());
    }

    @Test
    void pagesOfAFilteredSortedQueryFollowOneAnother() {
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> agreement = tangerangBinzhou("Query: paged tourism " + i);
            agreement.put("instruments", List.of(Map.of("kind", "MOU", "signedOn", "2019-0" + i + "-15")));
            legacy(agreement, "ACTIVE");
        }
        List<String> whole = given().auth().oauth2(viewer()).queryParam("region", "36").queryParam("includeSubregions", true)
                .queryParam("state", "ACTIVE").queryParam("sector", "TOURISM").queryParam("sort", "-signedOn")
                .queryParam("size", 200).get("/agreements").then().statusCode(200).extract().path("items.id");
        org.junit.jupiter.api.Assertions.assertTrue(whole.size() >= 5);
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; paged.size() < whole.size(); page++) {
            var response = given().auth().oauth2(viewer()).queryParam("region", "36").queryParam("includeSubregions", true)
                    .queryParam("state", "ACTIVE").queryParam("sector", "TOURISM").queryParam("sort", "-signedOn")
                    .queryParam("size", 2).queryParam("page", page).get("/agreements").then().statusCode(200)
                    .body("totalItems", equalTo(whole.size())).body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(2))
                    .extract();
            List<String> ids = response.path("items.id");
            org.junit.jupiter.api.Assertions.assertFalse(ids.isEmpty(), "page " + page + " is empty before the end");
            paged.addAll(ids);
        }
        // the same order whichever page size reads it: signed latest first, ties by id
        org.junit.jupiter.api.Assertions.assertEquals(whole, paged);
        List<String> signed = given().auth().oauth2(viewer()).queryParam("region", "36").queryParam("includeSubregions", true)
                .queryParam("state", "ACTIVE").queryParam("sector", "TOURISM").queryParam("sort", "-signedOn")
                .queryParam("size", 200).get("/agreements").then().extract().path("items.signedOn");
        List<String> descending = signed.stream().filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(descending, signed.stream().filter(java.util.Objects::nonNull).toList());
    }

    @Test
    void anyQueryExportsAsCsv() {
        createId(officer(SERANG), serangHangzhou());
        String csv = given().auth().oauth2(viewer()).queryParam("region", SERANG).get("/agreements/export")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("agreements.csv")).extract().asString();
        String[] lines = csv.split("\n");
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].startsWith("id,reference,title,"));
        org.junit.jupiter.api.Assertions.assertTrue(lines.length > 1);
        org.junit.jupiter.api.Assertions.assertTrue(lines[1].contains("Kota Serang"));
    }

    @Test
    void thePublicSeesNoConfidentialFieldsAndNoConfidentialAgreements() {
        String id = createId(officer(SERANG), serangHangzhouComplete());
        given().get("/public/agreements/" + id).then().statusCode(200)
                .body("title", equalTo("Letter of Intent Kota Serang – Hangzhou"))
                .body("internalNotes", nullValue())
                .body("participants", hasItem("Alibaba Group Holding Limited (TECHNOLOGY_PARTNER)"))
                .body("instruments[1].kind", equalTo("MOU"))
                .body("instruments[1].documentTitle", nullValue())
                .body(not(containsString("not for the public")))
                .body(not(containsString("confidential copy")));
        Map<String, Object> secret = serangHangzhou();
        secret.put("confidential", true);
        secret.put("title", "Confidential negotiation");
        String secretId = createId(officer(SERANG), secret);
        given().get("/public/agreements/" + secretId).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("q", "Confidential negotiation").get("/public/agreements").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("q", "Hangzhou").get("/public/agreements").then().statusCode(200)
                .body("items.internalNotes", everyItem(nullValue()));
    }
}
