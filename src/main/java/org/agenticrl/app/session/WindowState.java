package org.agenticrl.app.session;

import java.util.ArrayList;
import java.util.List;

/**
 * What of the window's own layout a session keeps: which of the Episode tab's views is maximised and which tab is
 * showing, by the ids a session file uses. The window implements it; {@link #detached()} holds the two ids for a model
 * without a window (tests, the command line).
 */
public interface WindowState {
    /** The maximised-view ids, in the order of their shortcuts (Ctrl+1 to Ctrl+4). */
    List<String> VIEWS = List.of("all", "timeline", "tokens", "objective");
    /**
     * The tab ids; "comparison" exists only for a scenario with a traditional model, "run" only once a run is open (a
     * lesson that carries a run opens it).
     */
    List<String> TABS = List.of("episode", "training", "sweep", "comparison", "run");

    /** The view the user asked to maximise, one of {@link #VIEWS}: what a session keeps. */
    String maximised();

    /**
     * The view on screen, one of {@link #VIEWS}: the one maximised, or the single view the window falls back to
     * when "all" was asked for and the three do not fit its width at its text size. What a lesson chapter records,
     * so that presenting it shows what its author saw.
     */
    default String shownView() {
        return maximised();
    }

    /** @param view one of {@link #VIEWS} */
    void maximise(String view);

    String tab();

    /** @param tab one of {@link #TABS}; a tab the window does not have shows the Episode tab */
    void showTab(String tab);

    /** Calls onChange after every change of either. */
    void addListener(Runnable onChange);

    /** Two ids in memory, for a model without a window. */
    static WindowState detached() {
        return new WindowState() {
            private final List<Runnable> listeners = new ArrayList<>();
            private String view = VIEWS.get(0);
            private String shown = TABS.get(0);

            @Override
            public String maximised() {
                return view;
            }

            @Override
            public void maximise(String next) {
                view = next;
                listeners.forEach(Runnable::run);
            }

            @Override
            public String tab() {
                return shown;
            }

            @Override
            public void showTab(String next) {
                shown = next;
                listeners.forEach(Runnable::run);
            }

            @Override
            public void addListener(Runnable onChange) {
                listeners.add(onChange);
            }
        };
    }
}
