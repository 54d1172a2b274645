package dev.vitae.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Output is byte for byte what {@code JSON.stringify(doc, null, indent)} + "\n" gives (checked with Node). */
class JsonWriterTest {

    private static String rewrite(String json, JsonStyle style) throws ParseError {
        return new String(JsonWriter.write(ResumeReader.parse(json, null).document(), style), StandardCharsets.UTF_8);
    }

    @Test
    void layoutIsThatOfJsonStringify() throws ParseError {
        assertEquals("{\n  \"b\": [],\n  \"c\": {},\n  \"d\": [\n    1,\n    {\n      \"e\": null,\n      \"f\": true\n    }\n  ],\n  \"g\": \"x\"\n}\n",
                rewrite("{\"b\":[],\"c\":{},\"d\":[1,{\"e\":null,\"f\":true}],\"g\":\"x\"}", JsonStyle.CANONICAL));
        assertEquals("{}\n", rewrite("{ }", JsonStyle.CANONICAL));
    }

    @Test
    void stringsAreEscapedAsJsonStringifyEscapesThem() throws ParseError {
        // JSON.stringify({a: "\u0001\b\f\n\r\t\u001b\u007f\u2028/ \"\\ é😀 \ud800"}, null, 2)
        String expected = "{\n  \"a\": \"\\u0001\\b\\f\\n\\r\\t\\u001b\u007f\u2028/ \\\"\\\\ é😀 \\ud800\"\n}\n";
        assertEquals(expected, rewrite("{\"a\": \"\\u0001\\b\\f\\n\\r\\t\\u001B\\u007f\\u2028\\/ \\\"\\\\ \\u00e9\\ud83d\\ude00 \\ud800\"}",
                JsonStyle.CANONICAL));
    }

    @Test
    void numbersKeepTheirSpelling() throws ParseError {
        assertEquals("{\n  \"n\": [\n    1.0,\n    -0,\n    1e3,\n    0.10,\n    1E+02\n  ]\n}\n",
                rewrite("{\"n\": [1.0, -0, 1e3, 0.10, 1E+02]}", JsonStyle.CANONICAL));
    }

    @Test
    void theFileIndentationIsKept() throws ParseError {
        assertEquals("{\n\t\"a\": [\n\t\t1\n\t]\n}\n", rewrite("{\n\t\"a\": [1]}", JsonStyle.detect("{\n\t\"a\"")));
        assertEquals("{\n    \"a\": 1\n}\n", rewrite("{\"a\": 1}", new JsonStyle("    ")));
    }
}
