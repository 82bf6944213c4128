package org.agenticrl.engine.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns Jackson's errors on a scenario file into {@link ScenarioException}s a person can act on: the field path where
 * it is known, the line and column of malformed JSON, and the reason in words (see {@link JsonSyntax}), never a Java
 * type or a parser feature.
 */
final class JsonProblems {
    private JsonProblems() {
    }

    /**
     * Bad syntax names the line and column (and the field, when the bad part is a value); an unknown field lists the
     * known ones; a value of the wrong type names its field path, the type the field needs and what it holds instead.
     * Call it while the parser that failed is still open: the value it was reading is quoted from it.
     */
    static ScenarioException translate(JsonProcessingException e, String source) {
        return translate(e, source, "scenario");
    }

    /** As {@link #translate(JsonProcessingException, String)}, for a file that holds a {@code kind} (e.g. "session"). */
    static ScenarioException translate(JsonProcessingException e, String source, String kind) {
        JsonProcessingException syntax = syntaxError(e);
        if (syntax != null) {
            JsonSyntax.Reason reason = JsonSyntax.explain(syntax.getOriginalMessage());
            String path = reason.atValue() && syntax.getProcessor() instanceof JsonParser parser
                    ? path(parser.getParsingContext()) : "";
            return new ScenarioException(source, path, "malformed JSON" + where(syntax) + ": " + reason.text());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ScenarioException(source, path(unknown), "unknown field '" + unknown.getPropertyName()
                    + "'; known here: " + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new ScenarioException(source, path(mapping), wrongValue(mapping));
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return new ScenarioException(source, "", "there is more text after the " + kind + "'s closing }" + where(e)
                    + "; a " + kind + " file holds one JSON object");
        }
        return new ScenarioException(source, "", "must hold one JSON object, the " + kind);
    }

    /**
     * The error of the text itself (bad syntax, cut short, nested too deep), also when data binding wrapped it in a
     * field's error; none when the text is JSON and only its content is wrong.
     */
    private static @Nullable JsonProcessingException syntaxError(JsonProcessingException e) {
        Throwable cause = e instanceof JsonMappingException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof JsonParseException || cause instanceof StreamConstraintsException
                ? (JsonProcessingException) cause : null;
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** A value that is valid JSON but not what its field holds. */
    private static String wrongValue(JsonMappingException e) {
        if (e.getCause() instanceof InputCoercionException tooBig) {
            String number = JsonSyntax.abbreviate(text(tooBig.getProcessor()));
            return number + " is far too " + (number.startsWith("-") ? "small" : "large") + " for this field";
        }
        String found = found(e.getProcessor());
        String instead = found == null ? "" : ", not " + found;
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "has the wrong type: it must be " + describe(mismatch.getTargetType()) + instead;
        }
        return "cannot hold this value" + (found == null ? "" : " (" + found + ")");
    }

    /** What the value the parser stopped at is, in words, with the value itself when it is short, if known. */
    private static @Nullable String found(Object processor) {
        if (!(processor instanceof JsonParser parser) || parser.currentToken() == null) {
            return null;
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case VALUE_STRING -> "the text \"" + JsonSyntax.abbreviate(text(parser)) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + JsonSyntax.abbreviate(text(parser));
            case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> token.asString();
            case START_ARRAY -> "a list [ ... ]";
            case START_OBJECT -> "an object { ... }";
            default -> null;
        };
    }

    private static String text(Object processor) {
        try {
            return processor instanceof JsonParser parser && parser.getText() != null ? parser.getText() : "";
        } catch (IOException e) {
            return "";
        }
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
        return render(e.getPath().stream()
                .<Object>map(reference -> reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex())
                .toList());
    }

    /** The field path of the place the parser was reading. */
    private static String path(JsonStreamContext context) {
        List<Object> steps = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            steps.add(0, at.inObject() ? at.getCurrentName() : at.getCurrentIndex());
        }
        return render(steps);
    }

    /**
     * A field path such as {@code model.transitions.need[0]}.
     *
     * @param steps field names (String) and list indexes (Integer); null and negative indexes are skipped
     */
    private static String render(List<Object> steps) {
        StringBuilder path = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof String name) {
                path.append(path.length() > 0 ? "." : "").append(name);
            } else if (step instanceof Integer index && index >= 0) {
                path.append('[').append(index).append(']');
            }
        }
        return path.toString();
    }
}
