package org.jinguo.unit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.unit.model.StationKind;

/** One service station row of the unit form. */
public class StationForm implements Serializable {

    @NotNull(message = "{jinguo.required}")
    private StationKind kind = StationKind.PARTY_MASS;

    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String name;

    @Size(max = 255, message = "{jinguo.size.max}")
    private String address;

    @Size(max = 100, message = "{jinguo.size.max}")
    private String openingHours;

    @Size(max = 255, message = "{jinguo.size.max}")
    @Pattern(regexp = "^(https?://\\S+)?$", message = "{jinguo.link.pattern}")
    private String link;

    public StationKind getKind() {
        return kind;
    }

    public void setKind(StationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }
}
