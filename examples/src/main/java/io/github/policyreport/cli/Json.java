package io.github.policyreport.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one Jackson mapper of the command line: record order kept, BigDecimal as plain numbers. */
final class Json {

    static final ObjectMapper COMPACT = builder().build();
    static final ObjectMapper PRETTY = builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
                        JsonInclude.Include.ALWAYS));
    }
}
