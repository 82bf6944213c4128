#!/usr/bin/env python3
"""Writes an inspect_ai .eval log in the current format (inspect_ai 0.3.206 and later), for tests and benchmarks.

The shape follows inspect_ai's writer, read from its source (UKGovernmentBEIS/inspect_ai, commit 499e6152e7b8):
- the zip is written by Python's zipfile with every entry compressed with Zstandard, ZIP method 93, as
  src/inspect_ai/_util/zipfile.py does through the zipfile_zstd patch on Python < 3.14 (the same patch is made here,
  with the zstandard module: Debian's python3-zstandard);
- entries in the recorder's order (src/inspect_ai/log/_recorders/eval.py): _journal/start.json, samples/{id}_epoch_{n}.json,
  _journal/summaries/1.json, summaries.json, reductions.json, header.json;
- a sample's model events are condensed (src/inspect_ai/event/_pool.py): "input": [] with "input_refs", ranges
  [start, end_exclusive] into "events_data": {"messages": [...], "calls": []}; long strings are "attachment://<hash>"
  references into the sample's "attachments" (src/inspect_ai/log/_condense.py);
- scores are the letters C and I of a match scorer, epochs several attempts of one sample id.

Usage: make_inspect_log.py OUT.eval [--samples N] [--epochs E] [--turns T] [--logprobs] [--filler CHARS] [--seed S]
       [--status success|cancelled|error]
The benchmark's log: make_inspect_log.py /tmp/inspect-1g.eval --samples 200000 --filler 9000 (about 1 GB).
"""
import argparse
import hashlib
import io
import json
import random
import zipfile

import zstandard

ZIP_ZSTANDARD = 93
_get_compressor = zipfile._get_compressor
_check_compression = zipfile._check_compression


def _zstd_compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_ZSTANDARD:
        return zstandard.ZstdCompressor(level=3).compressobj()
    return _get_compressor(compress_type, compresslevel)


def _zstd_check(compression):
    if compression != ZIP_ZSTANDARD:
        _check_compression(compression)


zipfile._get_compressor = _zstd_compressor
zipfile._check_compression = _zstd_check
zipfile.compressor_names[ZIP_ZSTANDARD] = "zstd"

WORDS = ("the agent calls the calculator then checks the result before it answers with a number and a short reason "
         "tool output observation reward step policy token group advantage sample epoch score model search answer "
         "python bash file list read write error retry plan think verify").split()


def text(rng, chars):
    out = []
    length = 0
    while length < chars:
        word = rng.choice(WORDS)
        out.append(word)
        length += len(word) + 1
    return " ".join(out)


def attach(attachments, value):
    digest = hashlib.md5(value.encode()).hexdigest()
    attachments[digest] = value
    return "attachment://" + digest


def logprobs(rng, words):
    content = []
    for word in words:
        top = sorted(({"token": " " + rng.choice(WORDS), "logprob": -rng.random() * 4} for _ in range(3)),
                     key=lambda t: -t["logprob"])
        chosen = {"token": " " + word, "logprob": -rng.random()}
        content.append({**chosen, "top_logprobs": [chosen] + top})
    return {"content": content}


