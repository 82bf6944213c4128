package org.agenticrl.app.training;

import java.util.Arrays;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.GlossaryLinks;
import org.agenticrl.app.controls.Choices;
import org.agenticrl.app.controls.Icons;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.controls.ValueField;
import org.agenticrl.app.objective.ObjectiveModel;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.training.Divergence;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;

/**
 * Start, pause, single update, reset and speed; the run's progress and, if it diverged, why and what to change; the
 * settings of the next run (locked while a run has updates); pinning runs for comparison; and watching a fresh
 * episode of the current policy.
 */
final class TrainingControls extends VBox {
    private final TrainingModel training;
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label divergence = new Label();

    /**
     * @param lossSettings the Episode tab's loss settings, which "Use the loss panel's objective" copies
     */
    TrainingControls(TrainingModel training, Supplier<LossSettings> lossSettings, Runnable watchFreshEpisode) {
        this.training = training;
        setId("training-controls");
        getStyleClass().add(Styles.VIEW);
        Label title = Labels.title("Training");
        progressText.setId("training-progress");
        progressText.getStyleClass().add(Styles.MONO);
        progressText.setWrapText(true);
        progressText.setMinHeight(Region.USE_PREF_SIZE);
        progress.setMaxWidth(Double.MAX_VALUE);
        divergence.setId("divergence");
        divergence.getStyleClass().add(Styles.DIVERGENCE);
        divergence.setWrapText(true);
        Styles.showWhen(divergence, training.divergenceProperty().isNotNull());
        Label settingsTitle = new Label("Settings of the next run");
        settingsTitle.getStyleClass().add(Styles.STEP_TITLE);
        Label locked = new Label("Reset to change them.");
        locked.getStyleClass().add(Styles.MUTED);
        Styles.showWhen(locked, training.settingsLocked());
        GridPane settings = settings(training.settings());
        settings.disableProperty().bind(training.settingsLocked());
        Button useLoss = button("Use the loss panel's objective", "train-use-loss", "Train with the \u03bb1, \u03bb2, "
                + "reward mode and SFT/KL variants set on the Episode tab", () -> training.settings().useLoss(lossSettings.get()));
        useLoss.disableProperty().bind(settings.disableProperty());
        Button pin = button("Pin this run", "pin", "Keep this run's curves on the charts to compare the next run with",
                training::pin);
        pin.disableProperty().bind(training.hasUpdates().not());
        Button clear = button("Clear pins", "clear-pins", "Remove the pinned runs", training::clearPins);
        clear.disableProperty().bind(Bindings.isEmpty(training.pins()));
        Button watch = button("Watch a fresh episode", "watch", "A new live episode of the current policy, played in "
                + "the Episode tab", watchFreshEpisode);
        getChildren().addAll(title, transport(), progressText, progress, divergence, settingsTitle, locked, useLoss, settings,
                new HBox(8, pin, clear), watch);
        progress.progressProperty().bind(training.progressProperty());
        progressText.textProperty().bind(Bindings.createStringBinding(() -> training.statusProperty().get().label()
                        + " \u00b7 update " + training.curveProperty().get().size() + " \u00b7 "
                        + training.episodesDoneProperty().get() + " / " + Format.whole(training.settings().episodes().get())
                        + " episodes", training.statusProperty(), training.curveProperty(), training.episodesDoneProperty(),
                training.settings().episodes().valueProperty()));
        training.divergenceProperty().addListener((o, before, after) -> showDivergence(after));
    }

