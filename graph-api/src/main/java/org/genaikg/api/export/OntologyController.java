package org.genaikg.api.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.genaikg.ontology.OntologyResources;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vocabulary the dumps use and the shapes they satisfy, for whoever loads a dump into their own
 * tools: the OWL ontology with the SKOS modality scheme and the extraction rules, and the SHACL shapes, as the ontology
 * module ships them.
 */
@RestController
@Tag(name = "query")
class OntologyController {
    private static final String FORMAT_HELP = "turtle, ntriples, nquads, trig, jsonld or rdfxml";

    // read once: the files are part of the build and never change while the server runs
    private final Model vocabulary = ModelFactory.createDefaultModel()
            .add(OntologyResources.load(OntologyResources.ONTOLOGY))
            .add(OntologyResources.load(OntologyResources.MODALITIES))
            .add(OntologyResources.load(OntologyResources.RULES));
    private final Model shapes = OntologyResources.load(OntologyResources.SHAPES);

    @Operation(summary = "The ontology: OWL classes and properties, the SKOS modality scheme and the extraction rules",
            description = "The gkg: vocabulary of the graph (classes, relations, attributes, provenance terms, with their "
                    + "domains, ranges and alignments to schema.org, SKOS, DCTERMS and PROV), the modality scheme and the "
                    + "extraction rules (what each gkg:rule name of an evidence reads), in one "
                    + "document: load it beside a dump to reason over it or to browse its terms.")
    @ApiResponse(responseCode = "200", description = "The ontology")
    @ApiResponse(responseCode = "400", description = "An unknown format")
    @GetMapping("/api/ontology")
    ResponseEntity<byte[]> ontology(@Parameter(description = FORMAT_HELP) @RequestParam(defaultValue = "turtle") String format) {
        return respond(vocabulary, ExportFormat.fromParameter(format), "genai-kg-ontology");
    }

    @Operation(summary = "The SHACL shapes every dump satisfies",
            description = "One node shape per class: required labels and properties, datatypes, and the classes each "
                    + "relation may join. Validate a dump, or your own additions to it, with any SHACL engine.")
    @ApiResponse(responseCode = "200", description = "The shapes")
    @ApiResponse(responseCode = "400", description = "An unknown format")
    @GetMapping("/api/shapes")
    ResponseEntity<byte[]> shapes(@Parameter(description = FORMAT_HELP) @RequestParam(defaultValue = "turtle") String format) {
        return respond(shapes, ExportFormat.fromParameter(format), "genai-kg-shapes");
    }

    private static ResponseEntity<byte[]> respond(Model model, ExportFormat format, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.quads()) {
            RDFDataMgr.write(out, DatasetGraphFactory.wrap(model.getGraph()), format.rdfFormat());
        } else {
            RDFDataMgr.write(out, model, format.rdfFormat());
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(format.fileName(name, false)).build().toString())
                .body(out.toByteArray());
    }
}
