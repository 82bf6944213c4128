package org.agenticrl.engine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The default locales that break naive number formatting, and, as a JUnit extension, the JVM's default locale put
 * back after each test that changes it. Tests that set a default locale must not run in parallel with others.
 */
public final class HostileLocales implements BeforeEachCallback, AfterEachCallback {
    /**
     * ROOT, the reference; a decimal comma (de-DE); Arabic-Indic digits and decimal sign (ar-SA); Devanagari digits
     * (hi-IN with the deva numbering system); extended Arabic-Indic digits (fa-IR).
     */
    public static final List<Locale> ALL = List.of(Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("ar-SA"),
            Locale.forLanguageTag("hi-IN-u-nu-deva"), Locale.forLanguageTag("fa-IR"));

    private static final ExtensionContext.Namespace SAVED = ExtensionContext.Namespace.create(HostileLocales.class);

    /** The language tags of {@link #ALL}, for a parameterised test's source ("und" is ROOT). */
    public static Stream<String> tags() {
        return ALL.stream().map(Locale::toLanguageTag);
    }

    /** Whether every digit in the text is one of 0-9. */
    public static boolean hasOnlyAsciiDigits(String text) {
        return text.codePoints().filter(Character::isDigit).allMatch(c -> c >= '0' && c <= '9');
    }

    private record Defaults(Locale locale, Locale format, Locale display) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(SAVED).put(Defaults.class, new Defaults(Locale.getDefault(),
                Locale.getDefault(Locale.Category.FORMAT), Locale.getDefault(Locale.Category.DISPLAY)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Defaults saved = context.getStore(SAVED).get(Defaults.class, Defaults.class);
        Locale.setDefault(saved.locale());
        Locale.setDefault(Locale.Category.FORMAT, saved.format());
        Locale.setDefault(Locale.Category.DISPLAY, saved.display());
    }
}