    private javafx.scene.layout.FlowPane transport() {
        Button start = button("Train", "train-start", "Start or continue training", training::start);
        start.setGraphic(Icons.of(Icons.PLAY));
        Button pause = button("Pause", "train-pause", "Pause after the update in progress", training::pause);
        pause.setGraphic(Icons.of(Icons.PAUSE));
        Button step = button("Step", "train-step", "One update", training::stepOnce);
        Button reset = button("Reset", "train-reset", "Back to the pre-trained policy", training::reset);
        reset.setGraphic(Icons.of(Icons.RESET));
        start.disableProperty().bind(training.canStart().not());
        pause.disableProperty().bind(training.running().not());
        step.disableProperty().bind(training.canStart().not());
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("train-speed");
        speed.getItems().addAll(Arrays.stream(TrainingSettings.SPEEDS).boxed().toList());
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : value.isInfinite() ? "max" : Format.fixed(value, 0) + "/s";
            }

            @Override
            public Double fromString(String text) {
                return "max".equals(text) ? Double.POSITIVE_INFINITY : Double.valueOf(text.replace("/s", ""));
            }
        });
        speed.setValue(training.settings().speedProperty().get());
        speed.valueProperty().addListener((o, before, after) -> training.settings().speedProperty().set(after));
        speed.setTooltip(new Tooltip("Updates per second; max runs as fast as the machine can"));
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(6, 6, start, pause, step, reset, speed);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static GridPane settings(TrainingSettings settings) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        grid.addRow(row++, GlossaryLinks.explain(label("Rewards"), "process-reward"),
                Choices.of(RewardMode.class, settings.rewardModeProperty(), "train-reward"));
        grid.addRow(row++, GlossaryLinks.explain(label("Advantage"), "group-estimators"),
                Choices.of(AdvantageEstimator.class, settings.estimatorProperty(), "train-advantage"));
        grid.addRow(row++, label("Optimizer"), Choices.of(OptimizerKind.class, settings.optimizerProperty(), "train-optimizer"));
        grid.addRow(row++, GlossaryLinks.explain(label("L_SFT"), "l-sft"),
                Choices.of(SftVariant.class, settings.sftProperty(), "train-sft"));
        grid.addRow(row++, GlossaryLinks.explain(label("L_KL"), "kl-estimators"),
                Choices.of(KlVariant.class, settings.klProperty(), "train-kl"));
        ValueField[] fields = {
            new ValueField("Learning rate", "Step size of each update (type a huge one, e.g. 1e308 with clipping off, "
                    + "to see training diverge)", settings.learningRate(), true)
                    .sliderUpTo(TrainingSettings.LEARNING_RATE_SLIDER_MAX),
            new ValueField("Clip norm", "The gradient's norm is clipped to this before each update; 0 turns clipping off",
                    settings.clip(), false),
            new ValueField("Group", "Episodes per update; the group GRPO, Dr.GRPO and RLOO compare",
                    settings.groupSize(), false),
            new ValueField("\u03bb1 SFT", "Weight of the expert demonstration", settings.lambda1(), false)
                    .sliderUpTo(ObjectiveModel.LAMBDA_SLIDER_MAX).explain("lambda1"),
            new ValueField("\u03bb2 KL", "Weight of staying near the pre-trained policy", settings.lambda2(), false)
                    .sliderUpTo(ObjectiveModel.LAMBDA_SLIDER_MAX).explain("lambda2"),
            new ValueField("Episodes", "Training stops after this many episodes", settings.episodes(), false)
                    .typedOnly(),
            new ValueField("Seed", "The numpy seed of the run's sampling: the same seed replays the same run",
                    settings.seed(), false).typedOnly().columns(11),
        };
        String[] ids = {"train-lr", "train-clip", "train-group", "train-lambda1", "train-lambda2", "train-episodes", "train-seed"};
        for (int i = 0; i < fields.length; i++) {
            fields[i].setId(ids[i]);
            grid.add(fields[i], 0, row++, 2, 1);
        }
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static Button button(String text, String id, String help, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        button.setOnAction(event -> action.run());
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    private void showDivergence(Divergence problem) {
        if (problem != null) {
            divergence.setText("\u26a0 Training diverged at update " + problem.update() + ": " + problem.problem()
                    + ". The policy is the last finite one. To fix it: " + problem.advice() + ", then Reset and Train.");
        }
    }
}
