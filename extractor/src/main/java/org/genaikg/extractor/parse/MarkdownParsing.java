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
    private static final Parser PARSER = Parser.builder(options()).customInlineParserFactory(LinearInlineParser::new).build();
    /**
     * For one line of inline Markdown (an admonition's title). Without the admonition extension:
     * its block parser factory reads its icon resources for every document, which made the
     * titles' parses cost twice the pages' own; a title holds no block syntax that needs it.
     */
    private static final Parser LINE_PARSER = Parser.builder(lineOptions()).customInlineParserFactory(LinearInlineParser::new).build();

    private MarkdownParsing() {}

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                AdmonitionExtension.create(), TablesExtension.create(), YamlFrontMatterExtension.create(),
                AutolinkExtension.create()));
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
}
