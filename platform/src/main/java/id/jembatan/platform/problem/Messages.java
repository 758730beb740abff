package id.jembatan.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text in English and Bahasa Indonesia. A service's own bundle ({@code service-messages}) is
 * consulted before the platform's ({@code platform-messages}).
 */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<String> BUNDLES = List.of("service-messages", "platform-messages");

    private Messages() {
    }

    /** A message key used as a problem argument or extension value; the mapper puts the caller's text in its place. */
    public record Key(String key) {
        @Override
        public String toString() {
            return key;
        }
    }

    /** The first supported language the client accepts; English when it names none we speak. */
    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Locale.ENGLISH : locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Parses an Accept-Language header leniently: a garbled header must not turn an answer into an error. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        String best = null;
        double bestWeight = -1;
        for (String range : acceptLanguage.split(",")) {
            // split drops trailing empty strings: ";" gives no parts at all, not one empty part
            String[] parts = range.trim().split(";", -1);
            String language = parts[0].trim().toLowerCase(Locale.ROOT);
            language = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
            if (!language.equals("id") && !language.equals("in") && !language.equals("en")) {
                continue;
            }
            double weight = weight(parts);
            if (weight > bestWeight) {
                best = language;
                bestWeight = weight;
            }
        }
        return best == null || best.equals("en") || bestWeight <= 0 ? Locale.ENGLISH : INDONESIAN;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    double weight = Double.parseDouble(parameter.substring(2));
                    return Double.isNaN(weight) ? 0 : weight;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return null;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static String pattern(Locale locale, String key) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, Thread.currentThread().getContextClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException absent) {
                // this service has no bundle of that name
            }
        }
        return null;
    }
}
