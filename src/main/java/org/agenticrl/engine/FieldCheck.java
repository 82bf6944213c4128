package org.agenticrl.engine;

/**
 * The checks every file the engine reads shares (scenario and session files): each refuses the first bad field with
 * a {@link FileFieldException} of the file's own kind, naming the file, the field's path and the reason. One
 * vocabulary: a field is {@linkplain #required required}, {@linkplain #finite finite}, {@linkplain #positive
 * positive}, {@linkplain #bounded bounded}, {@linkplain #atLeast at least} a minimum, a {@linkplain #choice choice} of
 * ids, or what an {@linkplain #engine engine} constructor accepts. Immutable.
 *
 * @param <E> the file's exception, made by the {@link Refusal} given
 */
public class FieldCheck<E extends FileFieldException> {
    /** Makes a file's exception from the file, the field's path and the reason. */
    @FunctionalInterface
    public interface Refusal<E extends FileFieldException> {
        E of(String source, String path, String reason);
    }

    /** Something that makes a value from fields, or refuses them. */
    @FunctionalInterface
    public interface Check<T, E extends FileFieldException> {
        T get() throws E;
    }

    private final String source;
    private final Refusal<E> refusal;

    /** @param source the file path or built-in id, for messages */
    public FieldCheck(String source, Refusal<E> refusal) {
        this.source = source;
        this.refusal = refusal;
    }

    /** The refusal of the field at path, for the caller to throw. */
    public E refuse(String path, String reason) {
        return refusal.of(source, path, reason);
    }

    /** value; refused ("is missing") when it is null. */
    public <T> T required(T value, String path) throws E {
        if (value == null) {
            throw refuse(path, "is missing");
        }
        return value;
    }

    /** value; refused when it is missing or blank. */
    public String requiredText(String value, String path) throws E {
        if (required(value, path).isBlank()) {
            throw refuse(path, "is empty");
        }
        return value;
    }

    /** A present, finite number (1e999 reads as infinity, which no field accepts). */
    public double finite(Double value, String path) throws E {
        if (!Double.isFinite(required(value, path))) {
            throw refuse(path, "is not a finite number (" + value + ")");
        }
        return value;
    }

    /** A finite number, or NaN where the field is absent. */
    public double finiteOrNaN(Double value, String path) throws E {
        return value == null ? Double.NaN : finite(value, path);
    }

    /** value, or fallback when it is null; refused unless positive and finite. */
    public double positive(Double value, double fallback, String path) throws E {
        double number = value == null ? fallback : value;
        if (!(number > 0) || !Double.isFinite(number)) {
            throw refuse(path, "must be a positive finite number, is " + number);
        }
        return number;
    }

    /** value, or fallback when it is null; refused unless within [min, max]. */
    public int bounded(Integer value, int fallback, int min, int max, String path) throws E {
        int number = value == null ? fallback : value;
        if (number < min || number > max) {
            throw refuse(path, "must be between " + min + " and " + max + ", is " + number);
        }
        return number;
    }

    /** A present whole number of at least min. */
    public int atLeast(Integer value, String path, int min) throws E {
        if (required(value, path) < min) {
            throw refuse(path, "must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** The constant of an {@link Identified} enum that id names; refused when it is missing or names none. */
    public <C extends Enum<C> & Identified> C choice(Class<C> type, String id, String path, String kind) throws E {
        return engine(() -> Identified.fromId(type, required(id, path), kind), path);
    }

    /** What an engine constructor makes of the fields, or its refusal (an IllegalArgumentException) at the path. */
    public <T> T engine(Check<T, E> make, String path) throws E {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw refuse(path, e.getMessage());
        }
    }
}
