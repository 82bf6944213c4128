package org.agenticrl.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An enum constant with a short lower-case id used in files and on the command line, and a one-line description.
 * Implemented by enums only.
 */
public interface Identified {
    /** The constant's name in lower case ("drgrpo" for DRGRPO), unless the enum says otherwise. */
    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    String description();

    /**
     * The constant of type with this id.
     *
     * @param kind what the constants are, for the message, e.g. "KL variant"
     * @throws IllegalArgumentException "unknown KL variant 'x'; use notebook, exact, k1, k2 or k3"
     */
    static <E extends Enum<E> & Identified> E fromId(Class<E> type, String id, String kind) {
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.id().equals(id)) {
                return constant;
            }
        }
        String ids = Arrays.stream(constants).map(Identified::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + kind + " '" + id + "'; use one of: " + ids);
    }
}
