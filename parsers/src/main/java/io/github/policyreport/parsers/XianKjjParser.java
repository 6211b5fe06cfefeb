package io.github.policyreport.parsers;

import io.github.policyreport.spi.SiteParser;
import io.github.policyreport.spi.SiteProfile;

/**
 * News pages of the 西安市科学技术局 site (要闻浏览), which reprint 西安新闻网 and other outlets.
 *
 * <p>Site knowledge lives in {@code xa-kjj.profile} beside this class.
 */
public final class XianKjjParser extends SiteParser {

    /** Loads the site profile. */
    public XianKjjParser() {
        super(SiteProfile.read("xa-kjj.profile", XianKjjParser.class.getResourceAsStream("xa-kjj.profile")));
    }
}
