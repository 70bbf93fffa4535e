package org.genaikg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Jena vocabulary of the genai-kg ontology ({@code genai-kg.ttl}), built from {@link NodeKind},
 * {@link Relation}, {@link Attribute}, {@link Provenance} and {@link Labels}. Only terms of the
 * {@code gkg:} namespace are here; {@code dcterms:title}, {@code schema:url} and the
 * {@code rdf:}/{@code prov:} terms of provenance are in those enums and classes.
 */
public final class GKG {
    /** The namespace of the vocabulary as a string. */
    public static final String NS = Namespaces.GKG;

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    /** The namespace of the vocabulary as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes

    /** One Markdown file of the knowledge base. */
    public static final Resource Document = resource(NodeKind.DOCUMENT);
    /** One heading of a Document and everything under it. */
    public static final Resource Section = resource(NodeKind.SECTION);
    /** A scholarly work. */
    public static final Resource Paper = resource(NodeKind.PAPER);
    /** A written resource that is not a scholarly work. */
    public static final Resource Article = resource(NodeKind.ARTICLE);
    /** A code repository. */
    public static final Resource Repository = resource(NodeKind.REPOSITORY);
    /** A named AI model, model family or model-based system. */
    public static final Resource Model = resource(NodeKind.MODEL);
    /** A kind of data a model reads or writes, from the modality scheme. */
    public static final Resource Modality = resource(NodeKind.MODALITY);
    /** An architecture concept: component, architecture or technique. */
    public static final Resource Concept = resource(NodeKind.CONCEPT);
    /** A provenance record: source path, line, text span and rule. */
    public static final Resource Evidence = ResourceFactory.createResource(Provenance.EVIDENCE_CLASS);
    /** One commit of the knowledge base's history: a prov:Activity. */
    public static final Resource Revision = ResourceFactory.createResource(History.REVISION_CLASS);
    /** One interval of revisions during which a node or relation statement was in the knowledge base. */
    public static final Resource Presence = ResourceFactory.createResource(History.PRESENCE_CLASS);

    // Relations

    /** Section to the Section or Document it is nested in. */
    public static final Property partOf = property(Relation.PART_OF);
    /** Section to an entity named or linked in its own text. */
    public static final Property mentions = property(Relation.MENTIONS);
    /** Document or Section to the Document or Section a relative link points to. */
    public static final Property linksTo = property(Relation.LINKS_TO);
    /** Model or Concept to the Paper that introduces or describes it. */
    public static final Property describedIn = property(Relation.DESCRIBED_IN);
    /** Paper or Model to the Repository holding its code. */
    public static final Property hasCode = property(Relation.HAS_CODE);
    /** Model or Concept to the Model or Concept it derives from. */
    public static final Property buildsOn = property(Relation.BUILDS_ON);
    /** Model or Paper to a Modality it takes or produces. */
    public static final Property hasModality = property(Relation.HAS_MODALITY);
    /** Concept to the Concept or Model it is a building block of. */
    public static final Property componentOf = property(Relation.COMPONENT_OF);
    /** Concept to the more general Concept it is a kind of; a sub-property of skos:broader. */
    public static final Property kindOf = property(Relation.KIND_OF);

    // Attributes

    /** Path of the Markdown file, relative to the knowledge-base root (Document, Evidence). */
    public static final Property sourcePath = property(Attribute.SOURCE_PATH);
    /** Digest of a Document's bytes. */
    public static final Property contentHash = property(Attribute.CONTENT_HASH);
    /** Heading level of a Section, 1 to 6. */
    public static final Property level = property(Attribute.LEVEL);
    /** MkDocs anchor slug of a Section. */
    public static final Property anchor = property(Attribute.ANCHOR);
    /** 1-based source line (Section, Evidence). */
    public static final Property sourceLine = property(Attribute.SOURCE_LINE);
    /** Normalised arXiv identifier of a Paper. */
    public static final Property arxivId = property(Attribute.ARXIV_ID);
    /** Year of a Paper. */
    public static final Property year = property(Attribute.YEAR);
    /** component, architecture or technique. */
    public static final Property conceptKind = property(Attribute.CONCEPT_KIND);

    // Provenance

    /** Node or rdf:Statement to an Evidence of it. */
    public static final Property evidence = ResourceFactory.createProperty(Provenance.EVIDENCE);
    /** The text span behind an Evidence. */
    public static final Property sourceText = ResourceFactory.createProperty(Provenance.SOURCE_TEXT);
    /** The name of the rule that produced an Evidence. */
    public static final Property rule = ResourceFactory.createProperty(Provenance.RULE);
    /** An extraction rule, described in rules.ttl; its label is what gkg:rule gives. */
    public static final Resource ExtractionRule = ResourceFactory.createResource(org.genaikg.ontology.ExtractionRule.CLASS);

    // History

    /** Node or rdf:Statement to each Presence, one per stay in the knowledge base. */
    public static final Property presence = ResourceFactory.createProperty(History.PRESENCE);
    /** Node, rdf:Statement or Presence to the first Revision that had it. */
    public static final Property firstSeen = ResourceFactory.createProperty(History.FIRST_SEEN);
    /** Node, rdf:Statement or Presence to the last Revision that had it. */
    public static final Property lastSeen = ResourceFactory.createProperty(History.LAST_SEEN);
    /** Presence to the Revision that ended it. */
    public static final Property removedIn = ResourceFactory.createProperty(History.REMOVED_IN);
    /** Presence of a node to the node's class during that stay. */
    public static final Property nodeClass = ResourceFactory.createProperty(History.NODE_CLASS);
    /** The full commit id of a Revision. */
    public static final Property commitId = ResourceFactory.createProperty(History.COMMIT_ID);
    /** The 1-based place of a Revision in the walk, oldest first. */
    public static final Property revisionNumber = ResourceFactory.createProperty(History.REVISION_NUMBER);
    /** The commit message of a Revision. */
    public static final Property commitMessage = ResourceFactory.createProperty(History.COMMIT_MESSAGE);

    // Curated vocabularies

    /** A well-known piece of software that is not a model; a curation aid, never a node of the graph. */
    public static final Resource SoftwareName = ResourceFactory.createResource(SoftwareNames.CLASS);
    /** On a gazetteer entry: match its names only with exactly the capitalisation written. */
    public static final Property matchCase = ResourceFactory.createProperty(Labels.MATCH_CASE);
    /** From a combined modality term (Vision-language) to each modality it stands for. */
    public static final Property impliesModality = ResourceFactory.createProperty(Labels.IMPLIES_MODALITY);

    private GKG() {}

    private static Resource resource(NodeKind kind) {
        return ResourceFactory.createResource(kind.iri());
    }

    private static Property property(Relation relation) {
        return ResourceFactory.createProperty(relation.iri());
    }

    private static Property property(Attribute attribute) {
        return ResourceFactory.createProperty(attribute.iri());
    }
}
