/** A cluster-wide lock with a lease and fencing token, per tenant. */
package io.github.receivables.spi.lock;
