package org.agenticrl.engine.scenario;

/**
 * A scenario that cannot be used, with where and why: the file (or built-in id), the field path in the JSON
 * (e.g. {@code model.transitions.foo[0]}) and the reason, all in {@link #getMessage()}.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String reason;

    public ScenarioException(String source, String path, String reason) {
        super(source + (path.isEmpty() ? "" : ": " + path) + ": " + reason);
        this.source = source;
        this.path = path;
        this.reason = reason;
    }

    /** The file path or built-in id. */
    public String source() {
        return source;
    }

    /** The JSON field path, empty for the file as a whole. */
    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
