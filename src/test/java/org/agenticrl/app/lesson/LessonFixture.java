package org.agenticrl.app.lesson;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.session.WindowState;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.Scenario;

/** A window's models without a window: session, file, a detached layout and the lesson, on the test thread. */
final class LessonFixture {
    final TestRuntime runtime = new TestRuntime();
    final SessionModel model;
    final WindowState window = WindowState.detached();
    final SessionFileModel files;
    final LessonModel lesson;
    final List<StatusMessage> reports = new ArrayList<>();

    LessonFixture(Scenario scenario) {
        model = new SessionModel(scenario, runtime.runtime);
        files = new SessionFileModel(model, new AppearanceModel(), runtime.runtime.background(),
                runtime.recoveryClock, RecoveryCopies.none(), path -> { });
        files.attach(window);
        lesson = new LessonModel(files, runtime.runtime.background(), reports::add);
    }

    LessonScripts.Window scripted() {
        return new LessonScripts.Window(model, window);
    }
}
