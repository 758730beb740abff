package id.jembatan.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * One nullability rule for every response: a value that is not there is left out, never written as {@code null}.
 * The contracts mark no field nullable, and a field that may be absent is not required, so generated clients and
 * strict JSON-Schema validators read every answer as documented.
 */
@Singleton
public class OmitNullsCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
    }
}
