/**
 * Conformance kit: abstract JUnit 5 contracts that every adapter of the storage SPI and the
 * tenant lock must pass. An adapter's test extends each {@code *Contract} class and implements
 * the factory method ({@code createStores()} or {@code createLock()}) and, if needed, the
 * cleanup hook. Shipped in this module's test-jar.
 */
package io.github.receivables.spi.testkit;
