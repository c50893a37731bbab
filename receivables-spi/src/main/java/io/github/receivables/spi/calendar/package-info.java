/** Public holiday calendars by country and subdivision. */
package io.github.receivables.spi.calendar;
