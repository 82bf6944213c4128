/**
 * The JavaFX implementations of the runtime the view models are written against (timeline clock, frame ticker,
 * background worker) and the remembered appearance. Tests replace all of them with hand-driven ones.
 */
package org.agenticrl.app.fx;
