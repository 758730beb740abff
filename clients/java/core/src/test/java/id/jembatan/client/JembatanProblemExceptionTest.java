package id.jembatan.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JembatanProblemExceptionTest {

    private static final HttpHeaders HEADERS = HttpHeaders.of(Map.of("ETag", List.of("\"4\"")), (name, value) -> true);

    private static final String INVALID_TRANSITION = """
            {"type":"urn:jembatan:problem:invalid-transition","title":"Transition not allowed","status":422,
             "detail":"SIGN_MOU is not allowed in state DRAFT.","instance":"/agreements/42/transitions",
             "state":"DRAFT","allowedActions":["START_EXPLORATION","WITHDRAW"]}""";

    @Test
    void theStandardMembersAndTheTypesOwnAreDecoded() {
        Exception cause = new Exception("generated client");
        JembatanProblemException problem = JembatanProblemException.from(422, HEADERS, INVALID_TRANSITION, cause);
        assertEquals("urn:jembatan:problem:invalid-transition", problem.type());
        assertTrue(problem.is("urn:jembatan:problem:invalid-transition"));
        assertEquals("Transition not allowed", problem.title());
        assertEquals(422, problem.status());
        assertEquals("SIGN_MOU is not allowed in state DRAFT.", problem.detail());
        assertEquals("/agreements/42/transitions", problem.instance());
        assertEquals(List.of("state", "allowedActions"), List.copyOf(problem.members().keySet()));
        assertEquals(Optional.of("DRAFT"), problem.member("state", String.class));
        assertEquals(Optional.of(List.of("START_EXPLORATION", "WITHDRAW")), problem.member("allowedActions", List.class));
        assertEquals(Optional.empty(), problem.member("missing", List.class));
        assertEquals("\"4\"", ETags.ifMatch(problem.headers()));
        assertSame(cause, problem.getCause());
        assertEquals("422 urn:jembatan:problem:invalid-transition: SIGN_MOU is not allowed in state DRAFT.", problem.getMessage());
    }

    public record InvalidTransition(String type, int status, String state, List<String> allowedActions) {
    }

    @Test
    void theWholeDocumentDecodesIntoAModelOfItsType() {
        InvalidTransition decoded = JembatanProblemException.from(422, HEADERS, INVALID_TRANSITION, null)
                .as(InvalidTransition.class, new ObjectMapper().configure(
                        com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));
        assertEquals(new InvalidTransition("urn:jembatan:problem:invalid-transition", 422, "DRAFT",
                List.of("START_EXPLORATION", "WITHDRAW")), decoded);
    }

    @Test
    void anAnswerThatIsNoProblemDocumentKeepsItsStatusAndBody() {
        JembatanProblemException gateway = JembatanProblemException.from(502, null, "<html>Bad Gateway</html>", null);
        assertEquals("about:blank", gateway.type());
        assertEquals(502, gateway.status());
        assertEquals("<html>Bad Gateway</html>", gateway.detail());
        assertTrue(gateway.members().isEmpty());
        assertFalse(gateway.headers().firstValue("ETag").isPresent());

        JembatanProblemException empty = JembatanProblemException.from(404, null, "", null);
        assertNull(empty.detail());
        assertEquals("about:blank", JembatanProblemException.from(400, null, "[1,2]", null).type());
    }

    @Test
    void theDocumentsStatusServesOnlyWhenTheAnswersIsUnknown() {
        String body = "{\"type\":\"urn:jembatan:problem:not-found\",\"status\":404}";
        assertEquals(404, JembatanProblemException.from(0, null, body, null).status());
        assertEquals(410, JembatanProblemException.from(410, null, body, null).status());
    }

    @Test
    void aFailedCallWithoutAnAnswerIsAnIoFailureAndOneNeverSentIsTheCallersMistake() {
        Exception unreachable = new Exception("Connection refused", new java.net.ConnectException("refused"));
        java.io.UncheckedIOException io = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> JembatanProblemException.ofFailedCall(0, null, null, unreachable));
        assertTrue(io.getCause() instanceof java.net.ConnectException);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> JembatanProblemException.ofFailedCall(400, null, null, new Exception("Missing the required parameter 'ifMatch'")));
        assertEquals("urn:jembatan:problem:invalid-transition",
                JembatanProblemException.ofFailedCall(422, HEADERS, INVALID_TRANSITION, new Exception("422")).type());
    }
}
