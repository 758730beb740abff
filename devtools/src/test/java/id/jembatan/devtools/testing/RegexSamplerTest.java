package id.jembatan.devtools.testing;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegexSamplerTest {

    @Test
    void samplesMatchThePatternsBeanValidationWrites() {
        for (String regex : new String[] {"[A-Z]{3}", "\\d{2}(\\.\\d{2})?", "[A-Za-z0-9./_-]+", "KEMENDAGRI|BPS|GB_T_2260",
                "[0-9a-f]{64}", "[a-z][a-z0-9-]{1,63}", "^[A-Z]{2}$"}) {
            String sample = RegexSampler.of(regex);
            assertNotNull(sample, regex);
            assertTrue(Pattern.compile(regex).matcher(sample).matches(), regex + " -> " + sample);
        }
    }

    @Test
    void whatItCannotSampleIsNull() {
        assertNull(RegexSampler.of("(?<=a)b"));
        assertNull(RegexSampler.of("[unclosed"));
    }
}
