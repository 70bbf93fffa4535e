package org.genaikg.api.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genaikg.extractor.rdf.RdfFormat;
import org.junit.jupiter.api.Test;

class StaticPathsTests {
    @Test
    void anIdsSlashesAreFoldersAndItsOtherSignsAreSpelledOut() {
        assertEquals("data/nodes/model/llama-2.json", StaticPaths.node("model/llama-2"));
        assertEquals("data/nodes/section/understanding/models.md_23tabular-models.json",
                StaticPaths.node("section/understanding/models.md#tabular-models"));
        assertEquals("data/nodes/doc/a_20b/_C3_BC.md.json", StaticPaths.node("doc/a b/ü.md"));
    }

    @Test
    void anUnderscoreIsSpelledOutSoThatTwoIdsNeverShareAFile() {
        assertEquals("data/nodes/concept/x_5Fy.json", StaticPaths.node("concept/x_y"));
        assertNotEquals(StaticPaths.node("concept/x_23y"), StaticPaths.node("concept/x#y"));
    }

    @Test
    void noFileNameStartsWithADotThatAHostWouldHide() {
        assertEquals("data/pages/_2Egithub/_2Emd", StaticPaths.page(".github/.md"));
        assertEquals("data/nodes/doc/_/x.json", StaticPaths.node("doc//x"));
    }

    @Test
    void aLongSegmentIsCutAndKeptUniqueByItsHash() {
        String a = "paper/" + "long-title-".repeat(20) + "a";
        String b = "paper/" + "long-title-".repeat(20) + "b";
        String file = StaticPaths.node(a);
        assertTrue(file.length() < 140, file);
        assertNotEquals(file, StaticPaths.node(b));
        assertEquals("811c9dc5", StaticPaths.fnv1a(""));
        assertEquals("e40c292c", StaticPaths.fnv1a("a"));
    }

    @Test
    void dumpsAreCompressedAndRelatedFilesFollowThePagesPath() {
        assertEquals("data/rdf/genai-kg.ttl.gz", StaticPaths.dump(RdfFormat.TURTLE));
        assertEquals("related/understanding/models.json", StaticPaths.related("understanding/models.md"));
    }
}
