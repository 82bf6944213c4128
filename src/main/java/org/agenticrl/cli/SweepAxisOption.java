package org.agenticrl.cli;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.engine.Identified;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepParameter;
import org.agenticrl.engine.training.TrainingConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/** Reads a sweep axis written {@code NAME=V1,V2,...}; every refusal is a usage error that names the option. */
final class SweepAxisOption {
    private SweepAxisOption() {
    }

    /**
     * The axis the text describes, checked against the base config (every value in its setting's range).
     *
     * @param option the option's name for messages, e.g. "--x"
     */
    static SweepAxis parse(CommandSpec spec, String option, String text, TrainingConfig base) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw Arguments.invalid(spec, option + " takes NAME=V1,V2,... (e.g. lambda1=0,0.1,1), got '" + text + "'");
        }
        try {
            SweepParameter parameter = Identified.fromId(SweepParameter.class, text.substring(0, equals),
                    "sweep setting");
            String list = text.substring(equals + 1);
            if (list.isEmpty()) {
                throw new IllegalArgumentException(parameter.id() + " has no values; list them after '=', e.g. "
                        + parameter.id() + "=1,2");
            }
            List<Double> values = new ArrayList<>();
            for (String value : list.split(",", -1)) {
                values.add(AsciiNumbers.toDouble(value));
            }
            SweepAxis axis = new SweepAxis(parameter, values);
            axis.requireValidFor(base);
            return axis;
        } catch (IllegalArgumentException | TypeConversionException e) {
            throw Arguments.invalid(spec, option + ": " + e.getMessage());
        }
    }
}
