package org.genaikg.extractor.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.charset.StandardCharsets;
import org.genaikg.extractor.budget.PageTimeBudget;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Parses one Markdown file of the dialect into a {@link Page}. Never throws on bad Markdown. */
public final class PageParser {

    public Page parse(String path, String markdown) {
        return parse(path, markdown, PageTimeBudget.UNLIMITED);
    }

    /**
     * Parses within a time budget, checked between blocks.
     *
     * @throws PageTimeBudget.Exceeded when the budget runs out, with the line reached
     */
    public Page parse(String path, String markdown, PageTimeBudget budget) {
        DialectNormaliser.Result normalised = DialectNormaliser.normalise(markdown);
        Document document = FrontMatter.isMarkdown(markdown) ? MarkdownParsing.parseWithoutFrontMatter(normalised.text())
                : MarkdownParsing.parse(normalised.text());
        PageBuilder builder = new PageBuilder(budget);
        builder.walk(document, -1);
        String title = title(document, builder.sections, path);
        return new Page(path, title, sha256(markdown), builder.sections, builder.entries, normalised.includes());
    }

    private static String title(Document document, List<PageSection> sections, String path) {
        AbstractYamlFrontMatterVisitor frontMatter = new AbstractYamlFrontMatterVisitor();
        frontMatter.visit(document);
        Map<String, List<String>> data = frontMatter.getData();
        List<String> titles = data.get("title");
        // a quoted blank (title: " ", as a home page may have to hide its title) is no title either
        String frontTitle = titles == null || titles.isEmpty() ? "" : titles.get(0).strip().replaceAll("^[\"']|[\"']$", "").strip();
        if (!frontTitle.isEmpty()) {
            return frontTitle;
        }
        for (PageSection section : sections) {
            if (section.level() == 1 && !section.heading().isBlank()) {
                return section.heading();
            }
        }
        String file = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        return file.isBlank() ? path : file;
    }

    /** The SHA-256 of a page's text, hex: what {@link Page#contentHash()} holds. */
    public static String contentHash(String text) {
        return sha256(text);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** Walks the block tree in document order, keeping the current section. */
    private static final class PageBuilder {
        private final List<PageSection> sections = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();
        private final Anchors anchors = new Anchors();
        /** Per parsed document (the page's, and a raw HTML block's own small one), where its lines start. */
        private final Map<Document, LineIndex> lineIndexes = new IdentityHashMap<>();
        private final PageTimeBudget budget;
        private SectionId currentSection = SectionId.TOP;

        PageBuilder(PageTimeBudget budget) {
            this.budget = budget;
        }

        void walk(Node parent, int parentEntry) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                block(node, parentEntry);
            }
        }

        private void block(Node node, int parentEntry) {
            budget.check("parsing", () -> line(node));
            if (node instanceof Heading heading) {
                heading(heading);
            } else if (node instanceof AdmonitionBlock admonition) {
                admonition(admonition, parentEntry);
            } else if (node instanceof ListItem item) {
                listItem(item, parentEntry);
            } else if (node instanceof TableRow row) {
                tableRow(row, parentEntry);
            } else if (node instanceof Paragraph paragraph) {
                add(EntryKind.PARAGRAPH, parentEntry, line(paragraph), InlineCollector.collect(paragraph, line(paragraph)),
                        InlineText.EMPTY);
            } else if (node instanceof HtmlBlock html) {
                htmlBlock(html, parentEntry);
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof TableHead
                    || node instanceof TableSeparator) {
                return;
            } else if (node instanceof BlockQuote || node.hasChildren()) {
                walk(node, parentEntry);
            }
        }

        /**
         * Raw HTML swallows the Markdown lines that follow it up to the next blank line
         * ({@code <img ...>} then {@code [Github](...)}): the tags are dropped and the rest read as Markdown.
         */
        private void htmlBlock(HtmlBlock html, int parentEntry) {
            String markdown = HtmlText.withoutTags(html.getChars().toString());
            if (markdown.isBlank()) {
                return;
            }
            int line = line(html);
            Document inner = MarkdownParsing.parse(markdown);
            InlineText text = InlineCollector.collectAll(paragraphs(inner), line);
            if (!text.isBlank()) {
                add(EntryKind.PARAGRAPH, parentEntry, line, text, InlineText.EMPTY);
            }
        }

