/** Exchange rates between currencies, by day. */
package io.github.receivables.spi.fx;
