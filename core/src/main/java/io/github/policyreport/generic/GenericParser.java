package io.github.policyreport.generic;

import io.github.policyreport.internal.Pipeline;
import io.github.policyreport.model.Report;
import io.github.policyreport.spi.Detection;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ReportParser;
import io.github.policyreport.spi.SourceDocument;

import java.util.Optional;

/**
 * The parser for any page: the whole pipeline (decoding, boilerplate removal, metadata,
 * structure, quantities, dates) with no site knowledge. It has no opinion in detection; the
 * registry falls back to it when no site parser claims a page.
 */
public final class GenericParser implements ReportParser {

    /** Its id. */
    public static final String ID = "generic";

    private static final SiteProfile PROFILE = SiteProfile.generic();

    /** The generic parser. */
    public GenericParser() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return PROFILE.description();
    }

    @Override
    public Optional<Detection> detect(SourceDocument document) {
        return Optional.empty();
    }

    @Override
    public Report parse(SourceDocument document, ParseContext context) {
        return Pipeline.run(ID, document, context, PROFILE);
    }
}
