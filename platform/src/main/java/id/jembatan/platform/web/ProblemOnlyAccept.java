package id.jembatan.platform.web;

import id.jembatan.platform.problem.ProblemMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Locale;

/**
 * A client that accepts only {@code application/problem+json} says how it reads failures, not that it refuses a
 * success: generated clients send exactly that for an operation whose success they do not decode. Such a request
 * is served like one without an Accept header, instead of the 406 content negotiation would give it.
 */
public class ProblemOnlyAccept {

    @ServerRequestFilter(preMatching = true)
    public void acceptSuccessToo(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isEmpty() && accept.stream().allMatch(ProblemOnlyAccept::onlyProblems)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, ProblemMapper.MEDIA_TYPE + ", " + MediaType.WILDCARD + ";q=0.1");
        }
    }

    private static boolean onlyProblems(String header) {
        for (String range : header.split(",")) {
            String type = range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && !type.equals(ProblemMapper.MEDIA_TYPE)) {
                return false;
            }
        }
        return true;
    }
}
