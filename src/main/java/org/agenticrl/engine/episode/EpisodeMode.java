package org.agenticrl.engine.episode;

/** Where an episode's actions come from. */
public enum EpisodeMode {
    /** The seed's scripted agent: fixed token sequences, scored by the policy as the seed scores them. */
    NOTEBOOK,
    /** The policy samples every action token by token; the parser and tools run on what it actually wrote. */
    LIVE
}
