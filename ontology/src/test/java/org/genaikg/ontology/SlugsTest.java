package org.genaikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void pathSlugKeepsFoldersAndExtensionInLowerCase() {
        assertEquals("understanding/models/llm_v2-notes.md", Slugs.pathSlug("Understanding/Models/LLM_v2-notes.md"));
    }

    @Test
    void pathSlugStillFoldsAccentsSpacesAndDashRuns() {
        assertEquals("modeles/cafe-a-b.md", Slugs.pathSlug("Modèles/Café a--b.md"));
        assertEquals("a-b.md", Slugs.pathSlug("a--b.md"));
        assertEquals("dir/x.md", Slugs.pathSlug("dir\\x.md"));
    }
}
