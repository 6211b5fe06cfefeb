package io.github.policyreport.parsers;

import io.github.policyreport.spi.SiteParser;
import io.github.policyreport.spi.SiteProfile;

/**
 * Local science-and-technology news on the 科技部 (Ministry of Science and Technology) site.
 *
 * <p>Site knowledge lives in {@code most.profile} beside this class.
 */
public final class MostLocalParser extends SiteParser {

    /** Loads the site profile. */
    public MostLocalParser() {
        super(SiteProfile.read("most.profile", MostLocalParser.class.getResourceAsStream("most.profile")));
    }
}
