package io.github.policyreport.generic;

import io.github.policyreport.spi.SiteParser;
import io.github.policyreport.spi.SiteProfile;

/**
 * The parser for any page: the whole pipeline (decoding, boilerplate removal, metadata,
 * structure, quantities, dates) with no site knowledge ({@link SiteProfile#generic()}). It has no
 * opinion in detection; the registry falls back to it when no site parser claims a page.
 */
public final class GenericParser extends SiteParser {

    /** Its id. */
    public static final String ID = SiteProfile.GENERIC_ID;

    /** The generic parser. */
    public GenericParser() {
        super(SiteProfile.generic());
    }
}
