package org.agenticrl.app.controls;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * Asks for a glossary entry to be shown: fired at a glossary link when it is clicked, it bubbles up to the window,
 * which opens the glossary there. The views that show a term need not know where the glossary lives.
 */
public final class GlossaryRequest extends Event {
    public static final EventType<GlossaryRequest> OPEN = new EventType<>(Event.ANY, "GLOSSARY_OPEN");
    private static final long serialVersionUID = 1L;

    private final String term;

    public GlossaryRequest(String term) {
        super(OPEN);
        this.term = term;
    }

    /** The id of the entry to show, e.g. "advantage". */
    public String term() {
        return term;
    }
}
