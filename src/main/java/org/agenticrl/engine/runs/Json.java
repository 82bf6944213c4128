package org.agenticrl.engine.runs;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The run readers' JSON: one mapper that accepts long strings (a 10 MB response), and lenient field access. */
final class Json {
    /** The longest line or document read: longer ones are skipped and reported. */
    static final int MAX_DOCUMENT_BYTES = 64 << 20;

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_DOCUMENT_BYTES).build());
    }

    private Json() {
    }

    /** Jackson's reason for refusing some JSON, without where in its source it started (the source is not shown). */
    static String reason(com.fasterxml.jackson.core.JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\(start marker at .*$", "");
    }

    /** A string field as is, any other value as its JSON text, a missing or null one as "". */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return node.isTextual() ? node.asText() : node.toString();
    }

    /** A number (or a boolean as 1/0) as a double, anything else as null. */
    static Double number(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        return node.isBoolean() ? (node.asBoolean() ? 1.0 : 0.0) : null;
    }

    /**
     * As {@link #number}, and also a string that spells a number or a boolean the way Python's {@code str} writes numpy
     * values ("0.5", "1e-3", "True", "false"); null for any other string. The pattern of a number is
     * {@link #NUMBER_PATTERN}, the same one the summaries' SQL uses, so that both read the same values.
     */
    static Double lenientNumber(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return number(node);
        }
        String text = node.asText();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return text.equalsIgnoreCase("true") ? 1.0 : 0.0;
        }
        return text.matches(NUMBER_PATTERN) ? Double.parseDouble(text) : null;
    }

    /** A decimal number in ASCII: an optional sign, digits with an optional point, an optional exponent. */
    static final String NUMBER_PATTERN = "[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?";

    /** A boolean, or a number read as "more than zero", or null. */
    static Boolean truth(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isNumber() ? node.asDouble() > 0 : null;
    }
}