        private static List<Node> paragraphs(Node root) {
            List<Node> found = new ArrayList<>();
            collectProse(root, found);
            return found;
        }

        private void heading(Heading heading) {
            int level = heading.getLevel();
            SectionId parent = currentSection;
            while (!parent.isTop() && sections.get(parent.index()).level() >= level) {
                parent = sections.get(parent.index()).parent();
            }
            InlineText text = InlineCollector.collect(heading, line(heading));
            String label = text.text().isBlank() ? heading.getText().toString().strip() : text.text();
            PageSection section = new PageSection(sections.size(), parent, level, label, anchors.next(label), line(heading));
            sections.add(section);
            currentSection = section.id();
            add(EntryKind.HEADING, -1, section.line(), text, InlineText.EMPTY);
        }

        private void admonition(AdmonitionBlock admonition, int parentEntry) {
            int line = line(admonition);
            String title = admonition.getTitle().toString();
            InlineText head = InlineText.EMPTY;
            if (!title.isBlank()) {
                Document titleDoc = MarkdownParsing.parseLine(title);
                head = InlineCollector.collect(titleDoc.getFirstChild() == null ? titleDoc : titleDoc.getFirstChild(), line);
            }
            List<Node> content = new ArrayList<>();
            collectProse(admonition, content);
            InlineText body = InlineCollector.collectAll(content, content.isEmpty() ? line : line(content.get(0)));
            add(EntryKind.ADMONITION, parentEntry, line, head, body);
        }

        /** The prose blocks inside a container, code and raw HTML left out. */
        private static void collectProse(Node parent, List<Node> into) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                    into.add(node);
                } else if (node instanceof HtmlBlock html) {
                    String markdown = HtmlText.withoutTags(html.getChars().toString());
                    if (!markdown.isBlank()) {
                        collectProse(MarkdownParsing.parse(markdown), into);
                    }
                } else if (!(node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                        || node instanceof HtmlBlock)) {
                    collectProse(node, into);
                }
            }
        }

        private void listItem(ListItem item, int parentEntry) {
            Node first = item.getFirstChild();
            int line = line(item);
            InlineText head = first instanceof Paragraph ? InlineCollector.collect(first, line) : InlineText.EMPTY;
            int index = add(EntryKind.LIST_ITEM, parentEntry, line, head, InlineText.EMPTY);
            for (Node node = first instanceof Paragraph ? first.getNext() : first; node != null; node = node.getNext()) {
                block(node, index);
            }
        }

        private void tableRow(TableRow row, int parentEntry) {
            List<Node> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(cell);
            }
            if (cells.isEmpty()) {
                return;
            }
            int line = line(row);
            InlineText head = InlineCollector.collect(cells.get(0), line);
            InlineText body = InlineCollector.collectAll(cells.subList(1, cells.size()), line);
            add(EntryKind.TABLE_ROW, parentEntry, line, head, body, firstColumnHeading(row));
        }

        /** The text of the first header cell of the row's table, or empty. */
        private String firstColumnHeading(TableRow row) {
            Node block = row.getParent() == null ? null : row.getParent().getParent();
            for (Node part = block == null ? null : block.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableHead head && head.getFirstChild() != null
                        && head.getFirstChild().getFirstChild() instanceof TableCell cell) {
                    return InlineCollector.collect(cell, line(cell)).text().strip();
                }
            }
            return "";
        }

        private int add(EntryKind kind, int parentEntry, int line, InlineText head, InlineText body) {
            return add(kind, parentEntry, line, head, body, "");
        }

        private int add(EntryKind kind, int parentEntry, int line, InlineText head, InlineText body, String column) {
            int index = entries.size();
            entries.add(new Entry(index, kind, currentSection, parentEntry, line, head, body, column));
            return index;
        }

        /** The 1-based line of a node in the document it was parsed from. */
        private int line(Node node) {
            return lineIndexes.computeIfAbsent(node.getDocument(), d -> new LineIndex(d.getChars())).lineOf(node.getStartOffset());
        }
    }
}
