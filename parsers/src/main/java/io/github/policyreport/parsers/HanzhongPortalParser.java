package io.github.policyreport.parsers;

import io.github.policyreport.spi.SiteParser;
import io.github.policyreport.spi.SiteProfile;

/**
 * Articles of the 汉中第一网 portal (a Discuz portal: 发布者 | 查看 | 评论 | 来自 line, reaction widgets).
 *
 * <p>Site knowledge lives in {@code hz1w.profile} beside this class.
 */
public final class HanzhongPortalParser extends SiteParser {

    /** Loads the site profile. */
    public HanzhongPortalParser() {
        super(SiteProfile.read("hz1w.profile", HanzhongPortalParser.class.getResourceAsStream("hz1w.profile")));
    }
}
