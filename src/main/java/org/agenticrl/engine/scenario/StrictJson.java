package org.agenticrl.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The strict JSON the project's files are read with (scenario files, and session files, which embed a scenario): a
 * value is never converted to another type, a field given twice is refused, unknown fields are refused, anything that
 * is not standard JSON is refused; absent fields are left out when writing. {@link #translate} turns Jackson's errors
 * into messages with the file, the field path and the reason in words.
 */
public final class StrictJson {
    private StrictJson() {
    }

    /** A new mapper that reads strictly, refuses texts longer than maxChars and writes indented JSON. */
    public static ObjectMapper mapper(long maxChars) {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength((int) Math.min(Integer.MAX_VALUE, maxChars)).build());
        return mapper;
    }

    /**
     * The file, field path and reason of a Jackson error; call it while the parser that failed is still open.
     *
     * @param kind what the file holds, for the messages about its shape ("scenario", "session")
     */
    public static ScenarioException translate(JsonProcessingException e, String source, String kind) {
        return JsonProblems.translate(e, source, kind);
    }
}
