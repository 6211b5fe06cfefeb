package io.github.policyreport;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * An internal class is public only when it must be: a class of another package uses it, a
     * public class that another package uses names it in its signature (as {@code Paragraph}
     * names {@code Numbering}), or it provides an SPI service ({@code module-info} names it).
     */
    @Test
    void internalClassesArePublicOnlyWhenAnotherPackageNeedsThem() {
        List<String> needless = CORE.stream()
                .filter(c -> c.getPackageName().startsWith(ROOT + ".internal") && c.isTopLevelClass()
                        && c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getSimpleName().equals("package-info"))
                .filter(c -> !usedOutside(c) && !providesService(c)
                        && c.getDirectDependenciesToSelf().stream().map(Dependency::getOriginClass)
                        .noneMatch(o -> o.getPackageName().equals(c.getPackageName())
                                && o.getModifiers().contains(JavaModifier.PUBLIC) && usedOutside(o)))
                .map(JavaClass::getName).sorted().toList();
        assertThat(needless).as("public internal classes no other package needs").isEmpty();
    }

    private static boolean usedOutside(JavaClass c) {
        return c.getDirectDependenciesToSelf().stream()
                .anyMatch(d -> !d.getOriginClass().getPackageName().equals(c.getPackageName()));
    }

    private static boolean providesService(JavaClass c) {
        return c.getRawInterfaces().stream().anyMatch(i -> i.getPackageName().equals(ROOT + ".spi"));
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
