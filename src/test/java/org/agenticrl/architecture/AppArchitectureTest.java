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
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
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
    /**
     * A view: a class of the app's packages that is a scene-graph node, or draws with the scene graph or a chart (a
     * chart's wrapper, its renderers and label generators), whatever it is called. The entry points in the app's own
     * package and the latency benchmark write files and JSON, not screens, and are left out.
     */
    private static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe(
            "are views (classes of the app's packages that are nodes or draw with the scene graph or a chart)",
            (JavaClass type) -> type.getPackageName().startsWith(APP + ".") && !type.getPackageName().startsWith(APP + ".bench")
                    && (type.isAssignableTo(Node.class)
                    || type.getDirectDependenciesFromSelf().stream().anyMatch(d -> inSceneGraph(d.getTargetClass()))));
    /**
     * A view model: an app class that exposes observable state (a method returning a JavaFX property or value) and is
     * not a view by {@link #VIEWS}' first test (a node), nor the window's shell.
     */
    private static final DescribedPredicate<JavaClass> VIEW_MODELS = DescribedPredicate.describe(
            "are view models (app classes outside the shell that expose observable state and are no node)",
            (JavaClass type) -> type.getPackageName().startsWith(APP) && !type.getPackageName().startsWith(APP + ".shell")
                    && !type.isAssignableTo(Node.class)
                    && type.getMethods().stream().anyMatch(m -> m.getRawReturnType().getPackageName().startsWith("javafx.beans")));
    private static final DescribedPredicate<JavaMethodCall> FORMATTING = DescribedPredicate.describe(
            "String.format, String.formatted or a java.text formatter",
            (JavaMethodCall call) -> (call.getTargetOwner().isEquivalentTo(String.class)
                    && List.of("format", "formatted").contains(call.getName()))
                    || call.getTargetOwner().getPackageName().equals("java.text"));
    private static final DescribedPredicate<JavaConstructorCall> TEXT_FORMAT = DescribedPredicate.describe(
            "a java.text formatter's constructor",
            (JavaConstructorCall call) -> call.getTargetOwner().getPackageName().equals("java.text"));
    private static final DescribedPredicate<JavaMethodCall> STATISTICS = DescribedPredicate.describe(
            "a DoubleStream (min, max, sums over the engine's numbers)",
            (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(DoubleStream.class)
                    || (call.getTargetOwner().isEquivalentTo(Arrays.class) && call.getName().equals("stream")
                    && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(double[].class)));
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agenticrl");

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        classes().that(VIEW_MODELS)
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(SCENE_GRAPH)
                .because("a view model holds what the views show as observable state and must be testable without "
                        + "a JavaFX toolkit; the views bind to it")
                .check(MAIN);
    }

    @Test
    void viewsFormatNothingThemselves() {
        noClasses().that(VIEWS)
                .should().callMethodWhere(FORMATTING)
                .orShould().callConstructorWhere(TEXT_FORMAT)
                .because("a view only binds and forwards: every sentence and number it shows is made in a view model "
                        + "or by app.common.Format, tested without JavaFX and the same in every locale")
                .check(MAIN);
    }

    @Test
    void viewsComputeNoStatistics() {
        noClasses().that(VIEWS)
                .should().callMethodWhere(STATISTICS)
                .because("ranges, bins, sums and clamps of the engine's numbers belong in a view model, where a test "
                        + "without JavaFX can check them; a view draws what it is given")
                .check(MAIN);
    }

    @Test
    void whatTheViewModelsShareIsFreeOfTheSceneGraphToo() {
        noClasses().that().resideInAPackage(APP + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(SCENE_GRAPH)
                .because("the view models build on it, and they must run without a JavaFX toolkit")
                .check(MAIN);
    }

    @Test
    void featuresDoNotReachIntoEachOthersViews() {
        classes().that().resideInAnyPackage(FEATURES.stream().map(feature -> APP + "." + feature + "..").toArray(String[]::new))
                .should(useNoViewOfAnotherFeature())
                .because("a feature talks to another through its view model, so that either view can change alone")
                .check(MAIN);
    }

    @Test
    void sharedPackagesKnowNoFeatureAndNoWindow() {
        noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".episode..", APP + ".distribution..",
                        APP + ".objective..", APP + ".training..", APP + ".scenario..", APP + ".sweep..",
                        APP + ".lesson..", APP + ".presenter..", APP + ".glossary..", APP + ".runs..", APP + ".session..",
                        APP + ".shell..", APP + ".bench..", APP + ".fx..")
                .because("the shared packages sit below the features: a feature may use them, never the other way")
                .check(MAIN);
    }

    @Test
    void theAppsPackagesHaveNoCycles() {
        slices().matching(APP + ".(*)..").should().beFreeOfCycles()
                .because("a cycle makes two packages one: neither can be read, tested or changed alone")
                .check(MAIN);
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
                .because("the command line is headless: it starts the window or renders frames, and uses no view")
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

    private static boolean inSceneGraph(JavaClass type) {
        return Arrays.stream(SCENE_GRAPH).anyMatch(pattern -> type.getPackageName().startsWith(pattern.replace("..", "")));
    }

    private static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        return FEATURES.stream().filter(feature -> name.equals(APP + "." + feature) || name.startsWith(APP + "." + feature + "."))
                .findFirst();
    }
}
