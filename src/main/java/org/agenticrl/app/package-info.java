/**
 * The desktop app: one window over one {@link org.agenticrl.app.session.SessionModel}. Data flows one way: a control
 * writes a view model's input, the view model asks the engine and publishes read-only results, and every view bound
 * to them redraws once. This package holds only the entry points: {@link org.agenticrl.app.AgenticRlApp} builds the
 * window (and opens it, with its start-up work that needs no FX thread begun beforehand on a worker thread),
 * {@link org.agenticrl.app.WindowLauncher} starts it (or says in one line why it cannot). Features live in
 * sub-packages, each with its view model beside its views.
 */
package org.agenticrl.app;
