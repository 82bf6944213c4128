#!/usr/bin/env python3
"""Writes the current-format verl and rLLM fixtures under src/test/resources/runs/ (see its README.md).

Each file is written as the framework's own writer writes it (read from their sources; commits in src/site/markdown/runs.md):
- verl: RayPPOTrainer._dump_generations: "{global_steps}.jsonl", json.dumps(entry, ensure_ascii=False) per line,
  lines joined by newlines with one at the end; keys input, output, gts, score, step, then the reward extras, which
  may overwrite score; the text decoded with skip_special_tokens=True, so a Qwen chat keeps its role lines and its
  <tool_call>/<tool_response> tags; validation dumps go to trainer.validation_data_dir (here val/).
- rLLM: EpisodeLogger.log_episode and log_episodes_batch: episodes/{mode}_step_{S}_epoch_{E}/episode_hash{h}_id{id}.json
  with json.dumps(indent=2) and a newline, batch_summary.json beside them; and the eval store, EvalEpisodeStore:
  meta.json and episodes/episode_{idx:06d}_{task_id}.json with json.dump(indent=2) of Episode.model_dump(mode="json").
"""
import hashlib
import json
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/runs"
SYSTEM = ("system\nYou are a careful math problem solver. You may call the `calculator` tool.\n\n# Tools\n\n"
          "<tools>\n{\"type\": \"function\", \"function\": {\"name\": \"calculator\", \"parameters\": {\"type\": "
          "\"object\", \"properties\": {\"expression\": {\"type\": \"string\"}}}}}\n</tools>\n")


def prompt(question):
    return SYSTEM + "user\n" + question + "\nassistant\n"


def tool_turn(expression, result, answer, broken=False):
    call = ("{\"name\": \"calculator\", \"arguments\": {\"expression\": \"" + expression + "\"}"
            if broken else json.dumps({"name": "calculator", "arguments": {"expression": expression}}))
    return ("<think>I should compute " + expression + " with the tool.</think>\n<tool_call>\n" + call
            + "\n</tool_call>\nuser\n<tool_response>\n" + result + "\n</tool_response>\nassistant\n"
            + "The result is " + result + ". The answer is \\boxed{" + answer + "}.")


def dump_generations(path, step, rows):
    """RayPPOTrainer._dump_generations for one step: rows of (input, output, gts, score, extras)."""
    os.makedirs(path, exist_ok=True)
    lines = []
    for inp, out, gts, score, extras in rows:
        entry = {"input": inp, "output": out}
        if gts is not ...:
            entry["gts"] = gts
        entry["score"] = score
        entry["step"] = step
        entry.update(extras)
        lines.append(json.dumps(entry, ensure_ascii=False))
    with open(os.path.join(path, f"{step}.jsonl"), "w") as f:
        f.write("\n".join(lines) + "\n")


def verl():
    base = os.path.join(ROOT, "verl-multiturn")
    q1 = "Leah paid $200 for spaying and 3 vaccines at $20 each. How much in all?"
    q2 = "What is 17 * 23?"
    dump_generations(base, 1, [
        (prompt(q1), tool_turn("200 + 3 * 20", "260", "260"), "260", 1.0, {"acc": True, "request_id": "r1-0"}),
        (prompt(q1), tool_turn("200 + 3 * 20", "260", "250"), "260", 0.0, {"acc": False, "request_id": "r1-1"}),
        (prompt(q2), tool_turn("17 * 23", "391", "391"), ["391"], 1.0, {"acc": True, "request_id": "r1-2"}),
        (prompt(q2), "17 * 23 is \\boxed{381}.", ["391"], 0.0, {"acc": False, "request_id": "r1-3"}),
    ])
    # numpy values written as strings; an extra key "score" overwriting the summed score; gts a dict, null or absent;
    # a <tool_call> whose JSON is broken; no request_id (verl adds it only when the batch has one)
    dump_generations(base, 2, [
        (prompt(q1), tool_turn("200 + 3 * 20", "260", "260"), {"answer": "260"}, "1.0", {"acc": "True",
                                                                                       "format": "0.5"}),
        (prompt(q1), tool_turn("200 + 3 * 20", "260", "260", broken=True), None, "0.5", {"acc": "False",
                                                                                        "format": "0.0"}),
        (prompt(q2), tool_turn("17 * 23", "391", "391"), ..., 1.0, {"acc": "True", "format": "1.0"}),
        (prompt(q2), tool_turn("17 * 23", "391", "391"), ..., 1.0, {"acc": "True", "format": "1.0"}),
    ])
    dump_generations(os.path.join(base, "val"), 2, [
        (prompt(q2), tool_turn("17 * 23", "391", "391"), "391", 1.0, {"acc": True}),
        (prompt(q1), "\\boxed{250}", "260", 0.0, {"acc": False}),
    ])


