package org.agenticrl.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Colours are written once, in the palette; the stylesheet only looks them up. */
class PaletteTest {
    /** A looked-up colour being defined ("-agent-card: #fff;"), as opposed to used ("-fx-fill: -agent-card;"). */
    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\s*(-agent-[\\w-]+|-color-[\\w-]+)\\s*:");
    private static final Pattern USE = Pattern.compile(":\\s*[^;]*?(-agent-[\\w-]+)");
    /** A colour written out in a declaration's value: hexadecimal, a colour function, or a CSS colour name. */
    private static final Pattern LITERAL = Pattern.compile("(?im):[^;{}]*?(#[0-9a-f]{3,8}\\b|\\b(?:rgba?|hsba?|hsla?)\\s*\\("
            + "|\\b(?:white|black|red|green|blue|gr[ae]y|silver|yellow|orange|purple|magenta|cyan|navy|maroon|teal|olive"
            + "|lime|aqua|fuchsia|pink|brown)\\b)");

    private static String appCss() throws IOException {
        try (InputStream in = PaletteTest.class.getResourceAsStream("/org/agenticrl/app/app.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theStylesheetDefinesNoColourOfItsOwn() throws IOException {
        String css = appCss().replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher definition = DEFINITION.matcher(css);
        assertTrue(!definition.find(), () -> "app.css defines " + definition.group(1) + "; colours belong in Palette");
        Matcher literal = LITERAL.matcher(css);
        assertTrue(!literal.find(), () -> "app.css writes the colour " + literal.group(1) + " at offset "
                + literal.start(1) + "; colours belong in Palette");
    }

    @Test
    void everyColourTheStylesheetLooksUpIsInThePalette() throws IOException {
        Matcher use = USE.matcher(appCss());
        int uses = 0;
        while (use.find()) {
            uses++;
            String name = use.group(1);
            assertTrue(Palette.LIGHT.lookedUpColours().containsKey(name), name + " is looked up but never set");
        }
        assertTrue(uses > 10, "app.css looks up the palette's colours");
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theRootCarriesEveryColourOfTheTheme(Theme theme) {
        Palette palette = Palette.of(theme);
        String style = Stylesheets.rootStyle(palette, 1.5);
        assertTrue(style.startsWith("-fx-font-size: 21.0px;"), style);
        palette.lookedUpColours().forEach((name, colour) ->
                assertTrue(style.contains(name + ": " + colour + ";"), name + " in " + style));
        assertEquals(Palette.LIGHT.lookedUpColours().keySet(), palette.lookedUpColours().keySet());
    }
}
