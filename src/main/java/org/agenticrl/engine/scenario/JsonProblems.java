package org.agenticrl.engine.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson's errors on a scenario file into {@link ScenarioException}s a person can act on. */
final class JsonProblems {
    private static final Pattern JACKSON_LOCATION = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    private JsonProblems() {
    }

    /**
     * Bad syntax names the line and column; an unknown field lists the known ones; a value of the wrong type names
     * its field path and the type the field needs.
     */
    static ScenarioException translate(JsonProcessingException e, String source) {
        JsonProcessingException syntax = syntaxError(e);
        if (syntax != null) {
            JsonLocation location = syntax.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return new ScenarioException(source, "", "malformed JSON" + where + ": " + firstLine(syntax.getOriginalMessage()));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ScenarioException(source, path(unknown), "unknown field '" + unknown.getPropertyName()
                    + "'; known here: " + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String reason = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? "has the wrong type: it must be " + describe(mismatch.getTargetType())
                    : "has the wrong type: " + firstLine(e.getOriginalMessage());
            return new ScenarioException(source, path(mapping), reason);
        }
        return new ScenarioException(source, "", "must hold one JSON object, the scenario");
    }

    /**
     * The error of the text itself (bad syntax, cut short, nested too deep), also when data binding wrapped it in a
     * field's error; null when the text is JSON and only its content is wrong.
     */
    private static JsonProcessingException syntaxError(JsonProcessingException e) {
        Throwable cause = e instanceof JsonMappingException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof JsonParseException || cause instanceof StreamConstraintsException
                ? (JsonProcessingException) cause : null;
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [ ... ]";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object { ... }" : type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The first line of Jackson's message, at most 200 characters, its locations written "line 1, column 61". */
    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String located = JACKSON_LOCATION.matcher(message).replaceAll("line $1, column $2");
        int newline = located.indexOf('\n');
        String line = newline < 0 ? located : located.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
