package org.agenticrl.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.runs.RunModel;
import org.agenticrl.engine.runs.RunExtract;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.Lesson;
import org.agenticrl.engine.session.SessionDocument;
import org.agenticrl.engine.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter that shows a real run shows it from the run the lesson carries: the real-run lesson, saved to a folder
 * of its own and opened from there (no run anywhere on disk), shows each Run-tab chapter's view, step and sample; a
 * run opened from files since is replaced by the lesson's when a Run-tab chapter is shown; and a chapter is added over
 * the Run tab only when the lesson can carry its run.
 */
class RunChapterTest {
    private static final String LESSON = "toy-to-real-run";

    @TempDir
    Path folder;

    private LessonFixture opened() throws Exception {
        Path file = folder.resolve("lecture").resolve(LESSON + SessionFiles.EXTENSION);
        Files.createDirectories(file.getParent());
        SessionFiles.save(BuiltInLessons.load(LESSON), file);
        LessonFixture fixture = new LessonFixture(ScenarioLoader.seed());
        fixture.files.open(file);
        fixture.lesson.present();
        assertEquals(List.of(), fixture.reports.stream().filter(StatusMessage::error).toList());
        return fixture;
    }

    @Test
    void theRealRunLessonShowsEveryRunChapterFromTheRunItCarries() throws Exception {
        LessonFixture fixture = opened();
        RunModel runs = fixture.model.runs();
        Lesson lesson = fixture.files.lessonProperty().get();
        RunExtract carried = lesson.run().orElseThrow();
        assertFalse(Files.exists(Path.of(carried.name())), "no run of that name lies where the test runs");
        int runChapters = 0;
        for (int i = 0; i < lesson.chapters().size(); i++) {
            fixture.lesson.jump(i);
            Optional<Lesson.RunPlace> place = lesson.chapters().get(i).view().run();
            if (place.isEmpty()) {
                continue;
            }
            runChapters++;
            assertEquals("run", fixture.window.tab());
            assertEquals(Optional.of(carried), runs.extract());
            assertEquals(place.get().view(), runs.viewProperty().get());
            assertEquals(place, runs.place(), "chapter " + (i + 1) + " shows the place it names");
            if (!place.get().view().equals("overview")) {
                assertEquals(place.get().step(), runs.step().stepProperty().get());
                assertEquals(8, runs.step().rowsProperty().get().size(), "a whole group of the toy's run");
            }
            if (place.get().view().equals("sample")) {
                assertEquals(place.get().sample(), runs.sample().sampleProperty().get().index());
            }
        }
        assertEquals(5, runChapters);
        assertEquals(List.of(1L, 20L, 40L), runs.overviewProperty().get().steps().stream()
                .map(step -> step.step()).toList());
    }

    @Test
    void aRunOpenedSinceMakesWayForTheLessonsRunAndAChapterOverItIsRefused() throws Exception {
        LessonFixture fixture = opened();
        RunModel runs = fixture.model.runs();
        runs.open(Path.of("src/test/resources/runs/verl-multiturn"));
        assertEquals(Optional.empty(), runs.extract());
        fixture.window.showTab("run");
        fixture.lesson.addCurrentView();
        StatusMessage refusal = fixture.reports.get(fixture.reports.size() - 1);
        assertTrue(refusal.error() && refusal.text().contains("opened from its files"), refusal.text());
        assertEquals(6, fixture.lesson.chapters().size(), "nothing was added");

        fixture.lesson.jump(2);
        assertEquals(fixture.files.lessonProperty().get().run(), runs.extract(), "the lesson's run is back");
        assertEquals(1L, runs.step().stepProperty().get());
    }

    @Test
    void aChapterAddedOverTheLessonsRunKeepsTheRunAndALessonWithoutRunChaptersDropsIt() throws Exception {
        LessonFixture fixture = opened();
        fixture.lesson.jump(3);
        fixture.lesson.addCurrentView();
        Lesson grown = fixture.files.lessonProperty().get();
        assertEquals(7, grown.chapters().size());
        assertEquals(Optional.of(new Lesson.RunPlace("sample", 1, 2)), grown.chapters().get(4).view().run());
        SessionDocument saved = SessionFiles.parse(SessionFiles.toJson(fixture.files.document()), "saved.arl");
        assertEquals(grown, saved.lesson().orElseThrow(), "the run travels in the saved file");

        for (int i = grown.chapters().size() - 1; i >= 1; i--) {
            fixture.lesson.delete(i);
        }
        assertEquals(Optional.empty(), fixture.files.lessonProperty().get().run(),
                "a lesson whose chapters show no run carries none");
    }
}