def task_hash(task, length=8):
    return hashlib.sha256(json.dumps(task, sort_keys=True, default=str).encode()).hexdigest()[:length]


def rllm_step(observation, response, action, reward, done):
    return {"observation": observation, "thought": "", "action": action, "reward": reward, "done": done,
            "model_response": response, "chat_completions": [], "timing": {}}


def episode(task, task_id, rollout, correct, reward_first, final):
    calls = [{"id": "c0", "type": "function", "function": {"name": "calculator",
                                                           "arguments": json.dumps({"expression": "17 * 23"})}}]
    steps = [rllm_step(task["question"], "I will use the calculator.", calls, reward_first, False),
             rllm_step("391", "The answer is \\boxed{" + final + "}.", {"answer": final}, 1.0 if correct else 0.0,
                       True)]
    return {"training_step": None, "epoch": 0, "episode_id": f"{task_id}:{rollout}", "session_id": None, "task": task,
            "task_hash": task_hash(task), "is_correct": correct, "termination_reason": "env_done",
            "metrics": {"steps": 2}, "metadata": {}, "timing": {},
            "trajectories": [{"name": "solver", "uid": f"u-{task_id}-{rollout}", "reward": None, "num_steps": 2,
                              "timing": {}, "steps": steps}]}


def rllm():
    base = os.path.join(ROOT, "rllm-current", "episodes")
    task = {"question": "What is 17 * 23?", "ground_truth": "391"}
    for mode, step, outcomes in (("train", 1, [(True, "391"), (False, "381")]),
                                 ("train", 2, [(True, "391"), (True, "391")]),
                                 ("val", 2, [(True, "391")])):
        folder = os.path.join(base, f"{mode}_step_{step}_epoch_0")
        os.makedirs(folder, exist_ok=True)
        names = []
        for rollout, (correct, final) in enumerate(outcomes):
            data = episode(task, "task17", rollout, correct, 0.1 if correct else -0.1, final)
            data["training_step"] = step
            name = f"episode_hash{data['task_hash']}_id{data['episode_id'].replace(':', '_')}.json"
            names.append(name)
            with open(os.path.join(folder, name), "w") as f:
                f.write(json.dumps(data, indent=2, default=str) + "\n")
        summary = {"training_step": step, "epoch": 0, "mode": mode, "num_episodes": len(outcomes),
                   "episode_files": names, "summary_stats": {"total_correct": sum(c for c, _ in outcomes),
                                                              "total_incorrect": sum(not c for c, _ in outcomes),
                                                              "accuracy": sum(c for c, _ in outcomes) / len(outcomes),
                                                              "avg_trajectories_per_episode": 1.0}}
        with open(os.path.join(folder, "batch_summary.json"), "w") as f:
            json.dump(summary, f, indent=2)
    store = os.path.join(ROOT, "rllm-eval")
    os.makedirs(os.path.join(store, "episodes"), exist_ok=True)
    with open(os.path.join(store, "meta.json"), "w") as f:
        json.dump({"dataset": "gsm8k", "model": "Qwen/Qwen3-4B", "agent": "math_tool", "timestamp": "2026-05-02"},
                  f, indent=2)
    for idx, (correct, final) in enumerate([(True, "391"), (False, "381")]):
        data = episode(task, "task17", idx, correct, 0.0, final)
        del data["training_step"], data["epoch"], data["task_hash"], data["timing"], data["episode_id"]
        data.update({"id": f"task17:{idx}", "artifacts": {}, "eval_idx": idx})
        with open(os.path.join(store, "episodes", f"episode_{idx:06d}_task17.json"), "w") as f:
            json.dump(data, f, indent=2)


verl()
rllm()
