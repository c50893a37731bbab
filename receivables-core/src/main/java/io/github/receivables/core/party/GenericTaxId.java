package io.github.receivables.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * A tax identifier of a country without a built-in scheme, kept as given after trimming and
 * removing spaces, dots and dashes. No check digit is verified.
 *
 * @param country the ISO 3166-1 alpha-2 code
 * @param compact the identifier without separators, upper case
 */
public record GenericTaxId(
        @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
        @NotBlank String compact) implements TaxId {

    /**
     * Validates and normalizes the components.
     *
     * @throws InvalidTaxIdException if the country is not two letters or the identifier is blank
     */
    public GenericTaxId {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(compact, "compact");
        if (!country.matches("[A-Z]{2}")) {
            throw new InvalidTaxIdException("country '" + country
                    + "' is not an ISO 3166-1 alpha-2 code such as CL or DE");
        }
        compact = compact.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
        if (compact.isEmpty()) {
            throw new InvalidTaxIdException("tax id for " + country + " is blank");
        }
    }

    @Override
    public String format() {
        return compact;
    }
}
