package org.highroad.complaints.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a worker reaches the agency that takes the complaints (configured: {@code highroad.complaints.contact.*}),
 * shown on the public complaint page and its status page. A detail left blank is not shown.
 */
@Component
record AgencyContact(String office, String phone, String email, String address, String hours) {

    AgencyContact(@Value("${highroad.complaints.contact.office:}") String office,
            @Value("${highroad.complaints.contact.phone:}") String phone,
            @Value("${highroad.complaints.contact.email:}") String email,
            @Value("${highroad.complaints.contact.address:}") String address,
            @Value("${highroad.complaints.contact.hours:}") String hours) {
        this.office = office;
        this.phone = phone;
        this.email = email;
        this.address = address;
        this.hours = hours;
    }
}
