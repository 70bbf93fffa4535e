package org.genaikg.api.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The full dump, written straight to the response inside one read transaction. */
@RestController
@Tag(name = "query")
class ExportController {
    private final Dataset dataset;

    ExportController(Dataset dataset) {
        this.dataset = dataset;
    }

    @Operation(summary = "The whole graph as an RDF dump",
            description = "Streamed, with its media type and a file name (genai-kg.ttl, ...). N-Quads and TriG keep a "
                    + "named graph per document; the other formats give their union.")
    @ApiResponse(responseCode = "200", description = "The dump")
    @ApiResponse(responseCode = "400", description = "An unknown format")
    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "turtle, ntriples, nquads, trig, jsonld or rdfxml") @RequestParam(defaultValue = "turtle") String format,
            @Parameter(description = "Compress the dump with gzip") @RequestParam(defaultValue = "false") boolean gzip) {
        ExportFormat chosen = ExportFormat.fromParameter(format);
        ContentDisposition disposition = ContentDisposition.attachment().filename(chosen.fileName(gzip)).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, gzip ? "application/gzip" : chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(out -> write(chosen, gzip ? new GZIPOutputStream(out, 1 << 16) : out));
    }

    private void write(ExportFormat format, OutputStream out) throws java.io.IOException {
        Txn.executeRead(dataset, () -> {
            DatasetGraph graphs = dataset.asDatasetGraph();
            if (format.quads()) {
                RDFDataMgr.write(out, graphs, format.rdfFormat());
            } else {
                RDFDataMgr.write(out, graphs.getUnionGraph(), format.rdfFormat());
            }
        });
        if (out instanceof GZIPOutputStream gzip) {
            gzip.finish();
        }
        out.flush();
    }
}
