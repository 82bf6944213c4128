package org.agenticrl.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** JFreeSVG's style attributes become classes of one style sheet, and a chart is placed where it was on screen. */
class InlineSvgTest {
    @Test
    void everyDistinctStyleBecomesOneClassSharedByEveryChart() {
        InlineSvg charts = new InlineSvg();
        String first = charts.place("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 5'><rect style='fill:"
                + "rgb(1,2,3)'/><text style='fill: rgb(4,5,6); font-family: \"DejaVu Sans\";'>&lt;b&gt;</text>"
                + "<rect style='fill:rgb(1,2,3)'/></svg>", new LessonPage.Box(12.5, 3, 100.25, 50));
        String second = charts.place("<svg viewBox='0 0 1 1'><path style='fill:rgb(1,2,3)' d='M0,0Z'/></svg>",
                new LessonPage.Box(0, 0, 1, 1));
        assertEquals("<svg x='12.5' y='3' width='100.25' height='50' xmlns='http://www.w3.org/2000/svg' "
                + "viewBox='0 0 10 5'><rect class='sv0'/><text class='sv1'>&lt;b&gt;</text><rect class='sv0'/></svg>",
                first);
        assertEquals("<svg x='0' y='0' width='1' height='1' viewBox='0 0 1 1'><path class='sv0' d='M0,0Z'/></svg>",
                second);
        assertEquals(".sv0{fill:rgb(1,2,3)}\n.sv1{fill: rgb(4,5,6); font-family: \"DejaVu Sans\";}\n", charts.css());
    }

    @Test
    void aDeclarationCannotEndItsRuleOrTheStyleSheet() {
        InlineSvg charts = new InlineSvg();
        charts.place("<svg viewBox='0 0 1 1'><rect style='fill:red}</style><script>x{}'/></svg>", new LessonPage.Box(0, 0, 1, 1));
        assertFalse(charts.css().contains("</style"), charts.css());
        assertEquals(".sv0{fill:red/stylescriptx}\n", charts.css());
    }

    @Test
    void onlyAnSvgElementIsPlaced() {
        assertThrows(IllegalArgumentException.class, () -> new InlineSvg().place("<?xml version=\"1.0\"?><svg/>",
                new LessonPage.Box(0, 0, 1, 1)));
    }

    @Test
    void coordinatesAreAsciiWithAtMostTwoDecimals() {
        assertEquals("1280", InlineSvg.number(1280.0));
        assertEquals("0.33", InlineSvg.number(1 / 3.0));
        assertEquals("-2.5", InlineSvg.number(-2.5));
        assertEquals("0", InlineSvg.number(-0.001));
    }
}
