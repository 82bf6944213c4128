package org.agenticrl.app.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.training.UpdatePreview;
import org.junit.jupiter.api.Test;

/** The λ sliders move the token bars: what one update would do at the selected position. */
class StepPreviewModelTest {
    private final TestRuntime runtime = new TestRuntime();
    private final SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
    private final StepPreviewModel preview = model.preview();

    private List<Double> after() {
        return preview.barsProperty().get().after();
    }

    @Test
    void theBarsAfterTheUpdateAreTheEnginesPreviewAtTheSelectedContext() {
        model.selection().select(0, 6);
        UpdatePreview engine = model.objective().previewProperty().get();
        Context context = model.selection().positionProperty().get().position().context();
        PreviewedBars bars = preview.barsProperty().get();
        assertEquals(bars.bars().size(), bars.after().size());
        for (int i = 0; i < bars.bars().size(); i++) {
            int id = model.episode().scenario().vocabulary().idOf(bars.bars().get(i).token());
            assertEquals(engine.after(context).probability(id), bars.after().get(i), 0.0);
        }
        assertEquals("Action:", model.episode().scenario().vocabulary().token(context.previous()));
        TermChange top = preview.changesProperty().get().get(0);
        assertTrue(top.after() > top.before(), "after 'Action:' the seed's update pushes the top token up: " + top);
    }

    @Test
    void draggingLambda1MovesTheBarsAndEveryChangeIsPublishedOnce() {
        model.selection().select(1, 0);
        List<PreviewedBars> seen = new ArrayList<>();
        preview.barsProperty().addListener((o, before, now) -> seen.add(now));
        List<Double> before = after();
        model.objective().lambda1().set(2);
        assertEquals(1, seen.size(), "one redraw per slider change");
        assertNotEquals(before, after());
    }

    @Test
    void theNotebooksKlExertsNoForceAndSaysSo() {
        List<Double> light = after();
        model.objective().lambda2().set(2);
        assertEquals(light, after(), "λ2 on a constant changes nothing");
        assertTrue(preview.noteProperty().get().contains(StepPreviewModel.NOTEBOOK_KL));
        assertTrue(preview.noteProperty().get().contains(StepPreviewModel.NOTEBOOK_SFT));
        for (TermChange change : preview.changesProperty().get()) {
            assertEquals(0.0, change.kl(), 0.0, change.token());
        }
        model.objective().klProperty().set(KlVariant.EXACT);
        model.objective().sftProperty().set(SftVariant.EXACT);
        assertEquals("", preview.noteProperty().get());
    }

    @Test
    void switchedOffThereIsNothingAfterTheUpdate() {
        preview.shownProperty().set(false);
        assertTrue(after().isEmpty());
        assertTrue(preview.changesProperty().get().isEmpty());
        assertEquals(model.selection().barsProperty().get(), preview.barsProperty().get().bars());
        preview.shownProperty().set(true);
        assertEquals(model.selection().barsProperty().get().size(), after().size());
        assertEquals(StepPreviewModel.TOP_TOKENS, preview.changesProperty().get().size());
    }
}
