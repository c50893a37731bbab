package io.github.receivables.spi.memory;

import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.TaxId;
import io.github.receivables.spi.store.CustomerStore;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.Versioned;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link CustomerStore} over the in-memory tables. */
final class MemoryCustomerStore implements CustomerStore {

    private static final Keys.TokenCodec<CustomerId> TOKENS =
            Keys.idTokens(CustomerId::value, CustomerId::of);

    private final MemoryDatabase db;
    private final Access access;
    private final VersionedRows<CustomerId, Customer> rows;

    MemoryCustomerStore(MemoryDatabase db, Access access) {
        this.db = db;
        this.access = access;
        this.rows = new VersionedRows<>("customer", db.customers, Customer::id);
    }

    @Override
    public Versioned<Customer> insert(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        return access.write(undo -> rows.insert(customer, undo));
    }

    @Override
    public List<Versioned<Customer>> insertAll(Collection<Customer> customers) {
        List<Customer> copy = List.copyOf(customers);
        return access.write(undo -> rows.insertAll(copy, undo));
    }

    @Override
    public List<InsertResult<Versioned<Customer>>> insertAllIfAbsent(
            Collection<Customer> customers) {
        List<Customer> copy = List.copyOf(customers);
        return access.write(undo -> rows.insertAllIfAbsent(copy, undo));
    }

    @Override
    public Optional<Versioned<Customer>> find(CustomerId id) {
        Objects.requireNonNull(id, "id");
        return access.read(() -> Optional.ofNullable(db.customers.get(id)));
    }

    @Override
    public Map<CustomerId, Versioned<Customer>> findAll(Collection<CustomerId> ids) {
        List<CustomerId> copy = List.copyOf(ids);
        return access.read(() -> rows.findAll(copy));
    }

    @Override
    public List<Versioned<Customer>> findByTaxId(TaxId taxId) {
        Objects.requireNonNull(taxId, "taxId");
        return access.read(() -> db.customersByTaxId.group(MemoryDatabase.taxKey(taxId))
                .values().stream().map(db.customers::get).toList());
    }

    @Override
    public Versioned<Customer> update(Customer customer, long expectedVersion) {
        Objects.requireNonNull(customer, "customer");
        return access.write(undo -> rows.update(customer, expectedVersion, undo));
    }

    @Override
    public Page<Versioned<Customer>> list(PageRequest request) {
        Objects.requireNonNull(request, "request");
        return access.read(() -> Paging.page(db.customers.rows(), request, TOKENS, row -> row));
    }
}
