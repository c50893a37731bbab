/**
 * Exchange rates supplied by the host and conversion between currencies with explicit rounding,
 * including Chile's Unidad de Fomento (ISO 4217 code CLF, four decimals) into pesos (CLP).
 */
package io.github.receivables.core.fx;
