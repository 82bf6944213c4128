package org.agenticrl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of windows or command lines: it imports neither JavaFX nor the app or cli packages. */
class EngineIsPureJavaTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agenticrl");

    @Test
    void theEngineDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("org.agenticrl.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                        "org.jfree..", "atlantafx..")
                .check(MAIN);
    }

    @Test
    void theEngineDoesNotUseTheAppOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.agenticrl.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.agenticrl.app..", "org.agenticrl.cli..", "picocli..")
                .check(MAIN);
    }
}
