package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.lesson.BuiltInLessons;
import org.agenticrl.app.objective.ObjectiveModel;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.session.WindowState;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.Lesson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every built-in lesson written as one web page (the code of {@code lesson ID --html}), then opened from
 * {@code file://} in real browser engines: JavaFX's WebView (WebKit) and, where it is installed, Debian's headless
 * chromium. The pages stay within the size budget, page through every chapter with the keys, ask the network for
 * nothing and log no script error; the sliders' numbers are the app's own, over a grid of weights; a link's fragment
 * opens the page at its chapter with its weights, for every live chapter; and the page reads whole without scripts.
 */
class LessonPageInBrowsersTest {
    /** The most a built-in lesson's page may weigh. */
    private static final long BUDGET_BYTES = 5_000_000;
    /** How far the page's numbers may be from the app's. */
    private static final double TOLERANCE = 1e-12;
    private static final String SEED = "seed-notebook";
    /**
     * The live numbers of the chapter on show, as "name=value;…" at full precision: "loss-total", and per token bar
     * "p-after 3" (token 3 of the vocabulary).
     */
    private static final String READ_NUMBERS = """
            const readNumbers = () => Array.from(document.querySelectorAll(
                'article.chapter.current [data-quantity]'))
              .filter(e => e.dataset.quantity !== 'p-before' && e.dataset.quantity !== 'p-ref')
              .map(e => e.dataset.quantity + (e.closest('li') ? ' ' + e.closest('li').dataset.index : '')
                + '=' + e.dataset.value).join(';');
            """;

    @TempDir
    static Path folder;
    private static final Map<String, LessonFrames.PageReport> PAGES = new LinkedHashMap<>();
    private static final List<BrowserPage> OPEN = new ArrayList<>();

    @BeforeAll
    static void writeEveryBuiltInLesson() throws Exception {
        BrowserPage.startToolkit();
        for (String id : LessonFrames.builtInIds()) {
            PAGES.put(id, LessonFrames.webPage(new LessonFrames.PageRequest(id, page(id), 1280, 720, 1.0, true,
                    true)));
        }
    }

    @AfterAll
    static void closePages() {
        OPEN.forEach(BrowserPage::close);
    }

    static List<String> lessons() {
        return LessonFrames.builtInIds();
    }

    private static Path page(String id) {
        return folder.resolve(id + ".html");
    }

    private static BrowserPage open(String id, String fragment) throws Exception {
        BrowserPage page = BrowserPage.open(URI.create(page(id).toUri() + fragment), 1280, 720, true);
        OPEN.add(page);
        return page;
    }

    private static Lesson lesson(String id) throws Exception {
        return BuiltInLessons.load(id).lesson().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyChapterIsOnThePageWithinTheBudget(String id) throws Exception {
        LessonFrames.PageReport report = PAGES.get(id);
        Lesson lesson = lesson(id);
        assertEquals(List.of(), report.leftOut());
        assertEquals(lesson.chapters().stream().map(Lesson.Chapter::title).toList(),
                report.chapters().stream().map(LessonFrames.PageReport.Chapter::title).toList());
        long size = Files.size(page(id));
        assertEquals(report.bytes(), size);
        assertTrue(size < BUDGET_BYTES, id + " weighs " + size + " bytes");
        String html = Files.readString(page(id), StandardCharsets.UTF_8);
        for (Lesson.Chapter chapter : lesson.chapters()) {
            if (!chapter.notes().isBlank()) {
                assertFalse(html.contains(chapter.notes()), "speaker notes never leave the app");
            }
        }
        assertFalse(Pattern.compile("(src|href)=\"(?!#|data:)", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "every address on the page is in the page");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void thePagePagesThroughEveryChapterWithTheKeysOfflineAndWithoutAScriptError(String id) throws Exception {
        BrowserPage page = open(id, "");
        int chapters = lesson(id).chapters().size();
        for (int number = 1; number <= chapters; number++) {
            assertEquals(List.of(String.valueOf(number)), shownChapters(page), "only chapter " + number + " shows");
            assertEquals(number + " / " + chapters, page.text("document.querySelector('[data-mark]').textContent"));
            assertEquals("#chapter=" + number, page.text("location.hash"));
            page.press(number % 2 == 0 ? KeyCode.PAGE_DOWN : KeyCode.RIGHT);
        }
        assertEquals(List.of(String.valueOf(chapters)), shownChapters(page), "the last chapter stays");
        page.press(KeyCode.PAGE_UP);
        page.press(KeyCode.LEFT);
        assertEquals(List.of(String.valueOf(Math.max(1, chapters - 2))), shownChapters(page));
        assertQuiet(page);
    }

    private static List<String> shownChapters(BrowserPage page) {
        String shown = page.text("Array.from(document.querySelectorAll('article.chapter'))"
                + ".filter(a => getComputedStyle(a).display !== 'none').map(a => a.dataset.chapter).join(',')");
        return List.of(shown.split(","));
    }

    /** Nothing asked of the network, nothing in the console, no alert, no script error, no refused content. */
    private static void assertQuiet(BrowserPage page) {
        assertEquals(List.of(), BrowserPage.networkRequests());
        assertEquals(List.of(), page.console());
        assertEquals(List.of(), page.alerts());
        assertNull(page.text("document.documentElement.getAttribute('data-script-errors')"));
        assertNull(page.text("document.documentElement.getAttribute('data-csp-violations')"));
    }

    @Test
    void theSlidersGiveTheAppsNumbersOverAGridOfWeights() throws Exception {
        BrowserPage page = open(SEED, "");
        List<LessonFrames.PageReport.Chapter> live = PAGES.get(SEED).chapters().stream()
                .filter(LessonFrames.PageReport.Chapter::live).toList();
        assertTrue(live.size() >= 5, "the seed lesson's loss and token chapters are live: " + live);
        List<double[]> grid = new ArrayList<>();
        for (double lambda1 : new double[] {0, 0.05, 0.5, 2, 10}) {
            for (double lambda2 : new double[] {0, 0.01, 1, 10}) {
                for (double eta : new double[] {0, 3, 10, 100}) {
                    grid.add(new double[] {lambda1, lambda2, eta});
                }
            }
        }
        AppModels app = AppModels.of(SEED);
        int compared = 0;
        for (LessonFrames.PageReport.Chapter chapter : live) {
            app.show(chapter.index());
            page.eval("document.querySelector('[data-chapter-link=\"" + chapter.index() + "\"]').click()");
            assertEquals(List.of(String.valueOf(chapter.index())), shownChapters(page));
            List<Map<String, Double>> shown = moveOverTheGrid(page, grid);
            for (int i = 0; i < grid.size(); i++) {
                double[] weights = grid.get(i);
                compared += assertTheAppsNumbers(shown.get(i), app.at(weights[0], weights[1], weights[2]),
                        chapter.index() + " at λ1 " + weights[0] + ", λ2 " + weights[1] + ", η " + weights[2]);
            }
        }
        assertTrue(compared > 5000, "numbers compared: " + compared);
        assertQuiet(page);
    }

    /**
     * Moves the weights of the chapter on show to each point of the grid as a reader does (a weight's slider where the
     * slider reaches, else typed into its field), and reads its live numbers back after each move.
     */
    private static List<Map<String, Double>> moveOverTheGrid(BrowserPage page, List<double[]> grid) {
        StringBuilder points = new StringBuilder();
        for (double[] point : grid) {
            points.append(points.length() > 0 ? "," : "").append('[').append(point[0]).append(',').append(point[1])
                    .append(',').append(point[2]).append(']');
        }
        String read = page.text("(() => {" + READ_NUMBERS + """
                  const article = document.querySelector('article.chapter.current');
                  const move = (name, value) => {
                    const slider = article.querySelector(`input[data-weight="${name}"]`);
                    if (value <= Number(slider.max)) {
                      slider.value = String(value);
                      slider.dispatchEvent(new Event('input'));
                      if (Number(slider.value) !== value) {
                        throw new Error(`the slider took ${slider.value} for ${value}`);
                      }
                    } else {
                      const typed = article.querySelector(`input[data-typed="${name}"]`);
                      typed.value = String(value);
                      typed.dispatchEvent(new Event('change'));
                    }
                  };
                  return [""" + points + """
                  ].map(([lambda1, lambda2, eta]) => {
                    move('lambda1', lambda1);
                    move('lambda2', lambda2);
                    move('eta', eta);
                    return readNumbers();
                  }).join('|');
                })()""");
        List<Map<String, Double>> shown = new ArrayList<>();
        for (String numbers : read.split("\\|")) {
            shown.add(numbers(numbers));
        }
        assertEquals(grid.size(), shown.size());
        return shown;
    }

    /** The live numbers of the chapter on show, as they are. */
    private static Map<String, Double> shownNumbers(BrowserPage page) {
        return numbers(page.text("(() => {" + READ_NUMBERS + " return readNumbers(); })()"));
    }

    private static Map<String, Double> numbers(String read) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (String pair : read.split(";")) {
            String[] parts = pair.split("=");
            numbers.put(parts[0], Double.parseDouble(parts[1]));
        }
        return numbers;
    }

    /** Compares the live numbers the page shows with the app's; returns how many it compared. */
    private static int assertTheAppsNumbers(Map<String, Double> shown, AppNumbers app, String where) {
        Map<String, Double> expected = new LinkedHashMap<>(Map.of("loss-rl", app.rl(), "loss-sft", app.sft(),
                "loss-kl", app.kl(), "loss-total", app.total()));
        if (app.after() != null && shown.keySet().stream().anyMatch(name -> name.startsWith("p-after"))) {
            for (int token = 0; token < app.after().length; token++) {
                expected.put("p-after " + token, app.after()[token]);
            }
        }
        assertEquals(expected.keySet(), shown.keySet(), "the page shows every number of chapter " + where);
        expected.forEach((name, value) -> assertEquals(value, shown.get(name), TOLERANCE, name + ", chapter " + where));
        return expected.size();
    }

    @Test
    void aLinkOpensAtItsChapterWithItsWeightsForEveryLiveChapter() throws Exception {
        BrowserPage page = open(SEED, "#chapter=11&lambda1=0.5&lambda2=0&eta=3");
        assertEquals(List.of("11"), shownChapters(page));
        assertEquals("11 / 13", page.text("document.querySelector('[data-mark]').textContent"));
        assertEquals("0.5", page.text("document.querySelector('article.current input[data-weight=\"lambda1\"]').value"));
        assertEquals("0.500", page.text("document.querySelector('article.current input[data-typed=\"lambda1\"]').value"));
        AppModels app = AppModels.of(SEED);
        app.show(11);
        assertTheAppsNumbers(shownNumbers(page), app.at(0.5, 0, 3), "11 from the link");
        page.press(KeyCode.RIGHT);
        page.press(KeyCode.RIGHT);
        assertEquals(List.of("13"), shownChapters(page));
        assertEquals("#chapter=13&lambda1=0.5&lambda2=0&eta=3", page.text("location.hash"));
        app.show(13);
        assertTheAppsNumbers(shownNumbers(page), app.at(0.5, 0, 3), "13 with the link's weights");
        assertQuiet(page);
    }

    @Test
    void withoutAFragmentThePageOpensAsExportedAndABadLinkSaysWhatItLeftOut() throws Exception {
        BrowserPage plain = open(SEED, "");
        assertEquals(List.of("1"), shownChapters(plain));
        plain.eval("document.querySelector('[data-chapter-link=\"11\"]').click()");
        assertEquals(List.of("11"), shownChapters(plain));
        assertEquals("#chapter=11", plain.text("location.hash"));
        AppModels app = AppModels.of(SEED);
        app.show(11);
        ObjectiveModel objective = app.model.objective();
        assertTheAppsNumbers(shownNumbers(plain), app.at(objective.lambda1().get(), objective.lambda2().get(),
                objective.stepSize().get()), "11 as exported");

        BrowserPage bad = open(SEED, "#chapter=99&lambda1=abc&eta=1e9&colour=red");
        assertEquals(List.of("1"), shownChapters(bad));
        String notice = bad.text("document.querySelector('.notice').hidden ? '' : "
                + "document.querySelector('.notice').textContent");
        assertTrue(notice.contains("chapter '99' is not a chapter of this lesson (1 to 13)")
                && notice.contains("lambda1 'abc' is not a number from 0 to 10")
                && notice.contains("eta '1e9' is not a number from 0 to 100")
                && notice.contains("'colour' is none of chapter, lambda1, lambda2, eta"), notice);
        assertEquals("#chapter=1", bad.text("location.hash"));
        assertQuiet(bad);
    }

    @Test
    void aTypedWeightOutOfRangeIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        BrowserPage page = open(SEED, "#chapter=11");
        Map<String, Double> before = shownNumbers(page);
        for (String typed : new String[] {"11", "-1", "1,5", "NaN", "٣"}) {
            String answer = page.text("""
                    (() => {
                      const article = document.querySelector('article.current');
                      const field = article.querySelector('input[data-typed="lambda1"]');
                      field.value = '%s';
                      field.dispatchEvent(new Event('change'));
                      return field.getAttribute('aria-invalid') + '|' + article.querySelector('.problem').textContent;
                    })()""".formatted(typed));
            assertEquals("true|λ1 is a number from 0 to 10, not '" + typed + "': it stays 0.100.", answer);
            assertEquals(before, shownNumbers(page), typed + " changes nothing");
            assertEquals("#chapter=11", page.text("location.hash"));
        }
        assertQuiet(page);
    }

    @Test
    void onAPhoneThePageFitsItsWidthAndThePictureOpensAtTheAppsOwnSize() throws Exception {
        BrowserPage phone = BrowserPage.open(URI.create(page(SEED).toUri() + "#chapter=11"), 375, 812, true);
        OPEN.add(phone);
        assertEquals("true", phone.text("String(document.documentElement.scrollWidth <= 375)"),
                "nothing sticks out sideways");
        assertTrue(Double.parseDouble(phone.text("getComputedStyle(document.querySelector('article.current .caption'))"
                + ".fontSize").replace("px", "")) >= 15, "the caption is readable");
        assertEquals("true", phone.text("String(Array.from(document.querySelectorAll('article.current input'))"
                + ".every(i => i.getBoundingClientRect().right <= 375))"), "every control is on screen");
        phone.eval("document.querySelector('article.current [data-actual-size]').click()");
        assertEquals("1280px", phone.text("document.querySelector('article.current svg.look').style.width"));
        assertEquals("true", phone.text("(l => String(l.scrollWidth > l.clientWidth))("
                + "document.querySelector('article.current .looks'))"), "the picture scrolls within its frame");
        assertEquals("true", phone.text("String(document.documentElement.scrollWidth <= 375)"));
        assertQuiet(phone);
    }

    @Test
    void withoutScriptsThePageReadsWholeWithTheAppsNumbers() throws Exception {
        BrowserPage page = BrowserPage.open(page(SEED).toUri(), 1280, 720, false);
        OPEN.add(page);
        Lesson lesson = lesson(SEED);
        NodeList articles = page.document().getElementsByTagName("article");
        assertEquals(lesson.chapters().size(), articles.getLength());
        AppModels app = AppModels.of(SEED);
        int totals = 0;
        for (int i = 0; i < articles.getLength(); i++) {
            Element article = (Element) articles.item(i);
            assertEquals(lesson.chapters().get(i).title(), article.getElementsByTagName("h2").item(0).getTextContent());
            assertTrue(article.getTextContent().contains(lesson.chapters().get(i).caption().replace("*", "")
                    .lines().findFirst().orElseThrow()), "caption " + (i + 1));
            NodeList cells = article.getElementsByTagName("td");
            for (int cell = 0; cell < cells.getLength(); cell++) {
                Element total = (Element) cells.item(cell);
                if ("loss-total".equals(attribute(total, "data-quantity"))) {
                    app.show(i + 1);
                    assertEquals(app.model.objective().breakdownProperty().get().total(),
                            Double.parseDouble(attribute(total, "data-value")), "chapter " + (i + 1));
                    totals++;
                }
            }
        }
        assertEquals(PAGES.get(SEED).chapters().stream().filter(LessonFrames.PageReport.Chapter::live).count(), totals);
        assertEquals(List.of(), page.console());
    }

    /**
     * An attribute of an element of WebView's document, read from its list of attributes: WebView's {@code
     * getAttribute} answers null for a name with a dash.
     */
    private static String attribute(Element element, String name) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            if (element.getAttributes().item(i).getNodeName().equals(name)) {
                return element.getAttributes().item(i).getNodeValue();
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void chromiumRendersThePageHeadlessAtTheLinksChapterWithItsWeights(String id) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "Debian's chromium is not installed (apt-get install chromium)");
        List<LessonFrames.PageReport.Chapter> chapters = PAGES.get(id).chapters();
        LessonFrames.PageReport.Chapter chapter = chapters.stream().filter(LessonFrames.PageReport.Chapter::live)
                .reduce((first, last) -> last).orElse(chapters.get(chapters.size() - 1));
        String dom = Chromium.dumpDom(chromium, URI.create(page(id).toUri() + "#chapter=" + chapter.index()
                + "&lambda1=0.5&lambda2=0&eta=3"), folder.resolve("chromium-" + id));
        Matcher html = Pattern.compile("<html[^>]*>").matcher(dom);
        assertTrue(html.find(), "a page");
        assertTrue(html.group().contains("data-ready=\"true\""), "the script ran: " + html.group());
        assertFalse(html.group().contains("data-script-errors") || html.group().contains("data-csp-violations"),
                html.group());
        Matcher current = Pattern.compile("<article class=\"chapter current\"[^>]*data-chapter=\"(\\d+)\"").matcher(dom);
        assertTrue(current.find(), "a chapter is on show");
        assertEquals(chapter.index(), Integer.parseInt(current.group(1)));
        if (chapter.live()) {
            Matcher total = Pattern.compile("class=\"chapter current\".*?data-quantity=\"loss-total\" "
                    + "data-value=\"([^\"]+)\"", Pattern.DOTALL).matcher(dom);
            assertTrue(total.find());
            AppModels app = AppModels.of(id);
            app.show(chapter.index());
            assertEquals(app.at(0.5, 0, 3).total(), Double.parseDouble(total.group(1)), TOLERANCE);
        }
    }

    /** The numbers the app shows for a chapter at some weights; after is null where it has no selected position. */
    record AppNumbers(double rl, double sft, double kl, double total, double[] after) {
    }

    /**
     * The app's view models over a built-in lesson, without a window (as the built-in lessons' own tests use them),
     * showing a chapter as presenting it does: the numbers the app shows.
     */
    static final class AppModels {
        private final TestRuntime runtime = new TestRuntime();
        final SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        private final SessionFileModel files = new SessionFileModel(model, new AppearanceModel(),
                runtime.runtime.background(), runtime.recoveryClock, RecoveryCopies.none(), path -> { });
        private Lesson lesson;

        static AppModels of(String id) throws Exception {
            AppModels app = new AppModels();
            app.files.attach(WindowState.detached());
            assertTrue(app.files.showBuiltIn(BuiltInLessons.load(id), id));
            app.lesson = app.files.lessonProperty().get();
            return app;
        }

        /** Shows chapter number, counting from 1. */
        void show(int number) {
            files.showView(lesson.chapters().get(number - 1).view());
        }

        /** The loss panel's terms and π after the update at the selected position, with these weights. */
        AppNumbers at(double lambda1, double lambda2, double eta) {
            ObjectiveModel objective = model.objective();
            objective.lambda1().set(lambda1);
            objective.lambda2().set(lambda2);
            objective.stepSize().set(eta);
            LossBreakdown losses = objective.breakdownProperty().get();
            Context context = model.selection().positionProperty().get().position().context();
            return new AppNumbers(losses.rl(), losses.weightedSft(), losses.weightedKl(), losses.total(),
                    objective.previewProperty().get().after(context).probabilities());
        }
    }

    /** Debian's chromium, headless, printing the DOM after the page's scripts ran. */
    static final class Chromium {
        private Chromium() {
        }

        static String dumpDom(Path chromium, URI page, Path profile) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
                    page.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium finished");
            assertEquals(0, process.exitValue(), "chromium's exit code");
            return dom;
        }
    }
}
