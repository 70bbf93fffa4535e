package org.genaikg.extractor.parse;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** The one flexmark configuration of the dialect: admonitions, tables, front matter and bare URLs as links. */
public final class MarkdownParsing {
    private static final Parser PARSER = Parser.builder(options()).build();

    private MarkdownParsing() {}

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                AdmonitionExtension.create(), TablesExtension.create(), YamlFrontMatterExtension.create(),
                AutolinkExtension.create()));
        return options;
    }

    /** Parses Markdown into flexmark's AST; never throws on bad Markdown. Thread-safe. */
    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
