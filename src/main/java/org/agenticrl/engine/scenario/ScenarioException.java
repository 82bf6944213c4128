package org.agenticrl.engine.scenario;

import org.agenticrl.engine.FileFieldException;

/**
 * A scenario that cannot be used, with the file (or built-in id), the field path in the JSON (e.g.
 * {@code model.transitions.foo[0]}) and the reason.
 */
public final class ScenarioException extends FileFieldException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String source, String path, String reason) {
        super(source, path, reason);
    }
}
