/**
 * The episode on screen: its settings and trajectory ({@link org.agenticrl.app.episode.EpisodeModel}), its beat-by-beat
 * playback, the selected token, and the timeline of step cards with its transport bar; also the traditional model's
 * episode set beside the agent's.
 */
package org.agenticrl.app.episode;
