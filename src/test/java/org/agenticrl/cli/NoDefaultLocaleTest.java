package org.agenticrl.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line, the engine and the window never format or change case in the default locale, which would print "48,0%" or
 * Arabic-Indic digits on some machines. A JDK call is in the default locale when the JDK offers the same call with a
 * {@link Locale} added (String.format, PrintWriter.printf, toLowerCase, NumberFormat.getInstance, new Formatter...);
 * String.formatted has no such twin and is refused outright.
 */
class NoDefaultLocaleTest {
    private static final DescribedPredicate<JavaCall<?>> IN_THE_DEFAULT_LOCALE = DescribedPredicate.describe(
            "a JDK method that uses the default locale", call -> usesTheDefaultLocale(call.getTarget()));

    @Test
    void neitherTheCommandLineNorTheEngineNorTheWindowUsesTheDefaultLocale() {
        noClasses().that().resideInAnyPackage("org.agenticrl.cli..", "org.agenticrl.engine..", "org.agenticrl.app..")
                .should().callCodeUnitWhere(IN_THE_DEFAULT_LOCALE)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.agenticrl.cli", "org.agenticrl.engine", "org.agenticrl.app"));
    }

    @Test
    void theRuleRecognisesTheDefaultLocaleCalls() {
        class Formats {
            String defaultLocale(double value) {
                return String.format("%.1f", value) + "x".toUpperCase() + "%s".formatted(value);
            }

            String rootLocale(double value) {
                return String.format(Locale.ROOT, "%.1f", value) + "x".toUpperCase(Locale.ROOT) + String.valueOf(value);
            }
        }
        JavaClass formats = new ClassFileImporter().importClass(Formats.class);
        assertEquals(Set.of("format", "toUpperCase", "formatted"), defaultLocaleCalls(formats, "defaultLocale"));
        assertEquals(Set.of(), defaultLocaleCalls(formats, "rootLocale"));
    }

    private static Set<String> defaultLocaleCalls(JavaClass type, String method) {
        return type.getMethod(method, double.class).getCallsFromSelf().stream().filter(IN_THE_DEFAULT_LOCALE)
                .map(JavaCall::getName).collect(Collectors.toSet());
    }

    private static boolean usesTheDefaultLocale(CodeUnitCallTarget target) {
        JavaClass owner = target.getOwner();
        if (!owner.getPackageName().startsWith("java.")) {
            return false;
        }
        if (owner.isEquivalentTo(String.class) && target.getName().equals("formatted")) {
            return true;
        }
        List<Class<?>> parameters = target.getRawParameterTypes().stream().<Class<?>>map(JavaClass::reflect).toList();
        Class<?> type = owner.reflect();
        Stream<Executable> twins = target.getName().equals("<init>") ? Arrays.stream(type.getConstructors())
                : Arrays.<Executable>stream(type.getMethods()).filter(m -> m.getName().equals(target.getName()));
        return !parameters.contains(Locale.class) && twins.anyMatch(twin -> withALocaleAdded(parameters, twin));
    }

    /** Whether the twin takes exactly the parameters plus one Locale, anywhere in the list. */
    private static boolean withALocaleAdded(List<Class<?>> parameters, Executable twin) {
        List<Class<?>> twinParameters = new ArrayList<>(Arrays.asList(twin.getParameterTypes()));
        return twinParameters.size() == parameters.size() + 1 && twinParameters.remove(Locale.class)
                && twinParameters.equals(parameters);
    }
}
