#!/usr/bin/env python3
"""Writes a synthetic verl-style rollout dump: a folder of {step}.jsonl, one line per sample, exactly the keys
verl's RayPPOTrainer._dump_generations writes (input, output, gts, score, step) plus the reward_extra_infos keys
acc and request_id. Default: 500 steps x 2,000 samples (groups of 8 per prompt), about 1 GB.

    python3 bench/make_verl_dump.py /tmp/verl-1g [--steps 500] [--samples 2000] [--group 8] [--seed 0]
"""
import argparse
import json
import os

import numpy as np

WORDS = ("the of and to in is that for it as with was on be by this are or from at which have an not but "
         "step answer so we need compute first then total equals let check result therefore boxed").split()


def text(rng, length):
    return " ".join(WORDS[i] for i in rng.integers(0, len(WORDS), length))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--steps", type=int, default=500)
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--group", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.folder, exist_ok=True)
    rng = np.random.default_rng(args.seed)
    for step in range(1, args.steps + 1):
        skill = step / args.steps  # the policy gets better: the success rate rises from about 0.2 to 0.8
        lines = []
        for prompt_index in range(args.samples // args.group):
            prompt = f"Problem {step}-{prompt_index}: " + text(rng, 50)
            answer = str(int(rng.integers(0, 1000)))
            for _ in range(args.group):
                correct = bool(rng.random() < 0.2 + 0.6 * skill)
                response = text(rng, int(rng.integers(80, 200))) + f" \\boxed{{{answer if correct else 0}}}"
                lines.append(json.dumps({"input": prompt, "output": response, "gts": answer,
                                         "score": 1.0 if correct else 0.0, "step": step, "acc": correct,
                                         "request_id": f"{step}-{len(lines)}"}, ensure_ascii=False))
        with open(os.path.join(args.folder, f"{step}.jsonl"), "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
