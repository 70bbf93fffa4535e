package org.genaikg.extractor.parse;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * The one flexmark configuration of the dialect: admonitions, tables, front matter and bare URLs as
 * links, with an inline parser whose work is linear in a paragraph's length ({@link LinearInlineParser}).
 */
public final class MarkdownParsing {
    private static final Parser PARSER = Parser.builder(options(true)).customInlineParserFactory(LinearInlineParser::new).build();
    /** For a page whose leading {@code ---} block is no metadata: that block is Markdown, as MkDocs reads it. */
    private static final Parser PARSER_WITHOUT_FRONT_MATTER = Parser.builder(options(false))
            .customInlineParserFactory(LinearInlineParser::new).build();
    /**
     * For one line of inline Markdown (an admonition's title). Without the admonition extension:
     * its block parser factory reads its icon resources for every document, which made the
     * titles' parses cost twice the pages' own; a title holds no block syntax that needs it.
     */
    private static final Parser LINE_PARSER = Parser.builder(lineOptions()).customInlineParserFactory(LinearInlineParser::new).build();

    private MarkdownParsing() {}

    private static MutableDataSet options(boolean frontMatter) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, frontMatter
                ? List.of(AdmonitionExtension.create(), TablesExtension.create(), YamlFrontMatterExtension.create(), AutolinkExtension.create())
                : List.of(AdmonitionExtension.create(), TablesExtension.create(), AutolinkExtension.create()));
        return options;
    }

    private static MutableDataSet lineOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(AutolinkExtension.create()));
        return options;
    }

    /** Parses one line of inline Markdown (links, emphasis, bare URLs); thread-safe. */
    public static Document parseLine(String markdown) {
        return LINE_PARSER.parse(markdown);
    }

    /** Parses Markdown into flexmark's AST; never throws on bad Markdown. Thread-safe. */
    public static Document parse(CharSequence markdown) {
        return PARSER.parse(BasedSequence.of(markdown));
    }

    /** As {@link #parse}, reading a leading {@code ---} block as Markdown rather than front matter. */
    static Document parseWithoutFrontMatter(CharSequence markdown) {
        return PARSER_WITHOUT_FRONT_MATTER.parse(BasedSequence.of(markdown));
    }
}
