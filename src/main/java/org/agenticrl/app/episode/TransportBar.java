package org.agenticrl.app.episode;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.controls.Icons;
import org.agenticrl.app.controls.Styles;

/** Reset, step back, play/pause, step, show all, speed, and a scrubber over the episode's beats. */
final class TransportBar extends HBox {
    private static final Double[] SPEEDS = {1.0, 2.0, 3.0, 5.0, 10.0};

    private final Slider scrubber = new Slider();
    private final Label position = new Label();

    TransportBar(PlaybackModel playback, javafx.beans.value.ObservableValue<BeatSchedule> beats) {
        super(4);
        setId("transport");
        setAlignment(Pos.CENTER_LEFT);
        Button reset = button("reset", Icons.RESET, "Reset: hide the episode (R)", playback::reset);
        Button back = button("step-back", Icons.BACK, "Step back (\u2190)", playback::stepBack);
        Button play = button("play", Icons.PLAY, "Play / pause (Space)", playback::togglePlay);
        Button step = button("step", Icons.STEP, "Step: reveal the next token (\u2192)", () -> {
            playback.pause();
            playback.step();
        });
        Button end = button("show-all", Icons.END, "Show the whole episode (End)", playback::showAll);
        playback.playingProperty().addListener((o, was, playing) ->
                play.setGraphic(Icons.of(playing ? Icons.PAUSE : Icons.PLAY)));
        back.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> playback.atStart().get(), playback.atStart()));
        step.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> playback.atEnd().get(), playback.atEnd()));
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speed");
        speed.getItems().addAll(SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : Format.fixed(value, 0) + "/s";
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("/s", ""));
            }
        });
        speed.setValue(playback.speedProperty().get());
        speed.valueProperty().addListener((o, before, after) -> playback.speedProperty().set(after));
        speed.setTooltip(new Tooltip("BeatSchedule speed in tokens per second"));
        speed.setMinWidth(USE_PREF_SIZE);
        scrubber.setId("scrubber");
        scrubber.setMin(0);
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setSnapToTicks(true);
        scrubber.setMinWidth(60);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setTooltip(new Tooltip("Drag through the episode"));
        scrubber.setAccessibleText("Position in the episode");
        scrubber.valueProperty().addListener((o, before, after) -> {
            if (scrubber.isValueChanging() || scrubber.isPressed()) {
                playback.pause();
                playback.seek((int) Math.round(after.doubleValue()));
            }
        });
        position.getStyleClass().addAll(Styles.MUTED, Styles.MONO);
        position.setMinWidth(USE_PREF_SIZE);
        Runnable sync = () -> {
            scrubber.setMax(beats.getValue().beatCount());
            scrubber.setValue(playback.cursorProperty().get());
            position.setText(playback.cursorProperty().get() + "/" + beats.getValue().beatCount());
        };
        playback.cursorProperty().addListener((o, before, after) -> sync.run());
        beats.addListener((o, before, after) -> sync.run());
        sync.run();
        getChildren().addAll(reset, back, play, step, end, speed, scrubber, position);
    }

    private static Button button(String id, String icon, String help, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(Icons.of(icon));
        button.setTooltip(new Tooltip(help));
        button.setAccessibleText(help);
        button.setOnAction(event -> action.run());
        return button;
    }
}
