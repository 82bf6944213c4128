package org.agenticrl.app.lesson;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.runs.SampleRow;
import org.agenticrl.app.distribution.PreviewedBars;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.session.WindowState;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.session.Focus;
import org.agenticrl.engine.runs.Sample;
import org.agenticrl.engine.runs.StepSummary;
import org.agenticrl.engine.session.HideableControl;
import org.agenticrl.engine.session.Lesson;
import org.agenticrl.engine.training.optimizer.OptimizerKind;

/**
 * The built-in lessons as scripts: each chapter sets the window's view through the view models and writes its caption
 * from what the models then show, so every number a caption quotes is one the app shows. {@code BuiltInLessonsWriter}
 * runs them to write the resources; {@code BuiltInLessonsTest} applies each shipped chapter and checks that its caption
 * is still the one the script writes from the models.
 */
final class LessonScripts {
    /** The models a chapter's view is set on. */
    record Window(SessionModel model, WindowState window) {
        LossBreakdown losses() {
            return model.objective().breakdownProperty().get();
        }

        EpisodeStep step(int index) {
            return model.episode().trajectory().steps().get(index);
        }

        /** The bar of a token at the selected position, as the token chart draws it. */
        Bar bar(String token) {
            return model.preview().barsProperty().get().bars().stream().filter(b -> b.token().equals(token))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no bar for " + token));
        }

        /** A token's probability after the previewed update, as its ghost bar shows it. */
        double after(String token) {
            PreviewedBars shown = model.preview().barsProperty().get();
            return shown.after().get(shown.bars().indexOf(bar(token)));
        }

        /** Selects the first token with this text in step index and returns what it records. */
        TokenStep select(int stepIndex, String token) {
            List<TokenStep> tokens = step(stepIndex).generation().steps();
            for (int i = 0; i < tokens.size(); i++) {
                if (model.episode().scenario().vocabulary().token(tokens.get(i).token()).equals(token)) {
                    model.selection().select(stepIndex, i);
                    return tokens.get(i);
                }
            }
            throw new IllegalStateException("no token " + token + " in step " + stepIndex);
        }

        void view(String tab, String maximised) {
            window.showTab(tab);
            window.maximise(maximised);
        }

        /** Shows a view of the run on the Run tab. */
        void run(String view, long step, int sample) {
            model.runs().show(new Lesson.RunPlace(view, step, sample));
            view("run", "all");
        }

        List<SampleRow> rows() {
            return model.runs().step().rowsProperty().get();
        }

        Sample sample() {
            return model.runs().sample().sampleProperty().get().sample();
        }
    }

    /** @param focus what the caption talks about, which presenting the chapter rings; null for nothing in particular */
    record Chapter(String title, Consumer<Window> setUp, Function<Window, String> caption, Set<HideableControl> hidden,
                   Focus focus) {
    }

    /** @param setUp the session's own settings, before the first chapter */
    record Script(String id, String scenario, String title, Consumer<SessionModel> setUp, List<Chapter> chapters) {
    }

    private static final Set<HideableControl> EPISODE_ONLY = Set.of(HideableControl.SCENARIO_PICKER,
            HideableControl.EPISODE_MODE, HideableControl.PREVIEW, HideableControl.DECODING,
            HideableControl.CAPABILITY_LEGEND);
    private static final Set<HideableControl> LOSS_ONLY = Set.of(HideableControl.PREVIEW, HideableControl.DECODING,
            HideableControl.SCENARIO_PICKER, HideableControl.EPISODE_MODE, HideableControl.TRANSPORT);

    /** The updates the seed lesson's last chapter trains before it shows λ2's pull, and the λ2 it shows. */
    private static final int TRAINED_UPDATES = 5;
    private static final double PULLING_LAMBDA2 = 2;

    private LessonScripts() {
    }

    static final List<Script> ALL = List.of(seedNotebook(), traditionalVsAgentic(), rewardHacking(), toyToRealRun());

    private static Focus token(String token) {
        return new Focus(Focus.Kind.TOKEN, token);
    }

    private static Focus step(Focus.Kind kind, int number) {
        return new Focus(kind, String.valueOf(number));
    }

    private static Focus term(String term) {
        return new Focus(Focus.Kind.TERM, term);
    }

