package dev.vitae.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.Corpus;
import dev.vitae.model.JsonWords;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text without Markdown syntax skips the parser; these tests hold that shortcut to what commonmark itself makes
 * of the same text, so the shortcut can only ever change speed.
 */
class InlineMarkdownTest {

    /** Letters of several scripts, spaces of several kinds, and every ASCII punctuation mark. */
    private static final String[] PIECES = {
            "a", "Z", "é", "ß", "中", "文", "ع", "ש", "😀", "7", " ", " ", "  ", "\t", "\u00a0", "\u3000", "\u2003",
            ".", ",", ":", ";", "'", "\"", "(", ")", "-", "+", "#", "=", ">", "~", "|", "{", "}", "/", "%", "$", "@",
            "^", "?", "1.", "- ", "# ", "> ", "    ", "---", "===",
            "*", "_", "`", "\\", "&", "<", "[", "]", "!", "\n", "\r\n", "  \n", "&amp;", "<b>", "[x](https://e.com)",
    };

    @Test
    void everyTextInTheCorpusComesOutAsCommonmarkMakesIt() {
        List<String> texts = new ArrayList<>();
        for (var file : Corpus.files()) {
            texts(Rendering.json(read(file)).root(), texts);
        }
        texts(Rendering.sample().root(), texts);
        texts.forEach(InlineMarkdownTest::assertAsParsed);
    }

    @Test
    void generatedTextComesOutAsCommonmarkMakesIt() {
        Random random = new Random(7);
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            // half the texts draw only from the pieces before the syntax, so the shortcut is taken often
            int range = random.nextBoolean() ? indexOfFirstSyntax() : PIECES.length;
            for (int k = 0; k < length; k++) {
                text.append(PIECES[random.nextInt(range)]);
            }
            plain += range == PIECES.length ? 0 : 1;
            assertAsParsed(text.toString());
        }
        assertTrue(plain > 5_000, "the shortcut was exercised");
    }

    /** Markdown, and what it becomes: markup for inline syntax, text for anything unsafe or beyond inline Markdown. */
    private static final String[][] MARKUP = {
            {"**bold** and *it* and `x<y`", "<strong>bold</strong> and <em>it</em> and <code>x&lt;y</code>"},
            {"a _b_", "a <em>b</em>"},
            {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
            {"<b onclick=\"x()\">hi</b>", "&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;"},
            {"[click](javascript:alert(1))", "click"},
            {"[data](data:text/html;base64,PHNjcmlwdD4=)", "data"},
            {"[file](file:///etc/passwd)", "file"},
            {"[relative](notes.html)", "relative"},
            {"![me](http://example.com/me.png)", "me"},
            {"[site](https://example.com/a?b=1&c=2)",
                    "<a href=\"https://example.com/a?b=1&amp;c=2\" title=\"https://example.com/a?b=1&amp;c=2\">site</a>"},
            {"[mail](mailto:a@example.com)", "<a href=\"mailto:a@example.com\" title=\"mailto:a@example.com\">mail</a>"},
            {"# not a heading", "# not a heading"},
            {"- not a list", "- not a list"},
            {"one\n\ntwo", "one<br />two"},
            {"one\ntwo", "one two"},
            {"&copy; 2024 x &amp; y", "© 2024 x &amp; y"},
            {"Fish & Chips <Ltd> \"quoted\" it's", "Fish &amp; Chips &lt;Ltd&gt; &quot;quoted&quot; it&#39;s"},
    };

    @Test
    void syntaxMakesSafeMarkup() {
        for (String[] c : MARKUP) {
            assertEquals(c[1], InlineMarkdown.toHtml(c[0]), () -> "for " + JsonWords.quote(c[0]));
        }
    }

    private static void assertAsParsed(String text) {
        String source = Xml.clean(text).strip();
        String expected = source.isEmpty() ? "" : InlineMarkdown.parsed(source);
        assertEquals(expected, InlineMarkdown.toHtml(text), () -> "for " + JsonWords.quote(text));
    }

    private static int indexOfFirstSyntax() {
        for (int i = 0; i < PIECES.length; i++) {
            if (PIECES[i].equals("*")) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private static void texts(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> texts(child, out));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
