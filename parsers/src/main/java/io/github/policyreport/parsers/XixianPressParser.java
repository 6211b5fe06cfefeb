package io.github.policyreport.parsers;

import io.github.policyreport.spi.SiteParser;
import io.github.policyreport.spi.SiteProfile;

/**
 * Press-conference transcripts published for the 西咸新区 (发布环节 / 记者提问环节), often in Traditional script.
 *
 * <p>Site knowledge lives in {@code xixian-press.profile} beside this class.
 */
public final class XixianPressParser extends SiteParser {

    /** Loads the site profile. */
    public XixianPressParser() {
        super(SiteProfile.read("xixian-press.profile", XixianPressParser.class.getResourceAsStream("xixian-press.profile")));
    }
}
