"""Writes the numbers of the seed notebook's own code to a JSON fixture that the Java tests compare against.

    python3 src/test/python/make_reference.py PATH/TO/notebook.py > src/test/resources/reference/seed-notebook.json

notebook.py is the seed notebook's code cells (course material, not part of this repository; the fixture it wrote
is committed, so the tests never need it). Python writes
floats with repr(), which round-trips, so the fixture holds every number at full double precision.
"""
import contextlib
import io
import json
import os
import sys

if len(sys.argv) != 2 or not os.path.isfile(sys.argv[1]):
    sys.exit('usage: make_reference.py PATH/TO/notebook.py (the seed notebook\'s code cells)')
notebook = sys.argv[1]
namespace = {}
with contextlib.redirect_stdout(io.StringIO()):
    exec(open(notebook).read(), namespace)
np = namespace['np']
VOCAB = namespace['VOCAB']
get_next_token_probs = namespace['get_next_token_probs']
generate_text = namespace['generate_text']

out = {'vocabulary': VOCAB}
out['distributions'] = {prev: [float(p) for p in get_next_token_probs(prev)] for prev in VOCAB}
greedy = generate_text('calculate', max_tokens=12, greedy=True)
out['greedy'] = {'tokens': greedy['tokens'], 'logProbs': [float(x) for x in greedy['log_probs']],
                 'totalLogProb': float(greedy['total_log_prob'])}

seeds = [0, 1, 2, 7, 42, 123, 2024, 99999, 4294967295]
out['randomSamples'] = {}
for seed in seeds:
    np.random.seed(seed)
    out['randomSamples'][str(seed)] = [float(np.random.random_sample()) for _ in range(200)]
out['sampled'] = []
for seed in seeds:
    for max_tokens in (8, 10):
        np.random.seed(seed)
        runs = []
        for _ in range(20):
            r = generate_text('calculate', max_tokens=max_tokens)
            runs.append({'tokens': r['tokens'], 'logProbs': [float(x) for x in r['log_probs']],
                         'totalLogProb': float(r['total_log_prob'])})
        out['sampled'].append({'seed': seed, 'maxTokens': max_tokens, 'generations': runs})

out['observation'] = namespace['create_observation']('What is 5 + 3?')
with contextlib.redirect_stdout(io.StringIO()):
    agent = namespace['AgenticLLMAgent'](correct_answer='8', max_steps=3)
    trajectory, total_reward = agent.run_episode('What is 5 + 3?')
    rl = namespace['compute_rl_loss'](trajectory)
    sft = namespace['compute_sft_loss'](trajectory)
    kl = namespace['compute_kl_loss'](trajectory)
total = rl + 0.1 * sft + 0.01 * kl
steps = []
for t in trajectory:
    tool_name, tool_input = namespace['parse_action'](t['action'])
    output = namespace['ToolSpace']().execute(tool_name, tool_input)
    reward, reasons = namespace['get_process_reward'](t['action'], tool_name, output)
    steps.append({'text': t['action'], 'logProb': float(t['log_prob']), 'tool': tool_name, 'toolInput': tool_input,
                  'toolOutput': output, 'processReward': reward, 'reasons': reasons})
# compute_rl_loss prints but does not return its returns and advantages: these lines repeat its arithmetic.
rewards = [t['reward'] for t in trajectory]
returns, G = [], 0
for r in reversed(rewards):
    G = r + 0.99 * G
    returns.insert(0, G)
baseline = float(np.mean(returns))
outcome, message = namespace['get_outcome_reward']('8', '8')
out['episode'] = {'steps': steps, 'finalAnswer': '8', 'outcomeReward': outcome, 'outcomeMessage': message,
                  'totalReward': float(total_reward)}
out['losses'] = {'returns': [float(x) for x in returns], 'baseline': baseline,
                 'advantages': [float(x - baseline) for x in returns],
                 'rl': float(rl), 'sft': float(sft), 'kl': float(kl), 'total': float(total)}
print(json.dumps(out, indent=1))
