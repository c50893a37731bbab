/** Domain events published to the host after each committed change. */
package io.github.receivables.spi.event;
