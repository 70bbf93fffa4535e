package org.genaikg.extractor.recognise;

import java.util.Map;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.NodeKind;

/**
 * One sighting of an entity on a page, before resolution.
 *
 * @param ref the resolution key ({@link Ref})
 * @param name the spelling seen (a title for papers and articles)
 * @param section the page section it was seen in, or {@link SectionId#TOP} before the first heading
 * @param naming true when this sighting names the entity (title, heading, lead term) rather than
 *     passing mention; naming spellings are preferred as labels
 */
public record Mention(Ref ref, NodeKind kind, String name, Map<Attribute, String> attributes, SourceSpan span,
                      SectionId section, boolean naming) implements java.io.Serializable {
    public Mention {
        attributes = Map.copyOf(attributes);
    }
}
