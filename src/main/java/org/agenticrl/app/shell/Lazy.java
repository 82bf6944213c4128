package org.agenticrl.app.shell;

import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, for the parts of the window that cost start-up time and that many
 * sessions never open (the glossary, the About box, the tabs behind the Episode tab). Use on the FX thread.
 */
final class Lazy<T> {
    private final Supplier<T> make;
    private T made;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    boolean made() {
        return made != null;
    }

    T get() {
        if (made == null) {
            made = make.get();
        }
        return made;
    }
}
