/** policyreport site parsers: one per outlet, each a site profile on the generic pipeline. */
module io.github.policyreport.parsers {
    requires transitive io.github.policyreport.core;

    exports io.github.policyreport.parsers;

    provides io.github.policyreport.spi.ReportParser with
            io.github.policyreport.parsers.HanzhongPortalParser,
            io.github.policyreport.parsers.MostLocalParser,
            io.github.policyreport.parsers.XianKjjParser,
            io.github.policyreport.parsers.XibeiJiansheParser,
            io.github.policyreport.parsers.XixianPressParser;
}
