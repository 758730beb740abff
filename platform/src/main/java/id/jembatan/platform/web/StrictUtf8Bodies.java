package id.jembatan.platform.web;

import id.jembatan.platform.problem.Problem;
import id.jembatan.platform.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.util.List;

/**
 * Reads JSON and text bodies through a strict UTF-8 check: bytes that are not UTF-8, overlong forms included, never
 * reach the JSON parser, which would decode some of them into ordinary characters (an overlong {@code C0 AE} into
 * a full stop). Such a body is a 400 problem naming the body.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isText(context.getMediaType())) {
            context.setInputStream(new StrictUtf8InputStream(context.getInputStream(), () -> new ProblemException(400,
                    "invalid-encoding", List.of(new Problem.FieldError("body", "{field.encoding}", null)))));
        }
        return context.proceed();
    }

    static boolean isText(MediaType type) {
        return type == null || type.getType().equals("text") || type.getSubtype().equals("json")
                || type.getSubtype().endsWith("+json");
    }
}
