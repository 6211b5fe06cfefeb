package io.github.policyreport.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson mappers of the command line, on {@link JsonStream}'s factory: record order kept,
 * BigDecimal as plain numbers, {@code null} written unless a component says otherwise.
 */
final class Json {

    static final ObjectMapper COMPACT = builder().build();
    static final ObjectMapper PRETTY = builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder(JsonStream.FACTORY)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
                        JsonInclude.Include.ALWAYS));
    }
}
