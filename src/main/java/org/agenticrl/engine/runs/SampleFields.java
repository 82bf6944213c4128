package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;

/** The two fields every line-per-sample record needs, checked the same way for every format. */
final class SampleFields {
    private SampleFields() {
    }

    /** A whole-number step, or null with "no step" reported. */
    static Long step(JsonNode node, SkipReport report, String file, long line) {
        if (node != null && node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        report.add(new Skipped(file, line, "no step", node == null ? "the field step is missing"
                : "step is " + Json.text(node) + ", not a whole number"));
        return null;
    }

    /** A finite numeric reward, or null with "no reward" reported. */
    static Double reward(JsonNode node, String field, SkipReport report, String file, long line) {
        Double value = node != null && node.isNumber() ? node.asDouble() : null;
        if (value != null && Double.isFinite(value)) {
            return value;
        }
        report.add(new Skipped(file, line, "no reward", node == null ? "the field " + field + " is missing"
                : field + " is " + Json.text(node) + ", not a finite number"));
        return null;
    }
}
