package org.agenticrl.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The link checker's reading of Markdown, on pages written for it. */
class MarkdownPageTest {
    private static final Path PAGE = Path.of("docs/page.md");

    @Test
    void headingsGetGitHubsAnchors() {
        assertEquals("the-engine-and-where-it-differs-from-the-notebook",
                MarkdownPage.slug("The engine, and where it differs from the notebook"));
        assertEquals("in-the-window-the-run-tab", MarkdownPage.slug("In the window: the Run tab"));
        assertEquals("λ2-after-training", MarkdownPage.slug("λ2 after training"));
        assertEquals("fields-schema-version-1", MarkdownPage.slug("Fields (schema version 1)"));
        assertEquals("see-the-manual", MarkdownPage.slug("See [the manual](index.md)"));
    }

    @Test
    void aRepeatedHeadingIsNumberedAndCodeMarksGo() {
        MarkdownPage page = MarkdownPage.of(PAGE, """
                # Speed
                ## In the window
                ### In the window
                ## `inspect` options ##
                """);
        assertEquals(Set.of("speed", "in-the-window", "in-the-window-1", "inspect-options"), page.anchors());
    }

    @Test
    void linksAndImagesAreFoundButNotInCodeNorWithAScheme() {
        MarkdownPage page = MarkdownPage.of(PAGE, """
                See [training](training.md#defaults-and-why) and ![a chart](../../assets/x.png "title"),
                [the site](https://example.org), [mail](mailto:a@b.c) and [here](#speed).
                `[not a link](code.md)` and [a [nested] text](nested.md)
                ```
                [nor this](fenced.md)
                # nor a heading
                ```
                """);
        assertEquals(List.of("training.md#defaults-and-why", "../../assets/x.png", "#speed", "nested.md"),
                page.relativeTargets());
        assertEquals(Set.of(), page.anchors());
    }
}
