package org.agenticrl.app.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.episode.SelectionModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.training.UpdatePreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * The episode recomputed under an equal policy (Reset on a policy that never moved, a lesson's chapter) is an equal
     * trajectory: the ghost bars must still follow the selection to its new position, not stay those of the old one.
     */
    @Test
    void theGhostsFollowTheSelectionAfterTheEpisodeIsRecomputedUnchanged() {
        model.selection().select(0, 1);
        model.episode().resetPolicy();
        model.selection().select(0, 6);
        Context context = model.selection().positionProperty().get().position().context();
        assertEquals("Action:", model.episode().scenario().vocabulary().token(context.previous()));
        UpdatePreview engine = model.objective().previewProperty().get();
        assertTrue(engine.trajectory() == model.episode().trajectory(), "the preview is the new episode's");
        PreviewedBars bars = preview.barsProperty().get();
        int calculate = bars.bars().stream().map(Bar::token).toList().indexOf("calculate(");
        assertEquals(engine.after(context).probability(model.episode().scenario().vocabulary().idOf("calculate(")),
                bars.after().get(calculate), 0.0);
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
        assertEquals(StepPreviewModel.NOTEBOOK_KL, preview.silentTermsProperty().get());
        assertEquals(StepPreviewModel.NOTEBOOK_SFT, preview.noteProperty().get());
        for (TermChange change : preview.changesProperty().get()) {
            assertEquals(0.0, change.kl(), 0.0, change.token());
        }
        model.objective().klProperty().set(KlVariant.EXACT);
        model.objective().sftProperty().set(SftVariant.EXACT);
        assertEquals("", preview.noteProperty().get());
        assertEquals(0.0, preview.normsProperty().get().kl(), 0.0, "the pre-trained policy is its own reference");
        assertEquals(StepPreviewModel.KL_HAS_NO_GRADIENT + "the policy equals its reference, so the exact KL and its "
                + "gradient are 0 (train first, or load a sweep cell).", preview.silentTermsProperty().get(),
                "the explanation stays when the variant changes, as long as the gradient is zero");
    }

    /**
     * The lecture's recipe for λ2's pull: a few updates through the Training tab's model, the exact KL, then λ2 up. The
     * ghost of the top token after 'Action:' moves towards its reference bar, and the loss panel's KL is measured
     * from the pre-trained policy that training started from.
     */
    @Test
    void afterTrainingLambda2PullsTheGhostBarsTowardsTheReference() {
        assertTrue(model.training().trainNow(5));
        model.objective().klProperty().set(KlVariant.EXACT);
        model.selection().select(0, 6);
        Bar top = model.selection().barsProperty().get().stream().max(Comparator.comparingDouble(Bar::probability))
                .orElseThrow();
        assertTrue(model.selection().positionProperty().get().trained(), "the reference's bars are drawn");
        assertTrue(top.probability() > top.referenceProbability(), "training moved " + top.token() + " up");
        model.objective().lambda2().set(0);
        double free = afterOf(top.token());
        assertTrue(preview.silentTermsProperty().get().contains("\u03bb2 is 0"), preview.silentTermsProperty().get());
        model.objective().lambda2().set(2);
        double pulled = afterOf(top.token());
        assertTrue(pulled < free && pulled > top.referenceProbability(), top.token() + ": λ2 = 0 gives " + free
                + ", λ2 = 2 gives " + pulled + ", the reference " + top.referenceProbability());
        assertTrue(preview.normsProperty().get().kl() > 0);
        assertEquals("", preview.silentTermsProperty().get(), "every term pulls");
        assertTrue(preview.keyProperty().get().contains(StepPreviewModel.REFERENCE_BARS));
        Policy reference = model.episode().scenario().pretrainedPolicy();
        double exactKl = model.episode().trajectory().steps().stream().flatMap(step -> step.generation().steps().stream())
                .mapToDouble(at -> at.distribution().klDivergenceFrom(reference.distribution(at.context()))).sum();
        assertEquals(exactKl, model.objective().breakdownProperty().get().klByVariant().get(KlVariant.EXACT), 1e-12,
                "the loss panel's KL is measured from the policy training started from");
        model.training().reset();
        assertEquals(0.0, preview.normsProperty().get().kl(), 0.0, "back at the reference, no pull");
        assertTrue(preview.silentTermsProperty().get().contains("the policy equals its reference"));
    }

    private double afterOf(String token) {
        PreviewedBars bars = preview.barsProperty().get();
        for (int i = 0; i < bars.bars().size(); i++) {
            if (bars.bars().get(i).token().equals(token)) {
                return bars.after().get(i);
            }
        }
        throw new AssertionError(token + " is not drawn");
    }

    @Test
    void aWeightOfZeroIsSaidToMoveNothing() {
        model.objective().lambda1().set(0);
        assertEquals(0.0, preview.normsProperty().get().sft(), 0.0);
        assertTrue(preview.silentTermsProperty().get().startsWith("\u03bb1 \u00b7 L_SFT has no gradient: \u03bb1 is 0."),
                preview.silentTermsProperty().get());
        assertTrue(preview.silentTermsProperty().get().endsWith(StepPreviewModel.NOTEBOOK_KL), "one sentence a term");
    }

    @ParameterizedTest(name = "step {0}, token {1}")
    @CsvSource({"0, 0", "0, 6", "1, 0"})
    void theTopBarsAreTheLargestAndTheChosenOne(int step, int token) {
        model.selection().select(step, token);
        List<Bar> all = model.selection().barsProperty().get();
        Context context = model.selection().positionProperty().get().position().context();
        UpdatePreview engine = model.objective().previewProperty().get();
        ToDoubleFunction<Bar> largest = bar -> Math.max(bar.probability(),
                engine.after(context).probability(model.episode().scenario().vocabulary().idOf(bar.token())));
        preview.topOnlyProperty().set(true);
        PreviewedBars top = preview.barsProperty().get();
        assertEquals(top.bars().size(), top.after().size());
        assertTrue(top.bars().stream().anyMatch(Bar::chosen), "the chosen token stays, however improbable");
        double largestLeftOut = all.stream().filter(bar -> !top.bars().contains(bar)).mapToDouble(largest).max()
                .orElseThrow();
        boolean chosenBeside = top.bars().stream().anyMatch(bar -> bar.chosen()
                && largest.applyAsDouble(bar) <= largestLeftOut);
        for (Bar bar : top.bars()) {
            assertTrue(bar.chosen() || largest.applyAsDouble(bar) > largestLeftOut, bar.token() + " stands out of none");
        }
        int standingOut = top.bars().size() - (chosenBeside ? 1 : 0);
        assertTrue(standingOut >= 1 && standingOut <= StepPreviewModel.TOP_TOKENS, standingOut + " bars");
        assertEquals(String.format("Only the %s%s of 22 tokens; the other %d are each at most %s.",
                standingOut == 1 ? "largest" : standingOut + " largest", chosenBeside ? " and the chosen one" : "",
                22 - top.bars().size(), Format.percent(largestLeftOut)), preview.leftOutProperty().get());
        preview.topOnlyProperty().set(false);
        assertEquals(all, preview.barsProperty().get().bars());
        assertEquals("", preview.leftOutProperty().get());
    }

    @Test
    void theChosenTokenSaysHowItWasChosen() {
        assertEquals(SelectionModel.SCRIPTED, model.selection().originProperty().get());
        model.episode().modeProperty().set(EpisodeMode.LIVE);
        model.episode().seed().set(3);
        assertEquals("drawn from \u03c0 (seed 3)", model.selection().originProperty().get());
        model.episode().greedyProperty().set(true);
        assertEquals("the most probable token (greedy decoding)", model.selection().originProperty().get());
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
