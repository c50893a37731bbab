package io.github.receivables.core.party;

/**
 * Parses and validates the tax identifiers of one country. Chile's RUT is built in as
 * {@link Rut#SCHEME}; a host adds other countries by implementing this interface.
 * Implementations must be thread-safe.
 */
public interface TaxIdScheme {

    /**
     * Returns the country this scheme is for.
     *
     * @return the ISO 3166-1 alpha-2 code; never null
     */
    String country();

    /**
     * Parses any common spelling of an identifier of this country.
     *
     * @param text the identifier as written
     * @return the validated identifier; never null
     * @throws InvalidTaxIdException if the text is not a valid identifier, naming the text and the
     *     reason
     */
    TaxId parse(String text);

    /**
     * Tells whether the text is a valid identifier of this country.
     *
     * @param text the identifier as written; may be null
     * @return true if {@link #parse} would succeed
     */
    default boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidTaxIdException e) {
            return false;
        }
    }
}
