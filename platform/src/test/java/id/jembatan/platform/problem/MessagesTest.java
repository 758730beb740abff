package id.jembatan.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void picksTheLanguageWithTheHighestWeight() {
        assertEquals(Messages.INDONESIAN, Messages.locale("id"));
        assertEquals(Messages.INDONESIAN, Messages.locale("en;q=0.4, id-ID;q=0.9"));
        assertEquals(Locale.ENGLISH, Messages.locale("fr;q=1, en;q=0.5, id;q=0.2"));
        assertEquals(Locale.ENGLISH, Messages.locale("id;q=0"));
    }

    @Test
    void malformedHeadersFallBackToEnglish() {
        for (String header : new String[] {";", ";;", ",", ", ;", ";q=1", "id;q=", "id;q=NaN", "id;q=abc", ";;;q=abc,,",
                "\u0000", "*", "-", "-;q=1", "q=0.5", "id;;;;"}) {
            Locale locale = Messages.locale(header);
            assertEquals(header.startsWith("id;;") ? Messages.INDONESIAN : Locale.ENGLISH, locale, header);
        }
        assertEquals(Locale.ENGLISH, Messages.locale((String) null));
        assertEquals(Locale.ENGLISH, Messages.locale(""));
    }
}
