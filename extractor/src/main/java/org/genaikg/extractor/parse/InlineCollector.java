package org.genaikg.extractor.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;

/** Reduces the inline content under a block to an {@link InlineText}; skips raw HTML. */
final class InlineCollector {
    private final StringBuilder text = new StringBuilder();
    private final List<org.genaikg.extractor.parse.Link> links = new ArrayList<>();
    private final List<String> strong = new ArrayList<>();
    private final NodeVisitor visitor = new NodeVisitor(
            new VisitHandler<>(Text.class, t -> text.append(t.getChars())),
            new VisitHandler<>(TextBase.class, t -> visitChildren(t)),
            new VisitHandler<>(Code.class, c -> text.append(c.getText())),
            new VisitHandler<>(SoftLineBreak.class, b -> text.append(' ')),
            new VisitHandler<>(HardLineBreak.class, b -> text.append(' ')),
            new VisitHandler<>(HtmlInline.class, h -> text.append(' ')),
            new VisitHandler<>(Link.class, this::link),
            new VisitHandler<>(AutoLink.class, this::autoLink),
            new VisitHandler<>(Image.class, this::image),
            new VisitHandler<>(StrongEmphasis.class, this::strong));

    static InlineText collect(Node block, int line) {
        InlineCollector collector = new InlineCollector();
        collector.visitor.visitChildren(block);
        return collector.result(line);
    }

    static InlineText collectAll(Iterable<? extends Node> blocks, int line) {
        InlineCollector collector = new InlineCollector();
        for (Node block : blocks) {
            if (collector.text.length() > 0) {
                collector.text.append('\n');
            }
            collector.visitor.visitChildren(block);
        }
        return collector.result(line);
    }

    private InlineText result(int line) {
        String plain = text.toString().replaceAll("[ \\t\\x0B\\f]+", " ").strip();
        return new InlineText(plain, links, strong, line);
    }

    private void visitChildren(Node node) {
        visitor.visitChildren(node);
    }

    private void link(Link link) {
        int start = text.length();
        visitor.visitChildren(link);
        String linkText = text.substring(start).strip();
        links.add(new org.genaikg.extractor.parse.Link(linkText, link.getUrl().toString().strip(), false));
    }

    private void autoLink(AutoLink link) {
        String url = link.getUrl().toString();
        text.append(url);
        links.add(new org.genaikg.extractor.parse.Link(url, url, false));
    }

    private void image(Image image) {
        links.add(new org.genaikg.extractor.parse.Link(image.getText().toString(), image.getUrl().toString(), true));
    }

    private void strong(StrongEmphasis emphasis) {
        int start = text.length();
        visitor.visitChildren(emphasis);
        String term = text.substring(start).strip();
        if (!term.isEmpty()) {
            strong.add(term);
        }
    }
}
