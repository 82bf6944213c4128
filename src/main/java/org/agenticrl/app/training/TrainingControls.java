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
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Choices;
import org.agenticrl.app.controls.Icons;
import org.agenticrl.app.controls.Labels;
import org.agenticrl.app.controls.ValueField;
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
        getStyleClass().add("view");
        Label title = Labels.title("Training");
        progressText.setId("training-progress");
        progressText.getStyleClass().add("mono");
        progressText.setWrapText(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        divergence.setId("divergence");
        divergence.getStyleClass().add("divergence");
        divergence.setWrapText(true);
        divergence.setVisible(false);
        divergence.setManaged(false);
        Label settingsTitle = new Label("Settings of the next run");
        settingsTitle.getStyleClass().add("step-title");
        Label locked = new Label("Reset to change them.");
        locked.getStyleClass().add("muted");
        locked.visibleProperty().bind(training.statusProperty().isNotEqualTo(TrainingStatus.READY));
        locked.managedProperty().bind(locked.visibleProperty());
        GridPane settings = settings(training.settings());
        settings.disableProperty().bind(training.statusProperty().isNotEqualTo(TrainingStatus.READY));
        Button useLoss = button("Use the loss panel's objective", "train-use-loss", "Train with the \u03bb1, \u03bb2, "
                + "reward mode and SFT/KL variants set on the Episode tab", () -> training.settings().useLoss(lossSettings.get()));
        useLoss.disableProperty().bind(settings.disableProperty());
        Button pin = button("Pin this run", "pin", "Keep this run's curves on the charts to compare the next run with",
                training::pin);
        pin.disableProperty().bind(Bindings.createBooleanBinding(() -> training.curveProperty().get().isEmpty(),
                training.curveProperty()));
        Button clear = button("Clear pins", "clear-pins", "Remove the pinned runs", training::clearPins);
        clear.disableProperty().bind(Bindings.isEmpty(training.pins()));
        Button watch = button("Watch a fresh episode", "watch", "A new live episode of the current policy, played in "
                + "the Episode tab", watchFreshEpisode);
        getChildren().addAll(title, transport(), progressText, progress, divergence, settingsTitle, locked, useLoss, settings,
                new HBox(8, pin, clear), watch);
        training.curveProperty().addListener((o, before, after) -> showProgress());
        training.statusProperty().addListener((o, before, after) -> showProgress());
        training.settings().episodesProperty().addListener((o, before, after) -> showProgress());
        training.divergenceProperty().addListener((o, before, after) -> showDivergence(after));
        showProgress();
    }

    private javafx.scene.layout.FlowPane transport() {
        Button start = button("Train", "train-start", "Start or continue training", training::start);
        start.setGraphic(Icons.of(Icons.PLAY));
        Button pause = button("Pause", "train-pause", "Pause after the update in progress", training::pause);
        pause.setGraphic(Icons.of(Icons.PAUSE));
        Button step = button("Step", "train-step", "One update", training::stepOnce);
        Button reset = button("Reset", "train-reset", "Back to the pre-trained policy", training::reset);
        reset.setGraphic(Icons.of(Icons.RESET));
        var status = training.statusProperty();
        start.disableProperty().bind(status.isNotEqualTo(TrainingStatus.READY).and(status.isNotEqualTo(TrainingStatus.PAUSED)));
        pause.disableProperty().bind(status.isNotEqualTo(TrainingStatus.RUNNING));
        step.disableProperty().bind(start.disableProperty());
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
        grid.addRow(row++, label("Rewards"), Choices.of(RewardMode.class, settings.rewardModeProperty(), "train-reward"));
        grid.addRow(row++, label("Advantage"), Choices.of(AdvantageEstimator.class, settings.estimatorProperty(), "train-advantage"));
        grid.addRow(row++, label("Optimizer"), Choices.of(OptimizerKind.class, settings.optimizerProperty(), "train-optimizer"));
        grid.addRow(row++, label("L_SFT"), Choices.of(SftVariant.class, settings.sftProperty(), "train-sft"));
        grid.addRow(row++, label("L_KL"), Choices.of(KlVariant.class, settings.klProperty(), "train-kl"));
        ValueField[] fields = {
            new ValueField("Learning rate", "Step size of each update (type a huge one, e.g. 1e308 with clipping off, "
                    + "to see training diverge)", settings.learningRateProperty(), TrainingSettings.LEARNING_RATE, true, 3)
                    .sliderUpTo(TrainingSettings.LEARNING_RATE_SLIDER_MAX),
            new ValueField("Clip norm", "The gradient's norm is clipped to this before each update; 0 turns clipping off",
                    settings.clipProperty(), TrainingSettings.CLIP, false, 2),
            new ValueField("Group", "Episodes per update; the group GRPO, Dr.GRPO and RLOO compare",
                    settings.groupSizeProperty(), TrainingSettings.GROUP, false, 0),
            new ValueField("\u03bb1 SFT", "Weight of the expert demonstration", settings.lambda1Property(),
                    TrainingSettings.LAMBDA, false, 3),
            new ValueField("\u03bb2 KL", "Weight of staying near the pre-trained policy", settings.lambda2Property(),
                    TrainingSettings.LAMBDA, false, 3),
            new ValueField("Episodes", "Training stops after this many episodes", settings.episodesProperty(),
                    TrainingSettings.EPISODES, false, 0).typedOnly(),
            new ValueField("Seed", "The numpy seed of the run's sampling: the same seed replays the same run",
                    settings.seedProperty(), TrainingSettings.SEED, false, 0).typedOnly(),
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

    private void showProgress() {
        int episodes = training.episodes();
        int target = (int) training.settings().episodesProperty().get();
        int updates = training.curveProperty().get().size();
        progressText.setText(training.statusProperty().get().label() + " \u00b7 update " + updates + " \u00b7 "
                + episodes + " / " + target + " episodes");
        progress.setProgress(Math.min(1.0, (double) episodes / target));
    }

    private void showDivergence(Divergence problem) {
        boolean shown = problem != null;
        divergence.setVisible(shown);
        divergence.setManaged(shown);
        if (shown) {
            divergence.setText("\u26a0 Training diverged at update " + problem.update() + ": " + problem.problem()
                    + ". The policy is the last finite one. To fix it: " + problem.advice() + ", then Reset and Train.");
        }
    }
}
