package org.genaikg.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.Path;

/** Validates an extracted graph against the SHACL shapes of {@code shapes.ttl}. */
public final class ShapesValidator {
    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The validator of the shapes read once from {@code shapes.ttl}. */
    public static ShapesValidator load() {
        return Holder.VALIDATOR;
    }

    /** Validates the graph; the graph is only read. */
    public ValidationResult validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return new ValidationResult(report.conforms(),
                report.getEntries().stream().map(ShapesValidator::violation).sorted().toList());
    }

    private static Violation violation(ReportEntry entry) {
        Path path = entry.resultPath();
        return new Violation(display(entry.focusNode()), path == null ? "" : path.toString(), entry.message());
    }

    private static String display(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }

    private static final class Holder {
        static final ShapesValidator VALIDATOR =
                new ShapesValidator(Shapes.parse(OntologyResources.load(OntologyResources.SHAPES).getGraph()));
    }
}
