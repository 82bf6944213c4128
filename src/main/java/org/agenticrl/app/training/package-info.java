/**
 * Real training, watched live: the run's settings, status and curve ({@link org.agenticrl.app.training.TrainingModel}),
 * where the policy moved ({@link org.agenticrl.app.training.DriftModel}), and the Training tab's controls, learning
 * curves and drift view.
 */
package org.agenticrl.app.training;
