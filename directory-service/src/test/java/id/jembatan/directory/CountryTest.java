package id.jembatan.directory;

import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CountryTest {

    @Test
    void chinaShowsItsBlocsAndIndonesianName() {
        given().get("/countries/CN")
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("nameEn", equalTo("China"))
                .body("nameId", equalTo("Tiongkok"))
                .body("alpha3", equalTo("CHN"))
                .body("diplomaticRelations", equalTo(true))
                .body("blocs", containsInAnyOrder("BRICS", "EAST_ASIA_PLUS_THREE", "G20"));
    }

    @Test
    void alpha3AndLowerCaseWork() {
        given().get("/countries/jpn").then().statusCode(200).body("code", equalTo("JP")).body("nameId", equalTo("Jepang"));
        given().get("/countries/kr").then().statusCode(200).body("blocs", hasItem("EAST_ASIA_PLUS_THREE"));
    }

    @Test
    void allIsoCountriesAreThereAndBlocsFilter() {
        given().queryParam("size", 1).get("/countries").then().statusCode(200).body("totalItems", equalTo(249));
        given().queryParam("bloc", "ASEAN").queryParam("size", 50).get("/countries")
                .then().statusCode(200).body("totalItems", equalTo(11)).body("items.code", hasItem("TL"));
        given().queryParam("bloc", "EU").get("/countries").then().statusCode(200).body("totalItems", equalTo(27));
        given().queryParam("q", "jepang").get("/countries").then().statusCode(200).body("items[0].code", equalTo("JP"));
    }

    @Test
    void unknownCountryIsA404Problem() {
        given().header("Accept-Language", "id").get("/countries/XX")
                .then().statusCode(404).contentType("application/problem+json")
                .header("Content-Language", "id")
                .body("title", equalTo("Negara tidak ditemukan"));
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String admin = TestKeys.token("directory-admin");
        Map<String, Object> update = Map.of("nameEn", "Timor-Leste", "nameId", "Timor Leste", "sovereign", true,
                "diplomaticRelations", true, "blocs", java.util.List.of("ASEAN"));
        String etag = given().get("/countries/TL").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(update).put("/countries/TL")
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"999\"").body(update).put("/countries/TL")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag).body(update).put("/countries/TL")
                .then().statusCode(200).body("nameId", equalTo("Timor Leste")).header("ETag", not(equalTo(etag)));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag).body(update).put("/countries/TL")
                .then().statusCode(412);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("nameEn", "Timor-Leste", "sovereign", true, "diplomaticRelations", true, "blocs", java.util.List.of("NOPE")))
                .put("/countries/TL")
                .then().statusCode(400).body("errors[0].field", equalTo("blocs"));
    }
}
