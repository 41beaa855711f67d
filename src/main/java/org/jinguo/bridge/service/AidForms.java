package org.jinguo.bridge.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jinguo.bridge.model.AidKind;
import org.jinguo.bridge.model.DonorKind;
import org.jinguo.bridge.model.HardshipReason;
import org.jinguo.bridge.model.NeedLevel;

/** The forms of hardship aid: a family registered, a donor, a donation received, aid given. */
public final class AidForms {

    private AidForms() {
    }

    /** A woman of the registry recorded as in hardship, or her record changed ({@code id} given). */
    public static class FamilyForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        @NotNull(message = "{jinguo.required}")
        private Long personId;
        @NotNull(message = "{jinguo.required}")
        private NeedLevel level = NeedLevel.YELLOW;
        @NotNull(message = "{jinguo.required}")
        @Size(min = 1, message = "{aid.reason.required}")
        private Set<HardshipReason> reasons = EnumSet.noneOf(HardshipReason.class);
        @Size(max = 300, message = "{jinguo.size.max}")
        private String household;
        @Size(max = 1000, message = "{jinguo.size.max}")
        private String situation;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public NeedLevel getLevel() {
            return level;
        }

        public void setLevel(NeedLevel level) {
            this.level = level;
        }

        public Set<HardshipReason> getReasons() {
            return reasons;
        }

        public void setReasons(Set<HardshipReason> reasons) {
            this.reasons = reasons;
        }

        public String getHousehold() {
            return household;
        }

        public void setHousehold(String household) {
            this.household = household;
        }

        public String getSituation() {
            return situation;
        }

        public void setSituation(String situation) {
            this.situation = situation;
        }

    }

    public static class DonorForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "{jinguo.required}")
        private Long unitId;
        @NotNull(message = "{jinguo.required}")
        private DonorKind kind = DonorKind.FIRM;
        @NotBlank(message = "{jinguo.required}")
        @Size(max = 100, message = "{jinguo.size.max}")
        private String name;
        @Size(max = 50, message = "{jinguo.size.max}")
        private String contact;
        @Size(max = 30, message = "{jinguo.size.max}")
        private String phone;

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public DonorKind getKind() {
            return kind;
        }

        public void setKind(DonorKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getContact() {
            return contact;
        }

        public void setContact(String contact) {
            this.contact = contact;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

    }

    /** Money in yuan, or goods: a quantity of an item (with its measure, e.g. 袋). */
    public static class DonationForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "{jinguo.required}")
        private Long donorId;
        @NotNull(message = "{jinguo.required}")
        private LocalDate receivedOn;
        @NotNull(message = "{jinguo.required}")
        private AidKind kind = AidKind.MONEY;
        @Size(max = 100, message = "{jinguo.size.max}")
        private String item;
        @Size(max = 10, message = "{jinguo.size.max}")
        private String measure;
        @NotNull(message = "{jinguo.required}")
        @DecimalMin(value = "0.01", message = "{aid.amount.positive}")
        private BigDecimal amount;
        private HardshipReason restrictedTo;
        @Size(max = 300, message = "{jinguo.size.max}")
        private String note;

        public Long getDonorId() {
            return donorId;
        }

        public void setDonorId(Long donorId) {
            this.donorId = donorId;
        }

        public LocalDate getReceivedOn() {
            return receivedOn;
        }

        public void setReceivedOn(LocalDate receivedOn) {
            this.receivedOn = receivedOn;
        }

        public AidKind getKind() {
            return kind;
        }

        public void setKind(AidKind kind) {
            this.kind = kind;
        }

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item;
        }

        public String getMeasure() {
            return measure;
        }

        public void setMeasure(String measure) {
            this.measure = measure;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public HardshipReason getRestrictedTo() {
            return restrictedTo;
        }

        public void setRestrictedTo(HardshipReason restrictedTo) {
            this.restrictedTo = restrictedTo;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

    }

    /** Aid to a family: out of a donation (money or goods, {@code amount} of it), or a service in words. */
    public static class GrantForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "{jinguo.required}")
        private Long familyId;
        private Long donationId;
        @NotNull(message = "{jinguo.required}")
        private AidKind kind = AidKind.MONEY;
        @DecimalMin(value = "0.01", message = "{aid.amount.positive}")
        private BigDecimal amount;
        @Size(max = 200, message = "{jinguo.size.max}")
        private String what;

        public Long getFamilyId() {
            return familyId;
        }

        public void setFamilyId(Long familyId) {
            this.familyId = familyId;
        }

        public Long getDonationId() {
            return donationId;
        }

        public void setDonationId(Long donationId) {
            this.donationId = donationId;
        }

        public AidKind getKind() {
            return kind;
        }

        public void setKind(AidKind kind) {
            this.kind = kind;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }

    }
}
