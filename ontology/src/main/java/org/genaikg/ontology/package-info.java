/**
 * The graph model of genai-kg: every IRI, class, relation, attribute and label, in Java and in
 * the Turtle files under {@code org/genaikg/ontology/} ({@link org.genaikg.ontology.OntologyResources}).
 *
 * <ul>
 *   <li>{@code genai-kg.ttl}: the OWL ontology; {@link org.genaikg.ontology.GKG} is its Jena
 *       vocabulary, built from {@link org.genaikg.ontology.NodeKind}, {@link org.genaikg.ontology.Relation},
 *       {@link org.genaikg.ontology.Attribute}, {@link org.genaikg.ontology.Provenance} and
 *       {@link org.genaikg.ontology.Labels}. A sync test keeps the two sides equal.</li>
 *   <li>{@code modalities.ttl}: the modality vocabulary, read by {@link org.genaikg.ontology.ModalityScheme}.</li>
 *   <li>{@code gazetteer.ttl}: curated models and concepts, read by {@link org.genaikg.ontology.Gazetteer}.</li>
 *   <li>{@code software-names.ttl}: well-known software that is not a model, a curation aid read by
 *       {@link org.genaikg.ontology.SoftwareNames}.</li>
 *   <li>{@code rules.ttl}: the extraction rules, each with a one-line description; the names are
 *       those of {@link org.genaikg.ontology.ExtractionRule}.</li>
 *   <li>{@code shapes.ttl}: the SHACL shapes of the extracted graph, applied by
 *       {@link org.genaikg.ontology.ShapesValidator}.</li>
 * </ul>
 */
package org.genaikg.ontology;
