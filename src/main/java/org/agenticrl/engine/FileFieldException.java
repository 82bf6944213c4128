package org.agenticrl.engine;

/**
 * A file the engine refuses, with where and why: the file (or a built-in's id), the field path in its JSON (e.g.
 * {@code model.transitions.foo[0]}, empty for the file as a whole) and the reason, all in {@link #getMessage()} as
 * "file: path: reason". Scenario and session files say their problems this way, so that every surface (the window's
 * banner, the command line) can show them alike.
 */
public abstract class FileFieldException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String reason;

    protected FileFieldException(String source, String path, String reason) {
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
