package org.agenticrl.engine.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoded chats split into turns: role headers of three kinds, tool calls and their answers, broken calls kept. */
class ChatTranscriptTest {
    private static final String CALL = "<tool_call>\n{\"name\": \"calculator\", \"arguments\": {\"expression\": \"2+3\"}}"
            + "\n</tool_call>";

    private static List<String> roles(List<Turn> turns) {
        return turns.stream().map(Turn::role).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "system\nBe brief.\nuser\nWhat is 2+3?\nassistant\n",
        "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nWhat is 2+3?<|im_end|>\n<|im_start|>assistant\n",
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|><|start_header_id|>user"
            + "<|end_header_id|>\n\nWhat is 2+3?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"})
    void aPromptOfEveryTemplateIsContinuedByTheResponseAsTheAssistant(String prompt) {
        List<Turn> turns = ChatTranscript.turns(prompt, CALL + "\nuser\n<tool_response>\n5\n</tool_response>\n"
                + "assistant\nIt is 5.");
        assertEquals(List.of("system", "user", "assistant", "assistant"), roles(turns));
        assertEquals("Be brief.", turns.get(0).text());
        assertEquals("What is 2+3?", turns.get(1).text());
        ToolCall call = turns.get(2).toolCalls().get(0);
        assertEquals("calculator", call.name());
        assertEquals("{\"expression\":\"2+3\"}", call.arguments());
        assertTrue(call.parsed());
        assertEquals("5", turns.get(2).toolResult(), "the tool's answer belongs to the turn that called it");
        assertEquals("It is 5.", turns.get(3).text());
    }

    @Test
    void aPromptWithoutRoleLinesIsTheUsersAndAPlainResponseTheAssistants() {
        List<Turn> turns = ChatTranscript.turns("What is 2+3?", "5");
        assertEquals(List.of("user", "assistant"), roles(turns));
        assertTrue(turns.get(1).toolCalls().isEmpty());
        assertNull(turns.get(1).toolResult());
    }

    @Test
    void brokenAndUnclosedCallsAreKeptAsWrittenAndMarked() {
        List<Turn> turns = ChatTranscript.turns("q", "<tool_call>\n{\"name\": \"search\", \"arguments\": {\"q\": \"x\"}"
                + "\n</tool_call>\nthen <tool_call>{\"name\": \"calc\", \"arguments\": {");
        List<ToolCall> calls = turns.get(1).toolCalls();
        assertEquals(List.of("search", "calc"), calls.stream().map(ToolCall::name).toList());
        assertFalse(calls.get(0).parsed());
        assertTrue(calls.get(0).problem().startsWith("the <tool_call> is not JSON"), calls.get(0).problem());
        assertEquals("{\"name\": \"search\", \"arguments\": {\"q\": \"x\"}", calls.get(0).arguments());
        assertEquals("the <tool_call> is not closed", calls.get(1).problem());
        assertEquals("then", turns.get(1).text());
    }

    @Test
    void aToolResponseWithoutACallBeforeItIsAToolTurnOfItsOwn() {
        List<Turn> turns = ChatTranscript.turns("user\n<tool_response>\nfound\n</tool_response>\nassistant\n", "ok");
        assertEquals(List.of("tool", "assistant"), roles(turns));
        assertEquals("found", turns.get(0).text());
    }
}
