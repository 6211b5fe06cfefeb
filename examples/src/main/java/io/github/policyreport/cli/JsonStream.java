package io.github.policyreport.cli;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

import java.io.OutputStream;

/**
 * The JSON stream settings of the command line, with jackson-core alone: BigDecimal as plain
 * numbers, the caller's stream left open. {@link Json}'s mappers are built on the same factory;
 * {@code parse} writes through it without loading databind, which would double a start's classes.
 */
final class JsonStream {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final ObjectWriteContext INDENTED = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private JsonStream() {
    }

    /** A UTF-8 generator on {@code out}, indented as databind's {@code INDENT_OUTPUT} indents. */
    static JsonGenerator generator(OutputStream out, boolean indented) {
        return FACTORY.createGenerator(indented ? INDENTED : ObjectWriteContext.empty(), out);
    }
}
