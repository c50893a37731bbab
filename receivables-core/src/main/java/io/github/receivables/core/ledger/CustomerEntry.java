package io.github.receivables.core.ledger;

import java.util.ArrayList;
import java.util.List;

/** A customer's documents and payments inside the ledger, in the order recorded. */
final class CustomerEntry {
    final List<DocumentEntry> documents = new ArrayList<>(4);
    final List<PaymentEntry> payments = new ArrayList<>(2);
}
