package org.jinguo.bridge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.bridge.model.AidKind;
import org.jinguo.bridge.service.AidForms.GrantForm;
import org.jinguo.bridge.service.AidPool.Available;
import org.jinguo.bridge.service.AidService;
import org.jinguo.bridge.service.AidService.FamilyView;
import org.jinguo.platform.web.UiActions;

/** One family in hardship: her situation, her aid history with where each came from, and aid given to her. */
@Named
@ViewScoped
public class FamilyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AidService aid;

    private String id;
    private FamilyView family;
    private GrantForm grant = new GrantForm();
    private List<Available> available;

    public void load() throws IOException {
        UiActions.load(() -> family = aid.family(Long.parseLong(id)));
    }

    public void newGrant() {
        grant = new GrantForm();
        grant.setFamilyId(family.row().id());
        available = aid.available();
    }

    /** The donation chosen decides the kind of aid (money or goods). */
    public void donationChosen() {
        if (grant.getDonationId() != null && available != null) {
            available.stream().filter(a -> a.id() == grant.getDonationId()).findFirst().ifPresent(a -> grant.setKind(a.kind()));
        }
    }

    public void give() {
        UiActions.attempt("grantForm", () -> {
            aid.give(grant);
            UiActions.info("aid.given", family.row().name());
            family = aid.family(family.row().id());
        });
    }

    public void close() {
        UiActions.attempt("familyForm", () -> {
            aid.closeFamily(family.row().id());
            family = aid.family(family.row().id());
        });
    }

    public AidKind[] getKinds() {
        return AidKind.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public FamilyView getFamily() {
        return family;
    }

    public GrantForm getGrant() {
        return grant;
    }

    public List<Available> getAvailable() {
        return available;
    }
}
