package org.agenticrl.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The themes' binary stylesheets, made at build time, say what AtlantaFX's CSS says, and the window uses them. */
class BinaryStylesheetsTest {
    @ParameterizedTest
    @EnumSource(Theme.class)
    void theWindowReadsTheBinaryFormOfAtlantaFxsStylesheetWithEveryRule(Theme theme) throws Exception {
        String atlantaFx = theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        String used = BinaryStylesheets.userAgentStylesheet(theme);
        URL binary = getClass().getResource(used.replace(".css", ".bss"));

        assertEquals("/org/agenticrl/app/theme/" + atlantaFx.substring(atlantaFx.lastIndexOf('/') + 1), used);
        List<String> parsed = rules(new CssParser().parse(getClass().getResource(atlantaFx)));
        assertEquals(parsed, rules(Stylesheet.loadBinary(binary)));
        assertEquals(parsed.size(), rules(new CssParser().parse(getClass().getResource(used))).size());
    }

    /**
     * Each rule's selectors and the properties it sets, in order (their values print differently once read back from
     * the binary form, where JavaFX's own converters write and read them, as for its Modena stylesheet).
     */
    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(declaration -> declaration.getProperty() + (declaration.isImportant() ? "!" : "")).toList())
                .toList();
    }
}
