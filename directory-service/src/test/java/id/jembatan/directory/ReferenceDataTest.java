package id.jembatan.directory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/** The reference set as shipped, on a database no other test has written to. */
@QuarkusTest
@TestProfile(FreshDatabase.class)
class ReferenceDataTest {

    @Test
    void indonesiaHas38ProvincesAnd514RegenciesAndCities() {
        given().queryParam("country", "ID").queryParam("level", 1).queryParam("size", 50).get("/regions")
                .then().statusCode(200)
                .body("totalItems", equalTo(38))
                .body("items.kind", everyItem(equalTo("Provinsi")));
        given().queryParam("country", "ID").queryParam("level", 2).get("/regions")
                .then().statusCode(200).body("totalItems", equalTo(514)).body("totalPages", equalTo(26));
    }

    @Test
    void childrenOfBantenAreItsRegenciesAndCities() {
        String banten = given().get("/regions/by-code/ISO_3166_2/ID-BT").then().statusCode(200).extract().path("id");
        given().queryParam("size", 20).get("/regions/" + banten + "/children")
                .then().statusCode(200)
                .body("totalItems", equalTo(8))
                .body("items.name", hasItem("Kota Serang"))
                .body("items.name", hasItem("Kabupaten Tangerang"));
        given().queryParam("parent", banten).queryParam("q", "tangerang").get("/regions")
                .then().statusCode(200)
                .body("items.name", containsInAnyOrder("Kabupaten Tangerang", "Kota Tangerang", "Kota Tangerang Selatan"));
    }

    @Test
    void chinaHasItsProvincialDivisionsAndPrefectureLevelCities() {
        given().queryParam("country", "CN").queryParam("level", 1).get("/regions")
                .then().statusCode(200).body("totalItems", equalTo(34));
        given().queryParam("country", "CN").queryParam("level", 2).get("/regions")
                .then().statusCode(200).body("totalItems", equalTo(333));
        given().get("/regions/by-code/GB_T_2260/330000").then().statusCode(200)
                .body("localName", equalTo("浙江省")).body("altNames", hasItem("Zhejiang Sheng"));
    }

    @Test
    void otherCountriesHaveTheirIsoFirstLevelSubdivisions() {
        given().queryParam("country", "JP").get("/regions").then().statusCode(200).body("totalItems", equalTo(47));
        given().queryParam("country", "KR").queryParam("level", 1).get("/regions").then().statusCode(200)
                .body("items.level", everyItem(equalTo(1)));
    }

    @Test
    void theArticlesOrganisationsAreThere() {
        given().get("/organisations/alibaba").then().statusCode(200).body("country", equalTo("CN"))
                .body("sectors", hasItem("E_COMMERCE"));
        given().get("/organisations/deepseek").then().statusCode(200).body("sectors", hasItem("ARTIFICIAL_INTELLIGENCE"));
        given().get("/organisations/huawei").then().statusCode(200);
        given().queryParam("country", "CN").queryParam("sector", "ARTIFICIAL_INTELLIGENCE").get("/organisations")
                .then().statusCode(200).body("items.key", hasItem("deepseek"));
        given().get("/organisations/alibaba-cloud").then().statusCode(200).body("parent.key", equalTo("alibaba"));
    }
}
