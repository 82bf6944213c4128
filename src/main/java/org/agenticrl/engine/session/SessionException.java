package org.agenticrl.engine.session;

import org.agenticrl.engine.FileFieldException;

/**
 * A session file that cannot be opened, with the file, the field path in its JSON (e.g.
 * {@code policy.rows[3].logits[7]}) and the reason.
 */
public final class SessionException extends FileFieldException {
    private static final long serialVersionUID = 1L;

    public SessionException(String source, String path, String reason) {
        super(source, path, reason);
    }
}
