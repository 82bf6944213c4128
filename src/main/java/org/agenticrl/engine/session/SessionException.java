package org.agenticrl.engine.session;

/**
 * A session file that cannot be opened, with where and why: the file, the field path in its JSON (e.g.
 * {@code policy.rows[3].logits[7]}, empty for the file as a whole) and the reason, all in {@link #getMessage()}.
 */
public final class SessionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String reason;

    public SessionException(String source, String path, String reason) {
        super(source + (path.isEmpty() ? "" : ": " + path) + ": " + reason);
        this.source = source;
        this.path = path;
        this.reason = reason;
    }

    /** The file. */
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
