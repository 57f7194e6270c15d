package org.highroad.complaints.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a worker reaches the agency that takes the complaints (configured: {@code highroad.complaints.contact.*}),
 * shown on the public complaint page and its status page. A detail left blank is not shown. The office hours are
 * words, written once per language: {@code hours} in English, {@code hours-es} in Spanish (a Spanish page without it
 * shows the English hours, marked as English).
 */
@Component
record AgencyContact(String office, String phone, String email, String address, String hours, String hoursEs) {

    AgencyContact(@Value("${highroad.complaints.contact.office:}") String office,
            @Value("${highroad.complaints.contact.phone:}") String phone,
            @Value("${highroad.complaints.contact.email:}") String email,
            @Value("${highroad.complaints.contact.address:}") String address,
            @Value("${highroad.complaints.contact.hours:}") String hours,
            @Value("${highroad.complaints.contact.hours-es:}") String hoursEs) {
        this.office = office;
        this.phone = phone;
        this.email = email;
        this.address = address;
        this.hours = hours;
        this.hoursEs = hoursEs;
    }

    /** The office hours in the page's language ({@code es} or English), blank when none are set for it. */
    String hoursIn(String lang) {
        return "es".equals(lang) && !hoursEs.isBlank() ? hoursEs : hours;
    }
}
