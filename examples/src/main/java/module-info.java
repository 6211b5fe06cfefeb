/** The policyreport command line and its JSON contract. */
module io.github.policyreport.examples {
    requires io.github.policyreport.core;
    requires io.github.policyreport.parsers;
    requires info.picocli;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;

    opens io.github.policyreport.cli to info.picocli, tools.jackson.databind;
    opens io.github.policyreport.cli.samples;
}
