/** Classes that break the graph API's slice rules on purpose, for {@code ApiArchitectureViolationsTest}. */
package org.genaikg.api.archfixture;
