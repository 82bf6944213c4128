/**
 * The composition root of the view models: {@link org.agenticrl.app.session.SessionModel} owns one of each feature's
 * models, wires them together over one episode, and carries the status line.
 */
package org.agenticrl.app.session;
