/**
 * policyreport core: the domain model, the parser SPI and registry, the generic pipeline and the
 * engines behind it. The {@code internal} packages are not exported.
 */
module io.github.policyreport.core {
    requires org.jsoup;
    requires opencc4j;
    requires com.ibm.icu;

    exports io.github.policyreport;
    exports io.github.policyreport.model;
    exports io.github.policyreport.spi;
    exports io.github.policyreport.generic;
    exports io.github.policyreport.mention;

    uses io.github.policyreport.spi.ReportParser;
    provides io.github.policyreport.spi.ReportParser with io.github.policyreport.generic.GenericParser;
}
