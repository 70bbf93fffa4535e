package org.genaikg.extractor.codec;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.DialectNormaliser;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.extractor.parse.EntryKind;
import org.genaikg.extractor.parse.InlineText;
import org.genaikg.extractor.parse.Link;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.PageSection;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.extractor.recognise.Assertion;
import org.genaikg.extractor.recognise.Mention;
import org.genaikg.extractor.recognise.NameFinding;
import org.genaikg.extractor.recognise.PageFindings;
import org.genaikg.extractor.recognise.Ref;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * Each record of the extractor's model field by field, in declaration order: the one place that
 * knows how they are laid out on disk. A record that gains a field fails to compile here, and
 * its codec's format version goes up.
 */
final class RecordCodecs {

    private RecordCodecs() {}

    static void span(BinaryOut out, SourceSpan span) throws IOException {
        out.writeString(span.path());
        out.writeInt(span.line());
        out.writeString(span.text());
        out.writeEnum(span.rule());
    }

    static SourceSpan span(BinaryIn in) throws IOException {
        return new SourceSpan(in.readRequiredString(), in.readInt(), in.readRequiredString(), in.readEnum(ExtractionRule.class));
    }

    static void problem(BinaryOut out, Problem problem) throws IOException {
        out.writeEnum(problem.severity());
        out.writeString(problem.path());
        out.writeInt(problem.line());
        out.writeString(problem.reason());
    }

    static Problem problem(BinaryIn in) throws IOException {
        return new Problem(in.readEnum(Problem.Severity.class), in.readRequiredString(), in.readInt(), in.readRequiredString());
    }

    static void node(BinaryOut out, Node node) throws IOException {
        out.writeEnum(node.kind());
        out.writeString(node.iri());
        out.writeString(node.label());
        out.writeAll(node.altLabels(), BinaryOut::writeString);
        attributes(out, node.attributes());
        out.writeAll(node.provenance(), RecordCodecs::span);
    }

    static Node node(BinaryIn in) throws IOException {
        NodeKind kind = in.readEnum(NodeKind.class);
        String iri = in.readRequiredString();
        String label = in.readString();
        TreeSet<String> altLabels = new TreeSet<>(in.readAll(BinaryIn::readRequiredString));
        TreeMap<Attribute, String> attributes = new TreeMap<>(attributes(in));
        return new Node(kind, iri, label, altLabels, attributes, in.readAll(RecordCodecs::span));
    }

    static void edge(BinaryOut out, Edge edge) throws IOException {
        out.writeString(edge.subject());
        out.writeEnum(edge.relation());
        out.writeString(edge.object());
        out.writeAll(edge.provenance(), RecordCodecs::span);
    }

    static Edge edge(BinaryIn in) throws IOException {
        return new Edge(in.readRequiredString(), in.readEnum(Relation.class), in.readRequiredString(), in.readAll(RecordCodecs::span));
    }

    static void page(BinaryOut out, Page page) throws IOException {
        out.writeString(page.path());
        out.writeString(page.title());
        out.writeString(page.contentHash());
        out.writeAll(page.sections(), RecordCodecs::section);
        out.writeAll(page.entries(), RecordCodecs::entry);
        out.writeAll(page.includes(), (o, include) -> {
            o.writeString(include.target());
            o.writeInt(include.line());
        });
    }

    static Page page(BinaryIn in) throws IOException {
        return new Page(in.readRequiredString(), in.readString(), in.readRequiredString(), in.readAll(RecordCodecs::section),
                in.readAll(RecordCodecs::entry),
                in.readAll(i -> new DialectNormaliser.Include(i.readRequiredString(), i.readInt())));
    }

    private static void section(BinaryOut out, PageSection section) throws IOException {
        out.writeInt(section.index());
        sectionId(out, section.parent());
        out.writeInt(section.level());
        out.writeString(section.heading());
        out.writeString(section.anchor());
        out.writeInt(section.line());
    }

    private static PageSection section(BinaryIn in) throws IOException {
        return new PageSection(in.readInt(), sectionId(in), in.readInt(), in.readString(), in.readString(), in.readInt());
    }

    private static void entry(BinaryOut out, Entry entry) throws IOException {
        out.writeInt(entry.index());
        out.writeEnum(entry.kind());
        sectionId(out, entry.section());
        out.writeInt(entry.parent());
        out.writeInt(entry.line());
        inline(out, entry.head());
        inline(out, entry.body());
        out.writeString(entry.column());
    }

    private static Entry entry(BinaryIn in) throws IOException {
        return new Entry(in.readInt(), in.readEnum(EntryKind.class), sectionId(in), in.readInt(), in.readInt(), inline(in), inline(in),
                in.readString());
    }

    private static void inline(BinaryOut out, InlineText text) throws IOException {
        out.writeString(text.text());
        out.writeAll(text.links(), (o, link) -> {
            o.writeString(link.text());
            o.writeString(link.url());
            o.writeBoolean(link.image());
        });
        out.writeAll(text.strongTerms(), BinaryOut::writeString);
        out.writeInt(text.line());
    }

