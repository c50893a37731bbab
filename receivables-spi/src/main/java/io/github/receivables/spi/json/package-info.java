/**
 * JSON mapping of the core and SPI types with Jackson: {@link
 * io.github.receivables.spi.json.ReceivablesJacksonModule} and the ready-made mapper {@link
 * io.github.receivables.spi.json.ReceivablesJson#newMapper()}.
 */
package io.github.receivables.spi.json;