    private static Focus curve(String id) {
        return new Focus(Focus.Kind.CURVE, id);
    }

    private static String p(TokenStep token) {
        return Format.percent(token.distribution().probability(token.token()));
    }

    private static String logp(TokenStep token) {
        return Format.fixed(token.logProb(), 2);
    }

    private static Script seedNotebook() {
        return new Script("seed-notebook", "seed-calculator", "The seed notebook, section 4", model -> { }, List.of(
                new Chapter("A tiny language model", w -> {
                    w.view("episode", "tokens");
                    w.model.playback().showAll();
                    w.model.selection().sortByProbabilityProperty().set(true);
                    w.select(0, "need");
                }, w -> "Pre-training: 22 tokens, and after each one a table of what comes next. After *I* the "
                        + "model says *need* with P(need | I) = *" + p(w.select(0, "need")) + "*.\nEvery "
                        + "other token keeps a small base probability, so anything can still be sampled.",
                        EPISODE_ONLY, token("need")),
                new Chapter("Greedy generation and log \u03c0", w -> {
                    w.view("episode", "all");
                    w.model.playback().showAll();
                    w.select(0, "calculate(");
                }, w -> "Greedy generation takes the most likely token each time: *" + w.step(0).text()
                        + "*.\nEach token's log \u03c0 is recorded for RL: " + logp(w.select(0, "need"))
                        + " for need, but *" + logp(w.select(0, "calculate(")) + "* for calculate( (P = "
                        + p(w.select(0, "calculate(")) + ": finish( is as likely).", EPISODE_ONLY, token("calculate(")),
                new Chapter("The observation", w -> {
                    w.view("episode", "timeline");
                    w.model.playback().seek(1);
                    w.model.selection().select(0, 0);
                }, w -> "An observation is natural language: the task and what happened so far.\nStep 1 sees *"
                        + w.step(0).observation().lines().findFirst().orElse("") + "*", EPISODE_ONLY,
                        step(Focus.Kind.OBSERVATION, 1)),
                new Chapter("The action and its parsing", w -> {
                    w.view("episode", "timeline");
                    w.model.playback().showAll();
                    w.select(0, ")");
                }, w -> "The action is text the model wrote: *" + w.step(0).text() + "*.\nThe parser reads the "
                        + "tool *" + w.step(0).tool() + "* and its argument *" + w.step(0).toolInput() + "* out of it.",
                        EPISODE_ONLY, step(Focus.Kind.ACTION, 1)),
                new Chapter("The tools", w -> {
                    w.view("episode", "timeline");
                    w.model.playback().showAll();
                    w.select(0, ")");
                }, w -> "Tools answer in text that the next observation carries: calculate(" + w.step(0).toolInput()
                        + ") gives *" + w.step(0).toolOutput() + "*.\nThen the agent writes *" + w.step(1).text()
                        + "*.", EPISODE_ONLY, step(Focus.Kind.ACTION, 1)),
                new Chapter("The process reward", w -> {
                    w.view("episode", "timeline");
                    w.model.playback().showAll();
                    w.select(0, ")");
                }, w -> "Process rewards score every step: step 1 earns *" + Format.signed(
                        w.step(0).processReward().reward(), 1) + "* (" + String.join(", ",
                        w.step(0).processReward().reasons()) + ").\nStep 2 earns "
                        + Format.signed(w.step(1).processReward().reward(), 1) + ": answering is paid by the outcome.",
                        EPISODE_ONLY, step(Focus.Kind.CHIP, 1)),
                new Chapter("The whole episode", w -> {
                    w.view("episode", "all");
                    w.model.playback().showAll();
                    w.select(1, ")");
                }, w -> "The whole episode: calculate, then finish( " + w.model.episode().trajectory().finalAnswer()
                        + " ). The outcome reward is *" + Format.signed(
                        w.model.episode().trajectory().outcome().reward(), 0) + "*, the total reward *"
                        + Format.fixed(w.model.episode().trajectory().totalReward(), 1) + "*.", Set.of(
                        HideableControl.SCENARIO_PICKER, HideableControl.EPISODE_MODE, HideableControl.PREVIEW),
                        Focus.outcome()),
                new Chapter("L_RL: maximise reward", w -> {
                    w.view("episode", "objective");
                    w.model.playback().showAll();
                    w.model.objective().resetToNotebook();
                }, w -> "L_RL = \u2212\u03a3 log \u03c0 \u00b7 A, with A = G \u2212 b: here *L_RL = "
                        + Format.fixed(w.losses().rl(), 3) + "*.\nThe notebook's returns hold the process rewards "
                        + "only: the +1 outcome never reaches L_RL, and b is the mean return of the same episode.",
                        Set.of(HideableControl.PREVIEW, HideableControl.VARIANTS, HideableControl.WATERFALL),
                        term("rl")),
                new Chapter("L_SFT: what the proxy leaves out", w -> {
                    w.view("episode", "objective");
                    w.model.playback().showAll();
                    w.model.objective().resetToNotebook();
                }, w -> "The notebook's L_SFT is minus the mean log \u03c0 of the agent's *own* steps: \u03bb1 L_SFT = *"
                        + Format.fixed(w.losses().weightedSft(), 3) + "*.\nThe expert demonstration is printed but "
                        + "never scored; the exact L_SFT (\u2212log \u03c0 of the demonstration) would be "
                        + Format.fixed(w.losses().sftByVariant().get(SftVariant.EXACT), 3) + ".", LOSS_ONLY,
                        term("sft")),
                new Chapter("L_KL: a constant", w -> {
                    w.view("episode", "objective");
                    w.model.playback().showAll();
                    w.model.objective().resetToNotebook();
                }, w -> "The notebook's L_KL is abs(mean(lp \u2212 (lp \u2212 0.5))): always *"
                        + Format.fixed(w.losses().kl(), 3) + "*, whatever the policy, so \u03bb2 L_KL = "
                        + Format.fixed(w.losses().weightedKl(), 3) + " and its gradient is zero.\nThe exact KL to "
                        + "the reference is " + Format.fixed(w.losses().klByVariant().get(KlVariant.EXACT), 3)
                        + " here: the policy has not moved yet. Total *L = " + Format.fixed(w.losses().total(), 3)
                        + "*.", LOSS_ONLY, term("kl")),
                new Chapter("The \u03bb preview: one update", w -> {
                    w.view("episode", "tokens");
                    w.model.playback().showAll();
                    w.model.preview().shownProperty().set(true);
                    w.select(0, "calculate(");
                }, w -> {
                    TokenStep token = w.select(0, "calculate(");
                    return "Ghost bars: the distribution after one gradient step on this episode. After Action: "
                            + "in step 1, calculate( goes from *" + p(token) + "* to *" + Format.percent(
                            w.after("calculate(")) + "*: step 1 earned more than "
                            + "the episode's mean.\nDrag \u03bb1 and \u03bb2 above the chart to see what each term "
                            + "pulls.";
                }, Set.of(HideableControl.SCENARIO_PICKER, HideableControl.EPISODE_MODE, HideableControl.DECODING),
                        token("calculate(")),
                new Chapter("Training", w -> w.view("training", "all"),
                        w -> "Now train for real: *Train* runs groups of live episodes, rewards, GRPO advantages and "
                                + "L = L_RL + \u03bb1 L_SFT + \u03bb2 L_KL.\nWatch the success rate climb, then "
                                + "*Watch a fresh episode* of the trained agent.", Set.of(),
                        curve("success-rate")),
                new Chapter("\u03bb2: the pull back to the reference", w -> {
                    w.model.training().showTrained(TRAINED_UPDATES);
                    w.view("episode", "tokens");
                    w.model.playback().showAll();
                    w.model.objective().klProperty().set(KlVariant.EXACT);
                    w.model.objective().lambda2().set(PULLING_LAMBDA2);
                    w.model.preview().shownProperty().set(true);
                    w.select(0, "calculate(");
                }, w -> {
                    Bar finish = w.bar("finish(");
                    double pulled = w.after("finish(");
                    w.model.objective().lambda2().set(0);
                    double unpulled = w.after("finish(");
                    w.model.objective().lambda2().set(PULLING_LAMBDA2);
                    return "After " + TRAINED_UPDATES + " training updates the agent answers at once: "
                            + "P(finish( | Action:) = *" + Format.percent(finish.probability()) + "*, the reference "
                            + "says " + Format.percent(finish.referenceProbability()) + ".\nWith the exact KL and "
                            + "\u03bb2 = " + Format.whole(PULLING_LAMBDA2) + ", one update pulls it back to *"
                            + Format.percent(pulled) + "* (" + Format.percent(unpulled) + " at \u03bb2 = 0): "
                            + "\u03bb2 L_KL holds the agent near its reference.";
                }, Set.of(HideableControl.SCENARIO_PICKER, HideableControl.EPISODE_MODE, HideableControl.DECODING),
                        token("finish("))));
    }

