/**
 * The training objective L = L_RL + λ1 L_SFT + λ2 L_KL on the episode on screen: its weights and variants
 * ({@link org.agenticrl.app.objective.ObjectiveModel}) and the panel that shows the engine's breakdown as a formula,
 * a per-step table and a waterfall.
 */
package org.agenticrl.app.objective;
