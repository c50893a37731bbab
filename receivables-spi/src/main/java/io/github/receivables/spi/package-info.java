/** Receivables SDK, spi module. */
package io.github.receivables.spi;
