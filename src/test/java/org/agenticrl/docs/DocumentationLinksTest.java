package org.agenticrl.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is a front page and the manual sits in {@code src/site/markdown}: every relative link and image of
 * either (and of the packaging's and the run fixtures' READMEs) resolves as a code-hosting site resolves it (a file
 * beside the page, and a heading for an anchor), the front page stays short, and the manual's contents name every
 * page.
 */
class DocumentationLinksTest {
    private static final Path README = Path.of("README.md");
    /** The other Markdown files the manual links to, which link back. */
    private static final List<Path> OTHER_DOCUMENTS =
            List.of(Path.of("packaging/README.md"), Path.of("src/test/resources/runs/README.md"));
    private static final Path MANUAL = Path.of("src/site/markdown");
    private static final Path CONTENTS = MANUAL.resolve("index.md");
    private static final int README_MAX_LINES = 220;

    private static List<MarkdownPage> documents() throws IOException {
        List<MarkdownPage> pages = new ArrayList<>();
        pages.add(MarkdownPage.read(README));
        for (Path page : OTHER_DOCUMENTS) {
            pages.add(MarkdownPage.read(page));
        }
        for (Path page : manualPages()) {
            pages.add(MarkdownPage.read(page));
        }
        return pages;
    }

    private static List<Path> manualPages() throws IOException {
        try (Stream<Path> files = Files.list(MANUAL)) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void everyRelativeLinkAndImageResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (MarkdownPage page : documents()) {
            List<String> targets = page.relativeTargets();
            assertTrue(!targets.isEmpty(), page.file() + " links nowhere: is the link pattern still right?");
            for (String target : targets) {
                checked++;
                String problem = problemWith(page, target);
                if (problem != null) {
                    broken.add(page.file() + ": (" + target + ") " + problem);
                }
            }
        }
        assertEquals(List.of(), broken, "broken links");
        assertTrue(checked >= 100, "only " + checked + " links were found in the README and the manual");
    }

    /** Why {@code target}, written on {@code page}, leads nowhere; null when it leads somewhere. */
    private static String problemWith(MarkdownPage page, String target) throws IOException {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path file = path.isEmpty() ? page.file() : page.file().resolveSibling(path).normalize();
        if (!Files.exists(file)) {
            return "no such file: " + file;
        }
        if (hash < 0) {
            return null;
        }
        String anchor = target.substring(hash + 1);
        if (!file.toString().endsWith(".md")) {
            return "an anchor into a file that is not Markdown";
        }
        Set<String> anchors = MarkdownPage.read(file).anchors();
        return anchors.contains(anchor) ? null : "no heading with the anchor #" + anchor + " in " + file;
    }

    @Test
    void theReadmeIsAFrontPage() throws IOException {
        long lines;
        try (Stream<String> text = Files.lines(README)) {
            lines = text.count();
        }
        assertTrue(lines <= README_MAX_LINES,
                "README.md has " + lines + " lines; the front page keeps to " + README_MAX_LINES
                        + ": move the detail into the manual (src/site/markdown)");
    }

    @Test
    void theContentsNameEveryPageOfTheManual() throws IOException {
        Set<String> linked = MarkdownPage.read(CONTENTS).relativeTargets().stream()
                .map(target -> target.replaceFirst("#.*", ""))
                .collect(Collectors.toSet());
        List<String> missing = manualPages().stream()
                .filter(page -> !page.equals(CONTENTS))
                .map(page -> page.getFileName().toString())
                .filter(name -> !linked.contains(name))
                .toList();
        assertEquals(List.of(), missing, "pages of the manual that index.md does not list");
    }
}
