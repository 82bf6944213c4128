package org.agenticrl.engine.runs;

/** The rollout formats a {@link Run} can be read from, each with the name users know it by. */
public enum RunFormat {
    VERL("verl rollout dump ({step}.jsonl)"),
    TRL("TRL GRPO completions (completions_{step}.parquet)"),
    RLLM("rLLM episode logs (episodes/*_step_*_epoch_*/episode_*.json)"),
    INSPECT("inspect_ai log (.eval or .json)"),
    APP_EPISODE("Agentic RL Visualizer episode export (JSON)"),
    AGENTIC_JSONL("Agentic RL Visualizer run lines (JSONL)");

    private final String label;

    RunFormat(String label) {
        this.label = label;
    }

    /** A human-readable name, e.g. "verl rollout dump ({step}.jsonl)". */
    public String label() {
        return label;
    }
}
