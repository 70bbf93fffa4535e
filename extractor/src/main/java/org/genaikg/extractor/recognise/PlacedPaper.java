package org.genaikg.extractor.recognise;

/** A paper linked in a text: where its link text sits (or -1), the link, and the paper's reference. */
record PlacedPaper(int at, ClassifiedLink link, Ref ref) {}
