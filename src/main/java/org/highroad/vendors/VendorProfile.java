package org.highroad.vendors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a vendor is: the body of {@code POST/PUT /api/vendors}. Violations and debarments are recorded separately. */
public record VendorProfile(
        @NotBlank @Size(max = 200) String legalName,
        @Pattern(regexp = "\\d{2}-\\d{7}", message = "must be an EIN like 12-3456789") String ein,
        @Pattern(regexp = "[A-Z0-9]{12}", message = "must be a 12-character SAM.gov Unique Entity ID") String uei,
        @Valid Address address,
        @Size(max = 20) List<@Valid @NotNull Certification> certifications,
        @Size(max = 20) List<@Valid @NotNull Contact> contacts) {

    public VendorProfile {
        certifications = certifications == null ? List.of() : certifications;
        contacts = contacts == null ? List.of() : contacts;
    }

    /** Business address. */
    public record Address(
            @Size(max = 200) String street,
            @NotBlank @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Size(max = 20) String postalCode,
            @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code") String country) {
    }

    /** A business certification (supplier-diversity programs such as DBE under 49 CFR 26). */
    @Embeddable
    public record Certification(
            @NotNull @Enumerated(EnumType.STRING) @Column(name = "kind") Kind kind,
            @NotBlank @Size(max = 200) @Column(name = "certifying_body") String certifyingBody,
            @Size(max = 60) @Column(name = "certificate_number") String number,
            @Column(name = "valid_until") LocalDate validUntil) {

        /** Minority-, women-, disadvantaged-owned, local and small business enterprise. */
        public enum Kind { MBE, WBE, DBE, LOCAL_BUSINESS, SBE }
    }

    /** A person to reach at the vendor. */
    @Embeddable
    public record Contact(
            @NotBlank @Size(max = 200) @Column(name = "name") String name,
            @Size(max = 200) @Column(name = "title") String title,
            @Email @Size(max = 254) @Column(name = "email") String email,
            @Size(max = 40) @Column(name = "phone") String phone) {
    }
}