    private static Script traditionalVsAgentic() {
        return new Script("traditional-vs-agentic", "traditional-vs-agentic", "Traditional vs agentic",
                model -> { }, List.of(
                new Chapter("One answer: P(text | prompt)", w -> w.view("comparison", "all"),
                        w -> "A traditional language model answers in one turn: it samples P(text | prompt) and "
                                + "stops.\nAsked *" + w.model.episode().trajectory().task().prompt() + "*, it can "
                                + "only guess.", Set.of(), step(Focus.Kind.ACTION, 1)),
                new Chapter("An agent: \u03c0(a_t | s_t, h_t)", w -> {
                    w.view("episode", "timeline");
                    w.model.playback().showAll();
                    w.model.selection().select(0, 0);
                }, w -> "An agent acts in turns: \u03c0(a_t | s_t, h_t), each action seeing the state and the "
                        + "history.\nIt plans, recalls, calls tools and answers in *"
                        + w.model.episode().trajectory().steps().size() + "* steps.", EPISODE_ONLY,
                        step(Focus.Kind.STEP, 1)),
                new Chapter("Tools bring the facts", w -> {
                    w.view("episode", "timeline");
                    w.model.playback().showAll();
                    w.model.selection().select(2, 0);
                }, w -> "The answer comes from a tool, not from the model's guess: *" + w.step(2).toolOutput()
                        + "*.\nProcess rewards pay each useful step: " + String.join(", ", w.model.episode()
                        .trajectory().steps().stream().map(s -> Format.signed(s.processReward().reward(), 1))
                        .toList()) + ".", EPISODE_ONLY,
                        step(Focus.Kind.ACTION, 3)),
                new Chapter("Side by side", w -> w.view("comparison", "all"),
                        w -> "Side by side: one sample of text against a sequence of decisions with observations, "
                                + "tools and rewards.\nThat sequence is what RL can train.", Set.of(),
                        Focus.outcome())));
    }

