package dev.vitae.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mapper-free reader and writer give exactly what Jackson's ObjectMapper gives. */
class JsonTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"a\": 1, \"b\": [true, false, null, \"x\\n\\\"y\\\"\"], \"c\": {\"d\": 1.5, \"e\": -0.25e3}}",
            "[1, 12345678901, 123456789012345678901234567890, 3.0, \"Øvergård — 東京\"]",
            "{\"window.width\": 1440.0, \"recentFiles\": [\"/home/a/cv.json\"], \"window.maximized\": false}",
            "{}", "[]", "\"text\"", "7"})
    void readsAndWritesAsTheMapperDoes(String text) throws Exception {
        JsonNode expected = MAPPER.readTree(text);
        JsonNode read = JsonTree.read(text);
        assertEquals(expected, read);
        assertEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(expected),
                new String(JsonTree.writeIndented(read), StandardCharsets.UTF_8));
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() {
        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonTree.read("{\n  \"a\": 1,\n  oops\n}"));
        assertEquals(3, e.getLocation().getLineNr());
        assertThrows(JsonParseException.class, () -> JsonTree.read("{} {}"));
    }

    @Test
    void anEmptyTextIsMissing() throws Exception {
        assertTrue(JsonTree.read("  ").isMissingNode());
    }

    @Test
    void quotingNeedsNoMapper() {
        assertEquals("\"a \\\"b\\\"\\n\"", JsonWords.quote("a \"b\"\n"));
    }
}
