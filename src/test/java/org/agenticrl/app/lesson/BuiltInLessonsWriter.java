package org.agenticrl.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.SessionFiles;
import org.junit.jupiter.api.Test;

/**
 * Not a test: writes the built-in lessons' session files from {@link LessonScripts}, each chapter's view set through
 * the view models and its caption written from what they show. It runs only when asked:
 * {@code mvn test -Dtest=BuiltInLessonsWriter -Dlessons.dir=src/main/resources/org/agenticrl/app/lesson}.
 */
class BuiltInLessonsWriter {
    private static final String DIRECTORY = System.getProperty("lessons.dir");

    @Test
    void writeTheBuiltInLessons() throws Exception {
        assumeTrue(DIRECTORY != null, "run with -Dlessons.dir=DIR to write the built-in lessons");
        for (LessonScripts.Script script : LessonScripts.ALL) {
            LessonFixture fixture = new LessonFixture(ScenarioLoader.builtIn(script.scenario()));
            script.setUp().accept(fixture.model);
            for (int i = 0; i < script.chapters().size(); i++) {
                LessonScripts.Chapter chapter = script.chapters().get(i);
                chapter.setUp().accept(fixture.scripted());
                String caption = chapter.caption().apply(fixture.scripted());
                fixture.lesson.addCurrentView();
                assertEquals(Optional.empty(), fixture.lesson.edit(i, chapter.title(), caption, "", chapter.hidden()));
                fixture.lesson.pointAt(i, Optional.ofNullable(chapter.focus()));
            }
            assertEquals(Optional.empty(), fixture.lesson.rename(script.title()));
            fixture.lesson.jump(0);
            fixture.window.showTab("episode");
            fixture.window.maximise("all");
            Path file = Path.of(DIRECTORY).resolve(script.id() + SessionFiles.EXTENSION);
            Files.createDirectories(file.getParent());
            fixture.files.saveAs(file, () -> { });
            assertTrue(Files.isRegularFile(file));
        }
    }
}
