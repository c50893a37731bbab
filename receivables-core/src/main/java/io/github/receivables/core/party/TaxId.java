package io.github.receivables.core.party;

/**
 * A validated tax identifier of a person or company. Implementations are immutable values whose
 * equality is by country and canonical form.
 */
public interface TaxId {

    /**
     * Returns the country that issues this identifier.
     *
     * @return the ISO 3166-1 alpha-2 code, such as {@code CL}; never null
     */
    String country();

    /**
     * Returns the canonical compact form used as a key: no separators, upper case.
     *
     * @return the compact form, such as {@code 123456785} for a RUT; never null
     */
    String compact();

    /**
     * Returns the form people read, such as {@code 12.345.678-5} for a RUT.
     *
     * @return the display form; never null
     */
    String format();
}