    private static Script rewardHacking() {
        return new Script("reward-hacking", "seed-calculator", "Reward hacking", model -> {
            model.training().settings().optimizerProperty().set(OptimizerKind.ADAM);
            model.training().settings().learningRate().set(0.2);
            model.training().settings().episodes().set(2000);
        }, List.of(
                new Chapter("What the process reward pays", w -> {
                    w.view("episode", "timeline");
                    w.model.playback().showAll();
                    w.select(0, ")");
                }, w -> "The process reward pays *" + Format.signed(w.step(0).processReward().reward(), 1) + "* for "
                        + "step 1 (" + String.join(", ", w.step(0).processReward().reasons()) + ").\nIt pays "
                        + "*every* successful calculator call, not only the first.", EPISODE_ONLY,
                        step(Focus.Kind.CHIP, 1)),
                new Chapter("Paid twice", w -> w.view("training", "all"),
                        w -> "These settings train with *Adam* at learning rate 0.2: press *Train*.\nThe agent "
                                + "learns to call the calculator *twice* before answering: each call pays again.",
                        Set.of(), curve("mean-return")),
                new Chapter("Answering at once", w -> w.view("training", "all"),
                        w -> "The opposite hack: in stock-pe nothing makes the answer depend on the tools, so live "
                                + "training teaches *finish( good buy )* at once.\nTry it: pick stock-pe in the "
                                + "scenario picker and train.", Set.of(), curve("success-rate"))));
    }

    /** The updates whose groups the real-run lesson carries, and the samples it opens as chats. */
    private static final Set<Integer> CARRIED_UPDATES = Set.of(1, 20, 40);
    private static final int FIRST = 1;
    private static final int LAST = 40;
    private static final int EARLY_SAMPLE = 2;
    private static final int LATE_SAMPLE = 1;