def sample(rng, sample_id, epoch, turns, filler, with_logprobs):
    a, b = rng.randint(2, 99), rng.randint(2, 99)
    question = f"What is {a} * {b}? Use the calculator, then answer with the number."
    attachments = {}
    system = {"id": f"s{sample_id}", "role": "system", "source": "generate",
              "content": attach(attachments, "You are a careful assistant. " + text(rng, max(filler // 3, 40)))}
    user = {"id": f"u{sample_id}", "role": "user", "source": "input", "content": question}
    pool = [system, user]
    messages = [system, user]
    events = [{"event": "sample_init", "timestamp": "2026-05-02T10:00:00+00:00", "sample": {"input": question}}]
    correct = rng.random() < 0.5
    for turn in range(turns):
        last = turn == turns - 1
        refs = [[0, len(pool)]]
        if last:
            words = (["The", "answer", "is", str(a * b if correct else a * b + 1)])
            assistant = {"id": f"a{sample_id}_{turn}", "role": "assistant", "source": "generate",
                         "content": " ".join(words), "model": "example/model"}
        else:
            words = ["I", "will", "use", "the", "calculator"]
            assistant = {"id": f"a{sample_id}_{turn}", "role": "assistant", "source": "generate",
                         "content": " ".join(words) + ". " + text(rng, filler // (3 * turns)),
                         "tool_calls": [{"id": f"call_{turn}", "function": "calculator", "type": "function",
                                         "arguments": {"expression": f"{a} * {b}"}}], "model": "example/model"}
        choice = {"message": assistant, "stop_reason": "stop" if last else "tool_calls"}
        if with_logprobs:
            choice["logprobs"] = logprobs(rng, words)
        events.append({"event": "model", "model": "example/model", "input": [], "input_refs": refs, "tools": [],
                       "tool_choice": "auto", "config": {}, "output": {"model": "example/model", "choices": [choice]}})
        messages.append(assistant)
        pool.append(assistant)
        if not last:
            result = str(a * b) + "\n" + text(rng, filler // (3 * turns))
            tool = {"id": f"t{sample_id}_{turn}", "role": "tool", "tool_call_id": f"call_{turn}",
                    "function": "calculator", "content": attach(attachments, result)}
            events.append({"event": "tool", "type": "function", "id": f"call_{turn}", "function": "calculator",
                           "arguments": {"expression": f"{a} * {b}"}, "result": tool["content"]})
            messages.append(tool)
            pool.append(tool)
    score = {"match": {"value": "C" if correct else "I", "answer": str(a * b), "explanation": question}}
    events.append({"event": "score", "score": score["match"]})
    return {"id": sample_id, "epoch": epoch, "input": question, "target": str(a * b), "messages": messages,
            "output": {"model": "example/model", "choices": [{"message": messages[-1], "stop_reason": "stop"}],
                       "completion": messages[-1]["content"]},
            "scores": score, "metadata": {}, "store": {}, "events": events, "model_usage": {},
            "attachments": attachments, "events_data": {"messages": pool, "calls": []}}


def summary(s):
    return {"id": s["id"], "epoch": s["epoch"], "input": s["input"], "target": s["target"], "metadata": {},
            "scores": s["scores"], "model_usage": {}, "completed": True, "message_count": len(s["messages"])}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--logprobs", action="store_true")
    parser.add_argument("--filler", type=int, default=120, help="characters of filler text per sample")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--status", default="success", choices=["success", "cancelled", "error", "started"])
    args = parser.parse_args()
    rng = random.Random(args.seed)
    eval_spec = {"eval_id": "bench", "run_id": "bench", "created": "2026-05-02T10:00:00+00:00", "task": "multiply",
                 "task_version": 0, "model": "example/model", "dataset": {"samples": args.samples},
                 "config": {"epochs": args.epochs}, "packages": {"inspect_ai": "0.3.208"}}
    summaries = []
    count = 0
    with zipfile.ZipFile(args.out, "w", compression=ZIP_ZSTANDARD) as zf:
        zf.writestr("_journal/start.json", json.dumps({"version": 2, "eval": eval_spec, "plan": {}}))
        for sample_id in range(1, args.samples + 1):
            for epoch in range(1, args.epochs + 1):
                s = sample(rng, sample_id, epoch, args.turns, args.filler, args.logprobs)
                zf.writestr(f"samples/{sample_id}_epoch_{epoch}.json", json.dumps(s))
                summaries.append(summary(s))
                count += 1
                if count % 20000 == 0:
                    print(count, "samples written", flush=True)
        zf.writestr("_journal/summaries/1.json", json.dumps(summaries))
        if args.status != "started":
            zf.writestr("summaries.json", json.dumps(summaries))
            zf.writestr("reductions.json", json.dumps([]))
        header = {"version": 2, "status": args.status, "eval": eval_spec, "plan": {}, "results": {}, "stats": {}}
        if args.status == "error":
            header["error"] = {"message": "RuntimeError: the model server went away", "traceback": ""}
        zf.writestr("header.json", json.dumps(header))
    print(count, "samples in", args.out)


if __name__ == "__main__":
    main()
