package org.genaikg.extractor.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkTitlesTest {
    @Test
    void aPaperLabelBeforeTheTitleIsDropped() {
        assertEquals("Orbit: A Model of Planets", LinkTitles.of("Paper: Orbit: A Model of Planets"));
        assertEquals("arXiv:2401.01234", LinkTitles.of("arXiv:2401.01234"));
        assertEquals("Orbits and Graphs: A Roadmap", LinkTitles.of("Title: Orbits and Graphs: A Roadmap"));
    }

    @Test
    void aCitationAfterTheTitleIsDropped() {
        assertEquals("Orbit: A Model of Planets", LinkTitles.of("Orbit: A Model of Planets (arxiv 2401.01234)"));
        assertEquals("Scaling Orbits", LinkTitles.of("Scaling Orbits (Doe et al. 2031)"));
        assertEquals("Orbit Tutorial", LinkTitles.of("Orbit Tutorial (NIPS 2016)"));
        assertEquals("Learning to Orbit (OrbitNet)", LinkTitles.of("Learning to Orbit (OrbitNet)"));
    }
}