    private static String score(double value) {
        return Format.fixed(value, 2);
    }

    private static String right(List<SampleRow> rows) {
        return rows.stream().filter(row -> Boolean.TRUE.equals(row.sample().correct())).count() + " of " + rows.size();
    }

    private static Script toyToRealRun() {
        return new Script("toy-to-real-run", "seed-calculator", "From the toy to a real run", model -> {
            model.training().settings().optimizerProperty().set(OptimizerKind.ADAM);
            model.training().settings().learningRate().set(0.2);
            model.training().settings().episodes().set(400);
            model.runs().showExtract(ToyRollouts.of(model.episode().scenario(), model.training().settings().config(),
                    CARRIED_UPDATES));
        }, List.of(
                new Chapter("The toy's episode", w -> {
                    w.view("episode", "timeline");
                    w.model.playback().showAll();
                    w.select(0, ")");
                }, w -> "One episode of the toy: each step the agent writes tokens and calls a tool, and the process "
                        + "reward pays for the step.\nTraining runs a group of *" + (int) w.model.training().settings()
                        .groupSize().get() + "* such episodes per update.", EPISODE_ONLY,
                        step(Focus.Kind.CHIP, 1)),
                new Chapter("The toy's run, as verl logs it", w -> w.run("overview", 0, 0), w -> {
                    List<StepSummary> steps = w.model.runs().overviewProperty().get().steps();
                    return "*train --rollouts* writes each update's group as verl dumps its rollouts, a "
                            + "{step}.jsonl per update.\nThis lesson carries updates " + FIRST + ", 20 and " + LAST
                            + ": the mean score rises from *" + score(steps.get(0).rewardMean()) + "* to *"
                            + score(steps.get(steps.size() - 1).rewardMean()) + "*.";
                }, Set.of(), new Focus(Focus.Kind.CHART, "run-reward-chart")),
                new Chapter("Update " + FIRST + ": one group", w -> w.run("step", FIRST, 0),
                        w -> "Update " + FIRST + "'s group: " + w.rows().size() + " episodes of one task, *"
                                + right(w.rows()) + "* right, scores from " + score(w.rows().stream()
                                .mapToDouble(SampleRow::reward).min().orElseThrow()) + " to " + score(w.rows()
                                .stream().mapToDouble(SampleRow::reward).max().orElseThrow()) + ".\nverl logs no "
                                + "advantage: GRPO's is recomputed, each score against its group's.", Set.of(),
                        new Focus(Focus.Kind.CHART, "run-histogram")),
                new Chapter("A rollout as a chat", w -> w.run("sample", FIRST, EARLY_SAMPLE),
                        w -> "Sample " + EARLY_SAMPLE + " of update " + FIRST + " as verl logs it: the prompt, the "
                                + "agent's turns, each tool call and the answer (score " + score(w.sample().reward())
                                + ").\nverl keeps decoded text only: no token probabilities.", Set.of(),
                        step(Focus.Kind.STEP, 2)),
                new Chapter("Update " + LAST + ": the group agrees", w -> w.run("step", LAST, 0),
                        w -> "By update " + LAST + " *" + right(w.rows()) + "* are right and *" + w.rows().stream()
                                .filter(row -> calls(row.sample(), "calculate") > 0).count() + " of " + w.rows().size()
                                + "* call the calculator.\nTheir scores differ only in how often they call it.",
                        Set.of(),
                        new Focus(Focus.Kind.CHART, "run-histogram")),
                new Chapter("Paid twice, in the log", w -> w.run("sample", LAST, LATE_SAMPLE),
                        w -> "Sample " + LATE_SAMPLE + " of update " + LAST + " calls *calculate* "
                                + calls(w.sample(), "calculate") + " times before it answers, and each call pays "
                                + "again: score *" + score(w.sample().reward()) + "*.\nA real run's log shows reward "
                                + "hacking the same way.", Set.of(), step(Focus.Kind.STEP, 3))));
    }

    /** How many times the sample's response calls the tool, as its logged tool calls name it. */
    private static long calls(Sample sample, String tool) {
        return sample.turns().stream().flatMap(turn -> turn.toolCalls().stream())
                .filter(call -> call.name().equals(tool)).count();
    }
}
