package org.agenticrl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import org.agenticrl.app.AgenticRlApp;
import org.agenticrl.app.LessonFrames;
import org.agenticrl.app.WindowLauncher;
import org.agenticrl.app.bench.LatencyBenchmark;
import org.agenticrl.app.lesson.ChapterCheck;
import org.junit.jupiter.api.Test;

/**
 * The app's shape: feature packages with their view models beside their views, view models free of the scene graph,
 * shared packages below the features, no cycles, and the command line reaching the app only through its entry points.
 */
class AppArchitectureTest {
    private static final String APP = "org.agenticrl.app";
    private static final List<String> FEATURES = List.of("episode", "distribution", "objective", "training", "scenario",
            "sweep", "lesson", "presenter", "glossary", "runs");
    private static final String[] SHARED = {APP + ".common..", APP + ".controls..", APP + ".chart..", APP + ".theme.."};
    private static final String[] SCENE_GRAPH = {"javafx.scene..", "javafx.stage..", "javafx.embed..", "org.jfree..",
        "org.controlsfx..", "atlantafx.."};
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agenticrl");

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        classes().that().resideInAPackage(APP + "..").and().haveSimpleNameEndingWith("Model")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(SCENE_GRAPH)
                .check(MAIN);
    }

    @Test
    void whatTheViewModelsShareIsFreeOfTheSceneGraphToo() {
        noClasses().that().resideInAPackage(APP + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(SCENE_GRAPH)
                .check(MAIN);
    }

    @Test
    void featuresDoNotReachIntoEachOthersViews() {
        classes().that().resideInAnyPackage(FEATURES.stream().map(feature -> APP + "." + feature + "..").toArray(String[]::new))
                .should(useNoViewOfAnotherFeature())
                .check(MAIN);
    }

    @Test
    void sharedPackagesKnowNoFeatureAndNoWindow() {
        noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".episode..", APP + ".distribution..",
                        APP + ".objective..", APP + ".training..", APP + ".scenario..", APP + ".sweep..",
                        APP + ".lesson..", APP + ".presenter..", APP + ".glossary..", APP + ".runs..", APP + ".session..",
                        APP + ".shell..", APP + ".bench..", APP + ".fx..")
                .check(MAIN);
    }

    @Test
    void theAppsPackagesHaveNoCycles() {
        slices().matching(APP + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theCommandLineReachesTheAppOnlyThroughItsEntryPoints() {
        noClasses().that().resideInAPackage("org.agenticrl.cli..")
                .should().dependOnClassesThat(DescribedPredicate.describe("an app class other than its entry points",
                        (JavaClass target) -> target.getPackageName().startsWith(APP)
                                && !target.isEquivalentTo(AgenticRlApp.class) && !target.isEquivalentTo(WindowLauncher.class)
                                && !target.isEquivalentTo(LatencyBenchmark.class)
                                && !target.getName().startsWith(LessonFrames.class.getName())
                                && !target.isEquivalentTo(ChapterCheck.class)))
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> useNoViewOfAnotherFeature() {
        return new ArchCondition<>("use no view (scene-graph node) of another feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = feature(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> other = feature(target);
                    if (other.isPresent() && !other.equals(own) && target.isAssignableTo(Node.class)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        return FEATURES.stream().filter(feature -> name.equals(APP + "." + feature) || name.startsWith(APP + "." + feature + "."))
                .findFirst();
    }
}
