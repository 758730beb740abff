package id.jembatan.directory;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class RegionSearchTest {

    @Test
    void kotaSerangByKemendagriCodeHasBantenAsParent() {
        given().get("/regions/by-code/KEMENDAGRI/36.73")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Kota Serang"))
                .body("kind", equalTo("Kota"))
                .body("level", equalTo(2))
                .body("country", equalTo("ID"))
                .body("parent.name", equalTo("Banten"))
                .body("parent.codes.find { it.scheme == 'ISO_3166_2' }.code", equalTo("ID-BT"))
                .body("parent.codes.find { it.scheme == 'KEMENDAGRI' }.code", equalTo("36"));
    }

    @Test
    void misspelledHangzhouIsFoundFirstWithZhejiangAsParent() {
        given().queryParam("q", "hangzou").get("/regions")
                .then().statusCode(200)
                .body("items[0].name", equalTo("Hangzhou"))
                .body("items[0].localName", equalTo("杭州市"))
                .body("items[0].codes.find { it.scheme == 'GB_T_2260' }.code", equalTo("330100"))
                .body("items[0].parent.name", equalTo("Zhejiang"))
                .body("items[0].parent.codes.find { it.scheme == 'ISO_3166_2' }.code", equalTo("CN-ZJ"));
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFindsLocalScriptNames() {
        given().queryParam("q", "KOTA SERANG").get("/regions")
                .then().statusCode(200).body("items[0].name", equalTo("Kota Serang"));
        given().queryParam("q", "sant julia de loria").get("/regions")
                .then().statusCode(200).body("items[0].name", equalTo("Sant Julià de Lòria"));
        given().queryParam("q", "杭州").get("/regions")
                .then().statusCode(200).body("items[0].name", equalTo("Hangzhou"));
        given().queryParam("q", "jawa tenga").get("/regions")
                .then().statusCode(200).body("items[0].name", equalTo("Jawa Tengah"));
    }

    @Test
    void exactNameRanksAboveFuzzyMatches() {
        given().queryParam("q", "binzhou").queryParam("country", "CN").get("/regions")
                .then().statusCode(200)
                .body("items[0].name", equalTo("Binzhou"))
                .body("items[0].parent.name", equalTo("Shandong"));
    }

    @Test
    void everyShippedSchemeResolves() {
        given().get("/regions/by-code/ISO_3166_2/CN-ZJ").then().statusCode(200).body("name", equalTo("Zhejiang"));
        given().get("/regions/by-code/ISO_3166_2/jp-13").then().statusCode(200).body("country", equalTo("JP"));
        given().get("/regions/by-code/GB_T_2260/371600").then().statusCode(200).body("name", equalTo("Binzhou"));
        given().get("/regions/by-code/UN_LOCODE/CN HAZ").then().statusCode(200).body("name", equalTo("Hangzhou"));
        given().get("/regions/by-code/UN_LOCODE/CNBIN").then().statusCode(200).body("name", equalTo("Binzhou"));
        given().get("/regions/by-code/GEONAMES/1808926").then().statusCode(200).body("name", equalTo("Hangzhou"));
        given().get("/regions/by-code/kemendagri/36").then().statusCode(200).body("name", equalTo("Banten"));
    }

    @Test
    void profileFiguresCarryYearSourceAndIllustrativeFlag() {
        given().get("/regions/by-code/KEMENDAGRI/36.73")
                .then().statusCode(200)
                .body("figures.find { it.metric == 'BUDGET_REVENUE' }.unit", equalTo("IDR"))
                .body("figures.find { it.metric == 'BUDGET_REVENUE' }.source", notNullValue())
                .body("figures.find { it.metric == 'BUDGET_REVENUE' }.year", notNullValue())
                .body("figures.find { it.metric == 'BUDGET_REVENUE' }.illustrative", equalTo(true));
    }

    @Test
    void unknownCodesAndIdsAreProblems() {
        given().get("/regions/by-code/KEMENDAGRI/99.98")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No region has the code 99.98 in scheme KEMENDAGRI."));
        given().get("/regions/by-code/KEMENDAGRI/not-a-code")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        given().get("/regions/by-code/NUTS/DE1")
                .then().statusCode(400).body("errors[0].field", equalTo("scheme"));
        given().get("/regions/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/regions/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/regions/not-a-uuid/children").then().statusCode(404).contentType("application/problem+json");
    }
}
