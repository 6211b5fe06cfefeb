package io.github.policyreport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of the core, bottom up: {@code model} (values) ← {@code spi} (input, parser
 * extension point) ← {@code internal.*} (the engines) ← {@code generic} and the facade. Each rule
 * fails when one class of the main code crosses it.
 */
class LayeringTest {

    private static final String ROOT = "io.github.policyreport";

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".model..", "java..")
                .check(CORE);
    }

    @Test
    void spiDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage(ROOT + ".spi..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".spi..", ROOT + ".model..", "java..")
                .check(CORE);
    }

    @Test
    void mentionValuesDependOnlyOnTheModel() {
        noClasses().that().resideInAPackage(ROOT + ".mention..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".mention..", ROOT + ".model..", "java..")
                .check(CORE);
    }

    @Test
    void enginesNeverReachUp() {
        noClasses().that().resideInAPackage(ROOT + ".internal..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT, ROOT + ".generic..")
                .check(CORE);
    }

    @Test
    void moduleExportsOnlyTheFacadeModelSpiAndMentionValues() throws Exception {
        Path classes = Path.of(Reports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor core = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
        assertThat(core.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder(ROOT, ROOT + ".model", ROOT + ".spi", ROOT + ".mention");
        assertThat(core.exports()).allMatch(e -> !e.isQualified());
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(CORE);
    }

    /** One slice per package, the facade ({@code io.github.policyreport} itself) included. */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (p.equals(ROOT)) {
                return SliceIdentifier.of("facade");
            }
            return p.startsWith(ROOT + ".") ? SliceIdentifier.of(p.substring(ROOT.length() + 1)) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of the core";
        }
    };
}
