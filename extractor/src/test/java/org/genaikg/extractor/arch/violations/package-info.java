/**
 * Classes that break the extractor's layering on purpose, one per rule of
 * {@link org.genaikg.extractor.arch.ExtractorLayering}: {@code LayeringTest} shows that each rule
 * fails on them. Nothing else uses them.
 */
package org.genaikg.extractor.arch.violations;
