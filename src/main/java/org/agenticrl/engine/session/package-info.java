/**
 * Session files ({@code .arl}): the whole state of a window as versioned JSON ({@link
 * org.agenticrl.engine.session.SessionFile} is the format, {@link org.agenticrl.engine.session.SessionDocument} what
 * it means), read strictly and validated against its scenario ({@link org.agenticrl.engine.session.SessionFiles}), and
 * written atomically so that a crash or a full disk never leaves a broken file ({@link
 * org.agenticrl.engine.session.AtomicWrite}).
 */
package org.agenticrl.engine.session;
