package id.jembatan.platform.web;

import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id of the current request, kept in the logging context so every log line carries it. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /** Keeps a caller's id when it is harmless to log and repeat, otherwise makes a new one. */
    public static String adopt(String offered) {
        String id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        return id;
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