    private static InlineText inline(BinaryIn in) throws IOException {
        return new InlineText(in.readString(), in.readAll(i -> new Link(i.readString(), i.readString(), i.readBoolean())),
                in.readAll(BinaryIn::readRequiredString), in.readInt());
    }

    static void name(BinaryOut out, NameFinding name) throws IOException {
        out.writeString(name.name());
        out.writeAll(name.aliases(), BinaryOut::writeString);
        out.writeBoolean(name.conceptHint());
        out.writeEnum(name.rule());
        out.writeBoolean(name.described());
    }

    static NameFinding name(BinaryIn in) throws IOException {
        return new NameFinding(in.readString(), in.readAll(BinaryIn::readRequiredString), in.readBoolean(), in.readEnum(ExtractionRule.class),
                in.readBoolean());
    }

    /** The findings of {@code page}, which is written once, before them. */
    static void findings(BinaryOut out, PageFindings findings) throws IOException {
        out.writeAll(findings.mentions(), RecordCodecs::mention);
        out.writeAll(findings.assertions(), (o, assertion) -> {
            ref(o, assertion.subject());
            o.writeEnum(assertion.relation());
            ref(o, assertion.object());
            span(o, assertion.span());
        });
        out.writeAll(findings.pageLinks(), (o, link) -> {
            sectionId(o, link.fromSection());
            o.writeString(link.target());
            span(o, link.span());
        });
        out.writeAll(findings.problems(), RecordCodecs::problem);
    }

    static PageFindings findings(BinaryIn in, Page page) throws IOException {
        return new PageFindings(page, in.readAll(RecordCodecs::mention),
                in.readAll(i -> new Assertion(ref(i), i.readEnum(Relation.class), ref(i), span(i))),
                in.readAll(i -> new PageFindings.PageLink(sectionId(i), i.readString(), span(i))),
                in.readAll(RecordCodecs::problem));
    }

    private static void mention(BinaryOut out, Mention mention) throws IOException {
        ref(out, mention.ref());
        out.writeEnum(mention.kind());
        out.writeString(mention.name());
        attributes(out, new TreeMap<>(mention.attributes()));
        span(out, mention.span());
        sectionId(out, mention.section());
        out.writeBoolean(mention.naming());
    }

    private static Mention mention(BinaryIn in) throws IOException {
        return new Mention(ref(in), in.readEnum(NodeKind.class), in.readString(), attributes(in), span(in), sectionId(in),
                in.readBoolean());
    }

    private static void attributes(BinaryOut out, Map<Attribute, String> attributes) throws IOException {
        out.writeAll(attributes.entrySet(), (o, attribute) -> {
            o.writeEnum(attribute.getKey());
            o.writeString(attribute.getValue());
        });
    }

    private static Map<Attribute, String> attributes(BinaryIn in) throws IOException {
        Map<Attribute, String> attributes = new EnumMap<>(Attribute.class);
        for (Map.Entry<Attribute, String> attribute : in.readAll(i -> Map.entry(i.readEnum(Attribute.class), i.readRequiredString()))) {
            attributes.put(attribute.getKey(), attribute.getValue());
        }
        return attributes;
    }

    private static void sectionId(BinaryOut out, SectionId section) throws IOException {
        out.writeInt(section.isTop() ? -1 : section.index());
    }

    private static SectionId sectionId(BinaryIn in) throws IOException {
        return SectionId.of(in.readInt());
    }

    /** A ref as its kind and its identity: the kinds are {@link Ref}'s records, spelt out so that each reads back as itself. */
    private static void ref(BinaryOut out, Ref ref) throws IOException {
        String kind;
        String identity;
        if (ref instanceof Ref.Name name) {
            kind = "name";
            identity = name.lexiconKey();
        } else if (ref instanceof Ref.Paper paper) {
            kind = "paper";
            identity = paper.identity();
        } else if (ref instanceof Ref.Article article) {
            kind = "article";
            identity = article.identity();
        } else if (ref instanceof Ref.Repository repository) {
            kind = "repo";
            identity = repository.path();
        } else {
            kind = "modality";
            identity = ((Ref.Modality) ref).iri();
        }
        out.writeString(kind);
        out.writeString(identity);
    }

    private static Ref ref(BinaryIn in) throws IOException {
        String kind = in.readRequiredString();
        String identity = in.readRequiredString();
        return switch (kind) {
            case "name" -> new Ref.Name(identity);
            case "paper" -> new Ref.Paper(identity);
            case "article" -> new Ref.Article(identity);
            case "repo" -> new Ref.Repository(identity);
            case "modality" -> new Ref.Modality(identity);
            default -> throw new UnreadableFormat("a reference of an unknown kind: " + kind);
        };
    }
}
