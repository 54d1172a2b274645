package dev.vitae.render;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inline Markdown (bold, italic, code, links) to safe XHTML. Block syntax is off, so a line starting with
 * {@code #} or {@code -} stays text; raw HTML is shown as text; a link is kept only when {@link SafeLinks}
 * allows its target, else its text stays without the link; images become their alt text. The walk over the
 * tree is ours rather than commonmark's HTML renderer, so every element that can come out is listed here.
 */
public final class InlineMarkdown {

    /** In Markdown a target without a scheme is a relative path, not a host name, so it gets no link. */
    private static final Pattern EXPLICIT_SCHEME = Pattern.compile("(?i)\\s*(https?|mailto):");
    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();
    /**
     * The characters that can start inline syntax (code, escapes, entities, autolinks and HTML, emphasis, links
     * and images) or break a line; with block syntax off, text without any of them parses to itself.
     */
    private static final String SYNTAX = "\n\r`\\&<*_[]!";

    private InlineMarkdown() {
    }

    /** XHTML for {@code markdown}; paragraphs are separated by line breaks. */
    public static String toHtml(String markdown) {
        String source = Xml.clean(markdown).strip();
        if (source.isEmpty()) {
            return "";
        }
        // most of a résumé is plain text, and parsing it cold was a twelfth of an export's render (issue 7)
        return isPlain(source) ? Xml.escape(source) : parsed(source);
    }

    private static boolean isPlain(String source) {
        for (int i = 0; i < source.length(); i++) {
            if (SYNTAX.indexOf(source.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** What commonmark makes of {@code source}, which is clean and stripped. */
    static String parsed(String source) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        boolean first = true;
        for (Node block = PARSER.parse(source).getFirstChild(); block != null; block = block.getNext()) {
            if (!first) {
                out.append("<br />");
            }
            first = false;
            children(block, out);
        }
        return out.toString();
    }

    private static void children(Node parent, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            node(n, out);
        }
    }

    private static void node(Node n, StringBuilder out) {
        if (n instanceof Text t) {
            out.append(Xml.escape(t.getLiteral()));
        } else if (n instanceof Code c) {
            out.append("<code>").append(Xml.escape(c.getLiteral())).append("</code>");
        } else if (n instanceof StrongEmphasis) {
            out.append("<strong>");
            children(n, out);
            out.append("</strong>");
        } else if (n instanceof Emphasis) {
            out.append("<em>");
            children(n, out);
            out.append("</em>");
        } else if (n instanceof Link link) {
            link(link, out);
        } else if (n instanceof Image) {
            children(n, out);
        } else if (n instanceof HtmlInline html) {
            out.append(Xml.escape(html.getLiteral()));
        } else if (n instanceof SoftLineBreak) {
            out.append(' ');
        } else if (n instanceof HardLineBreak) {
            out.append("<br />");
        } else {
            children(n, out);
        }
    }

    private static void link(Link link, StringBuilder out) {
        String destination = link.getDestination();
        var href = EXPLICIT_SCHEME.matcher(destination).lookingAt() ? SafeLinks.href(destination) : Optional.<String>empty();
        if (href.isEmpty()) {
            children(link, out);
            return;
        }
        String title = link.getTitle() != null && !link.getTitle().isBlank() ? link.getTitle() : href.get();
        out.append("<a href=\"").append(Xml.escape(href.get())).append("\" title=\"")
                .append(Xml.escape(Xml.clean(title))).append("\">");
        children(link, out);
        out.append("</a>");
    }
}
