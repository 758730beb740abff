package id.jembatan.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.platform.web.StrictJsonCustomizer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The strict reading rules and how each refusal names its field. */
class StrictJsonTest {

    enum Form { KSDPL, KSDLL }

    record Flow(Integer year, BigDecimal amount) {
    }

    record Draft(String title, Integer horizonYears, Form form, Boolean confidential, List<Flow> costs) {
    }

    private static final ObjectMapper JSON = StrictJsonCustomizer.configure(new ObjectMapper());

    private static ProblemException refusal(String body) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readValue(body, Draft.class), body);
        return ProblemMapper.fromJackson(e);
    }

    private static void assertRefused(String body, String code, String field) {
        ProblemException problem = refusal(body);
        assertEquals(400, problem.status(), body);
        assertEquals(code, problem.code(), body);
        assertEquals(field, problem.fieldErrors().get(0).field(), body);
    }

    @Test
    void wellTypedDocumentsAreRead() throws JsonProcessingException {
        Draft draft = JSON.readValue("{\"title\": \"LoI\", \"horizonYears\": 5, \"form\": \"KSDPL\", \"confidential\": false,"
                + " \"costs\": [{\"year\": 0, \"amount\": 1000.50}]}", Draft.class);
        assertEquals(new BigDecimal("1000.50"), draft.costs().get(0).amount());
        assertEquals(new BigDecimal("1000"), JSON.readValue("{\"costs\": [{\"amount\": 1000}]}", Draft.class).costs().get(0).amount());
    }

    @Test
    void scalarsAreNotCoerced() {
        assertRefused("{\"title\": 123}", "validation", "title");
        assertRefused("{\"title\": true}", "validation", "title");
        assertRefused("{\"title\": 1.5}", "validation", "title");
        assertRefused("{\"horizonYears\": 1.5}", "validation", "horizonYears");
        assertRefused("{\"horizonYears\": 5.0}", "validation", "horizonYears");
        assertRefused("{\"horizonYears\": \"5\"}", "validation", "horizonYears");
        assertRefused("{\"confidential\": 1}", "validation", "confidential");
        assertRefused("{\"confidential\": \"true\"}", "validation", "confidential");
        assertRefused("{\"form\": 0}", "validation", "form");
        assertRefused("{\"costs\": [{\"year\": 0, \"amount\": \"10\"}]}", "validation", "costs[0].amount");
        assertEquals("five", refusal("{\"horizonYears\": \"five\"}").fieldErrors().get(0).rejectedValue());
        assertEquals(1.5, refusal("{\"horizonYears\": 1.5}").fieldErrors().get(0).rejectedValue());
    }

    @Test
    void oneDocumentWithEachKeyOnce() {
        assertRefused("{\"title\": \"a\"} x", "malformed-json", "body");
        assertRefused("{\"title\": \"a\"}{\"title\": \"b\"}", "malformed-json", "body");
        assertRefused("{\"title\": \"a\", \"title\": \"b\"}", "validation", "title");
        assertRefused("{\"costs\": [{\"year\": 1}, {\"year\": 2, \"year\": 3}]}", "validation", "costs[1].year");
        assertRefused("{\"costs\": [{\"year\": 1}, {\"year\": 2,]}", "malformed-json", "costs[1].year");
        assertRefused("{\"horizonYears\": 99999999999}", "validation", "horizonYears");
    }
}
