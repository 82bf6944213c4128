package org.agenticrl.app.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.agenticrl.app.common.Format;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepParameter;
import org.agenticrl.engine.training.TrainingConfig;

/**
 * One axis of the sweep as the user sets it: the setting, and its values typed as a list ("0, 0.01, 0.1"). Choosing
 * another setting puts that setting's default values in the list. {@link #axis} reads the list against the training
 * settings and says what is wrong with it; until then the text is only text.
 */
public final class AxisInput {
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]{1,3})?");
    private static final Pattern SEPARATOR = Pattern.compile("[,;\\s]+");

    private final ObjectProperty<SweepParameter> parameter = new SimpleObjectProperty<>(this, "parameter");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    AxisInput(SweepParameter initial) {
        parameter.addListener((o, before, after) -> {
            text.set(list(defaults(after)));
            problem.set("");
        });
        text.addListener((o, before, after) -> problem.set(""));
        parameter.set(initial);
    }

    /** The values a setting is swept over unless the user says otherwise: spaced for the question it answers. */
    static double[] defaults(SweepParameter parameter) {
        return switch (parameter) {
            case LAMBDA1 -> new double[] {0, 0.01, 0.03, 0.1, 0.3, 1, 2};
            case LAMBDA2 -> new double[] {0, 0.001, 0.01, 0.1, 1, 2};
            case LR -> new double[] {0.3, 1, 3, 10, 30};
            case GROUP -> new double[] {2, 4, 8, 16, 32};
            case GAMMA -> new double[] {0, 0.5, 0.9, 0.99, 1};
        };
    }

    private static String list(double[] values) {
        return java.util.Arrays.stream(values).mapToObj(Format::compact).collect(Collectors.joining(", "))
                .replace('\u2212', '-');
    }

    /**
     * The axis the text describes, each value checked against the settings it would change; empty, with the reason in
     * {@link #problemProperty()}, when the text does not describe one.
     */
    Optional<SweepAxis> axis(TrainingConfig base) {
        String trimmed = text.get().strip();
        if (trimmed.isEmpty()) {
            return refuse(parameter.get().id() + " needs at least one value");
        }
        List<Double> values = new ArrayList<>();
        for (String word : SEPARATOR.split(trimmed)) {
            if (!NUMBER.matcher(word).matches()) {
                return refuse(Format.quote(word) + " is not a number");
            }
            values.add(Double.parseDouble(word));
        }
        try {
            SweepAxis axis = new SweepAxis(parameter.get(), values);
            axis.requireValidFor(base);
            return Optional.of(axis);
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
    }

    /** Shows a saved axis: its setting and its values. */
    void restore(SweepAxis axis) {
        parameter.set(axis.parameter());
        text.set(list(axis.values().stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private Optional<SweepAxis> refuse(String reason) {
        problem.set(reason);
        return Optional.empty();
    }

    public ObjectProperty<SweepParameter> parameterProperty() {
        return parameter;
    }

    /** The values as typed, separated by commas, semicolons or spaces. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the values were refused when a sweep was last asked for; empty when nothing is wrong or after an edit. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
