package org.agenticrl.engine.session;

import org.agenticrl.engine.Identified;

/** Checks a session file's fields, refusing the first bad one with the file, its path and the reason. */
final class Fields {
    private final String source;

    Fields(String source) {
        this.source = source;
    }

    SessionException refuse(String path, String reason) {
        return new SessionException(source, path, reason);
    }

    <T> T need(T value, String path) throws SessionException {
        if (value == null) {
            throw refuse(path, "is missing");
        }
        return value;
    }

    /** A present, finite number (1e999 reads as infinity, which no field accepts). */
    double finite(Double value, String path) throws SessionException {
        if (!Double.isFinite(need(value, path))) {
            throw refuse(path, "is not a finite number (" + value + ")");
        }
        return value;
    }

    /** A finite number, or NaN where the field is absent. */
    double finiteOrNaN(Double value, String path) throws SessionException {
        return value == null ? Double.NaN : finite(value, path);
    }

    int whole(Integer value, String path, int min) throws SessionException {
        if (need(value, path) < min) {
            throw refuse(path, "must be at least " + min + ", got " + value);
        }
        return value;
    }

    <E extends Enum<E> & Identified> E choice(Class<E> type, String id, String path, String kind)
            throws SessionException {
        return engine(() -> Identified.fromId(type, need(id, path), kind), path);
    }

    interface Check<T> {
        T get() throws SessionException;
    }

    /** What an engine constructor makes of the fields, or its refusal (an IllegalArgumentException) at the path. */
    <T> T engine(Check<T> make, String path) throws SessionException {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw refuse(path, e.getMessage());
        }
    }
}
