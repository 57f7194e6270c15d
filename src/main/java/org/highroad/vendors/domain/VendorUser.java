package org.highroad.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contractor user acting for exactly one vendor (the user id is the key, so a user cannot belong to two). */
@Entity
@Table(name = "vendor_user")
public class VendorUser {

    @Id
    @Column(name = "user_id")
    private String userId;
    @Column(name = "vendor_id")
    private Long vendorId;

    protected VendorUser() {
    }

    public VendorUser(String userId, Long vendorId) {
        this.userId = userId;
        this.vendorId = vendorId;
    }

    public String userId() {
        return userId;
    }

    public Long vendorId() {
        return vendorId;
    }

    public void moveTo(Long vendor) {
        this.vendorId = vendor;
    }
}
