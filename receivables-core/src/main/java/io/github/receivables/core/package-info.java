/** Receivables SDK, core module. */
package io.github.receivables.core;
