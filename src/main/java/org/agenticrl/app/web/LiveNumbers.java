package org.agenticrl.app.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agenticrl.app.episode.SelectedPosition;
import org.agenticrl.app.objective.ObjectiveModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.training.DriftModel;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.text.Vocabulary;
import org.agenticrl.engine.training.UpdateTerms;

/**
 * A chapter's live numbers ({@link LiveChapter}), read off the session's view models as the chapter left them: the
 * loss panel's settings and breakdown, the selected position and the update the token view previews.
 */
public final class LiveNumbers {
    /** The Episode tab's views that show the loss panel; of them, {@link #TOKEN_VIEWS} show the token distribution. */
    private static final Set<String> LOSS_VIEWS = Set.of("all", "objective");
    private static final Set<String> TOKEN_VIEWS = Set.of("all", "tokens");

    private LiveNumbers() {
    }

    /**
     * The live numbers of what the window shows, if it shows the token distribution or the loss panel.
     *
     * @param tab the tab on screen (the app's id)
     * @param shownView the Episode tab's view on screen (the app's id)
     */
    public static Optional<LiveChapter> of(SessionModel model, String tab, String shownView) {
        boolean tokens = TOKEN_VIEWS.contains(shownView);
        if (!tab.equals("episode") || !(tokens || LOSS_VIEWS.contains(shownView))) {
            return Optional.empty();
        }
        ObjectiveModel objective = model.objective();
        return Optional.of(new LiveChapter(objective.lambda1().get(), objective.lambda2().get(),
                objective.stepSize().get(), objective.breakdownProperty().get(),
                tokens ? Optional.of(tokens(model)) : Optional.empty()));
    }

    private static LiveChapter.Tokens tokens(SessionModel model) {
        SelectedPosition position = model.selection().positionProperty().get();
        Context context = position.position().context();
        Trajectory trajectory = model.episode().trajectory();
        Vocabulary vocabulary = model.episode().scenario().vocabulary();
        UpdateTerms terms = UpdateTerms.of(model.episode().scenario(), trajectory,
                model.objective().breakdownProperty().get(), model.episode().currentPolicy(),
                model.episode().currentReference(), List.of(context));
        String where = "Step " + (position.step() + 1) + ", token " + (position.token() + 1) + ": "
                + DriftModel.label(context, vocabulary);
        return new LiveChapter.Tokens(where, vocabulary.tokens(), position.position().token(), terms,
                model.objective().previewProperty().get().after(context).probabilities(),
                position.trained() ? Optional.of(position.reference().probabilities()) : Optional.empty());
    }
}
