/**
 * The presenter view, for a lecture with a second screen: the room sees the lesson full screen on its screen, and
 * the lecturer's screen shows the chapter, its speaker notes, the next chapter and a timer.
 * {@link org.agenticrl.app.presenter.PresenterModel} derives what the view shows from the lesson and chooses the
 * screens ({@link org.agenticrl.app.presenter.ScreenChoice}, over {@link org.agenticrl.app.presenter.Screens});
 * {@link org.agenticrl.app.presenter.PresenterWindow} puts the two windows on their screens.
 */
package org.agenticrl.app.presenter;
