package io.github.receivables.spi.store;

import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.TaxId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers (debtors), keyed by {@link CustomerId}, each row versioned for optimistic locking.
 *
 * <ul>
 *   <li>Idempotency: {@link #insert} and {@link #insertAll} fail on a present id; {@link
 *       #insertAllIfAbsent} is safe to repeat. Updates are not idempotent: a repeated update
 *       fails with {@link OptimisticLockException} because the first one moved the version.
 *   <li>Ordering: by id, ascending in Unicode code point order of its value (in SQL, a binary
 *       collation such as {@code COLLATE "C"}).
 *   <li>Thread safety: implementations are thread-safe.
 *   <li>Failure: every method may throw {@link StoreUnavailableException}; the others are named
 *       per method. A failed operation writes nothing.
 * </ul>
 */
public interface CustomerStore {

    /**
     * Inserts a new customer.
     *
     * @param customer the customer; never null
     * @return the stored row at version 1; never null
     * @throws DuplicateKeyException if a customer with the same id exists
     */
    Versioned<Customer> insert(Customer customer);

    /**
     * Inserts new customers, all or none.
     *
     * @param customers the customers; never null, and no id may repeat
     * @return the stored rows at version 1, in the input's order; never null
     * @throws DuplicateKeyException if an id exists or repeats in the input; nothing is inserted
     */
    List<Versioned<Customer>> insertAll(Collection<Customer> customers);

    /**
     * Inserts the customers whose id is not yet stored and leaves the others unchanged.
     *
     * @param customers the customers; never null. When an id repeats in the input, the first is
     *     inserted and the later ones report it as already present
     * @return one result per input customer, in the input's order; never null
     */
    List<InsertResult<Versioned<Customer>>> insertAllIfAbsent(Collection<Customer> customers);

    /**
     * Finds a customer by id.
     *
     * @param id the id; never null
     * @return the row, or empty if none
     */
    Optional<Versioned<Customer>> find(CustomerId id);

    /**
     * Finds customers by a set of ids.
     *
     * @param ids the ids; never null. Ids not stored are absent from the result
     * @return the rows found, keyed by id; never null
     */
    Map<CustomerId, Versioned<Customer>> findAll(Collection<CustomerId> ids);

    /**
     * Finds the customers with a tax id, matched by country and compact form. Several customers
     * may share one (branches of one company, for example).
     *
     * @param taxId the tax id; never null
     * @return the rows ordered by customer id; never null
     */
    List<Versioned<Customer>> findByTaxId(TaxId taxId);

    /**
     * Replaces a customer, checking the version it was read at.
     *
     * @param customer the new value, identified by its id; never null
     * @param expectedVersion the version the caller read
     * @return the stored row at {@code expectedVersion + 1}; never null
     * @throws NotFoundException if no customer has the id
     * @throws OptimisticLockException if the stored version differs from expectedVersion
     */
    Versioned<Customer> update(Customer customer, long expectedVersion);

    /**
     * Lists all customers, one page at a time.
     *
     * @param request the page size and continuation token; never null
     * @return the page, ordered by customer id; never null
     * @throws IllegalArgumentException if the token was not issued by this method
     */
    Page<Versioned<Customer>> list(PageRequest request);
}
