/**
 * policyreport core: the domain model, the parser SPI and registry, the generic pipeline and the
 * engines behind it. Exported: the facade, {@code model}, {@code spi} and the {@code mention}
 * values; {@code generic} and the {@code internal} packages are not (LayeringTest checks it).
 */
module io.github.policyreport.core {
    requires org.jsoup;
    requires opencc4j;
    requires com.ibm.icu;

    exports io.github.policyreport;
    exports io.github.policyreport.model;
    exports io.github.policyreport.spi;
    exports io.github.policyreport.mention;

    uses io.github.policyreport.spi.ReportParser;
    uses io.github.policyreport.spi.Engine;
    provides io.github.policyreport.spi.Engine with io.github.policyreport.internal.pipeline.CoreEngine;
    provides io.github.policyreport.spi.ReportParser with io.github.policyreport.generic.GenericParser;
}
