package io.github.policyreport.parsers;

import io.github.policyreport.spi.SiteParser;
import io.github.policyreport.spi.SiteProfile;

/**
 * Pages of the 西北建设 magazine site (西北建设网, 西北建设杂志社编印出版).
 *
 * <p>Site knowledge lives in {@code xbjs.profile} beside this class.
 */
public final class XibeiJiansheParser extends SiteParser {

    /** Loads the site profile. */
    public XibeiJiansheParser() {
        super(SiteProfile.read("xbjs.profile", XibeiJiansheParser.class.getResourceAsStream("xbjs.profile")));
    }
}
