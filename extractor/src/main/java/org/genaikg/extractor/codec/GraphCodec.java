package org.genaikg.extractor.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.Problem;

/**
 * A {@link KnowledgeGraph} as bytes: the magic {@code GKGG}, a format version, then the nodes,
 * edges, problems and document count, strings written once. Anything else is refused as
 * {@link UnreadableFormat}.
 */
public final class GraphCodec {

    /** Goes up whenever the layout changes, so that an older file is refused rather than misread. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = "GKGG".getBytes(StandardCharsets.US_ASCII);

    private GraphCodec() {}

    public static void write(KnowledgeGraph graph, OutputStream stream) throws IOException {
        BinaryOut out = new BinaryOut(stream);
        out.header(MAGIC, VERSION);
        out.writeAll(graph.nodes(), RecordCodecs::node);
        out.writeAll(graph.edges(), RecordCodecs::edge);
        out.writeAll(graph.problems(), RecordCodecs::problem);
        out.writeInt(graph.documents());
        out.flush();
    }

    /**
     * Reads a graph {@link #write} wrote; the stream must hold nothing after it.
     *
     * @throws UnreadableFormat when the bytes are not a graph of this version
     */
    public static KnowledgeGraph read(InputStream stream) throws IOException {
        BinaryIn in = new BinaryIn(stream);
        in.header(MAGIC, VERSION, "the graph");
        try {
            List<Node> nodes = in.readAll(RecordCodecs::node);
            List<Edge> edges = in.readAll(RecordCodecs::edge);
            List<Problem> problems = in.readAll(RecordCodecs::problem);
            int documents = in.readInt();
            in.end();
            return new KnowledgeGraph(nodes, edges, problems, documents);
        } catch (RuntimeException e) {
            throw new UnreadableFormat("the graph does not hold a valid graph: " + e);
        }
    }
}
