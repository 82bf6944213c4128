package org.agenticrl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agenticrl.app.AgenticRlApp;
import org.agenticrl.app.LessonFrames;
import org.agenticrl.app.lesson.ChapterCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lesson --list}: the built-in lessons' ids. {@code lesson SOURCE --frames DIR}: presents every chapter as the
 * room sees it, without a display, writes DIR/NN.png and says per chapter whether what it points at is wholly visible
 * and clear of the caption band, and which controls show their text cut. {@code lesson SOURCE --html OUT}: the lesson
 * as one self-contained web page, with the chapters it left out.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "Check a lesson as the room sees it: render every chapter to DIR/NN.png (no display needed) and "
                + "report, per chapter, whether its focus is visible and which controls are cut; or write it as one "
                + "web page (--html) that students open offline in any browser; --list prints the built-in lessons' "
                + "ids.")
final class LessonCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d{3,4})x(\\d{3,4})");

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "a built-in lesson's id (see --list) or a session file (.arl) with a lesson")
    String source;
    @Option(names = "--list", description = "print the built-in lessons: id, then title, one a line")
    boolean list;
    @Option(names = "--frames", paramLabel = "DIR", description = "write each chapter's picture to DIR/NN.png")
    Path frames;
    @Option(names = "--html", paramLabel = "OUT", description = "write the lesson as one self-contained web page to OUT")
    Path html;
    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x720",
            description = "the window's size in pixels (default: ${DEFAULT-VALUE}, a projector's)")
    String size;
    @Option(names = "--text-scale", paramLabel = "S", defaultValue = "1.0",
            description = "text scale, 0.8 to 2 (1.6 for the back row of a hall)")
    double textScale;
    @Option(names = "--theme", paramLabel = "light|dark|both",
            description = "the look (default: light; for --html both, and the reader's system chooses)")
    String theme;
    @Mixin
    Output output;

    /** The JSON output of --frames: the lesson and, per chapter, what the room sees. */
    record Report(String lesson, int width, int height, double textScale, String theme, String frames,
                  List<ChapterCheck> chapters) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            if (source != null || frames != null || html != null) {
                throw Arguments.invalid(spec, "--list takes no SOURCE, no --frames and no --html");
            }
            List<String> ids = LessonFrames.builtInIds();
            List<String> titles = LessonFrames.builtInTitles();
            for (int i = 0; i < ids.size(); i++) {
                out.println(ids.get(i) + "\t" + titles.get(i));
            }
            return 0;
        }
        if (source == null) {
            throw Arguments.invalid(spec, "name a lesson: a built-in id (lesson --list) or a session file");
        }
        Matcher dimensions = SIZE.matcher(size);
        if (!dimensions.matches()) {
            throw Arguments.invalid(spec, "--size: '" + size + "' is not WIDTHxHEIGHT, e.g. 1280x720");
        }
        int width = Integer.parseInt(dimensions.group(1));
        int height = Integer.parseInt(dimensions.group(2));
        Arguments.inRange(spec, "--size width", width, 960, 3840);
        Arguments.inRange(spec, "--size height", height, 600, 2160);
        Arguments.inRange(spec, "--text-scale", textScale, AgenticRlApp.MIN_TEXT_SCALE, AgenticRlApp.MAX_TEXT_SCALE);
        if (frames != null && html != null) {
            throw Arguments.invalid(spec, "--frames and --html are two runs: give one");
        }
        String look = theme == null ? (html == null ? "light" : "both") : theme;
        if (!look.equals("light") && !look.equals("dark") && !(html != null && look.equals("both"))) {
            throw Arguments.invalid(spec, "--theme: '" + look + "' is neither light nor dark"
                    + (html == null ? "" : " nor both"));
        }
        if (html != null) {
            LessonFrames.PageReport page = LessonFrames.webPage(new LessonFrames.PageRequest(source, html, width,
                    height, textScale, !look.equals("dark"), !look.equals("light")));
            output.print(out, page, () -> text(page));
            return 0;
        }
        List<ChapterCheck> checks = LessonFrames.present(new LessonFrames.Request(source, frames, width, height,
                textScale, look.equals("dark")));
        Report report = new Report(source, width, height, textScale, look,
                frames == null ? null : frames.toString(), checks);
        output.print(out, report, () -> text(report));
        return 0;
    }

    private static String text(LessonFrames.PageReport page) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d of %d chapters in %s (%s bytes)%n", page.lesson(),
                page.chapters().size(), page.chapters().size() + page.leftOut().size(), page.out(),
                String.format(Locale.ROOT, "%,d", page.bytes())));
        for (LessonFrames.PageReport.Chapter chapter : page.chapters()) {
            text.append(String.format(Locale.ROOT, "%02d  %s%s%n", chapter.index(), chapter.title(),
                    chapter.live() ? "  (live: the weights move its numbers)" : ""));
        }
        for (LessonFrames.PageReport.LeftOut left : page.leftOut()) {
            text.append(String.format(Locale.ROOT, "left out %02d  %s: %s%n", left.index(), left.title(),
                    left.reason()));
        }
        return text.toString().stripTrailing();
    }

    private static String text(Report report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s at %dx%d, text scale %s, %s%s%n", report.lesson(), report.width(),
                report.height(), Arguments.plain(report.textScale()), report.theme(),
                report.frames() == null ? "" : "; pictures in " + report.frames()));
        for (ChapterCheck check : report.chapters()) {
            String focus = check.focus() == null ? "no focus"
                    : "focus " + check.focus() + (check.focusVisible() ? " visible" : " NOT wholly visible")
                    + (check.focusCovered() ? ", under the caption band" : "");
            text.append(String.format(Locale.ROOT, "%02d  %s: %s; %s%n", check.index(), check.title(), focus,
                    check.truncated().isEmpty() ? "no text cut" : "cut: " + String.join(", ", check.truncated())));
        }
        return text.toString().stripTrailing();
    }
}
