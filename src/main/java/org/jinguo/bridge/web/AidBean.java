package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.jinguo.bridge.model.AidKind;
import org.jinguo.bridge.model.DonorKind;
import org.jinguo.bridge.model.HardshipReason;
import org.jinguo.bridge.model.NeedLevel;
import org.jinguo.bridge.service.AidForms.DonationForm;
import org.jinguo.bridge.service.AidForms.DonorForm;
import org.jinguo.bridge.service.AidForms.FamilyForm;
import org.jinguo.bridge.service.AidService;
import org.jinguo.bridge.service.AidService.AidFigures;
import org.jinguo.bridge.service.AidService.DonationRow;
import org.jinguo.bridge.service.AidService.DonorChoice;
import org.jinguo.bridge.service.AidService.DonorLine;
import org.jinguo.bridge.service.AidService.FamilyRow;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;

/**
 * Hardship aid (帮贫扶困): the families of the user's reach with their colour tags, and the donations with what each
 * still holds, each list filtered, paged and exported; families, donors and donations entered in dialogs; the figures
 * and the donor report (exported).
 */
@Named
@ViewScoped
public class AidBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static SheetColumns<FamilyRow> familyColumns() {
        return SheetColumns.of(FamilyRow.class)
            .column("person.name", FamilyRow::name)
            .column("order.unit", FamilyRow::unitName)
            .column("aid.level", FamilyRow::level)
            .column("aid.reasons", r -> r.reasons().stream().map(x -> Texts.get("hardshipReason." + x)).sorted()
                    .collect(Collectors.joining("、")))
            .column("aid.household", FamilyRow::household)
            .column("aid.registeredOn", FamilyRow::registeredOn)
            .column("aid.moneyReceived", FamilyRow::money)
            .column("aid.grants", FamilyRow::grants);
    }

    static SheetColumns<DonationRow> donationColumns() {
        return SheetColumns.of(DonationRow.class)
            .column("aid.donor", DonationRow::donorName)
            .column("aid.receivedOn", DonationRow::receivedOn)
            .column("aid.kind", DonationRow::kind)
            .column("aid.item", DonationRow::item)
            .column("aid.amount", DonationRow::amount)
            .column("aid.given", DonationRow::given)
            .column("aid.remaining", DonationRow::remaining)
            .column("aid.measure", DonationRow::measure)
            .column("aid.restrictedTo", DonationRow::restrictedTo)
            .column("order.unit", DonationRow::unitName);
    }

    static SheetColumns<DonorLine> reportColumns() {
        return SheetColumns.of(DonorLine.class)
            .column("aid.donor", DonorLine::name)
            .column("aid.donorKind", DonorLine::kind)
            .column("aid.report.moneyReceived", DonorLine::moneyReceived)
            .column("aid.report.moneyGiven", DonorLine::moneyGiven)
            .column("aid.report.moneyHeld", DonorLine::moneyHeld)
            .column("aid.report.goods", DonorLine::goodsDonations)
            .column("aid.report.families", DonorLine::familiesHelped);
    }

    @Inject
    AidService aid;
    @Inject
    PersonService people;
    @Inject
    AuditTrail auditTrail;
    @Inject
    CurrentCaller currentCaller;

    private String text;
    private NeedLevel level;
    private HardshipReason reason;
    private PagedList<FamilyRow> families;
    private PagedList<DonationRow> donations;
    private AidFigures figures;
    private FamilyForm familyForm = new FamilyForm();
    private PersonRow familyPerson;
    private DonorForm donorForm = new DonorForm();
    private DonationForm donationForm = new DonationForm();
    private List<DonorChoice> donors;

    @PostConstruct
    void init() {
        families = new PagedList<>((first, max) -> aid.families(text, level, reason, first, max),
                () -> aid.countFamilies(text, level, reason), row -> String.valueOf(row.id()));
        donations = new PagedList<>((first, max) -> aid.donations(first, max), () -> aid.countDonations(),
                row -> String.valueOf(row.id()));
    }

    public void exportFamilies() throws IOException {
        Downloads.xlsx(Texts.get("aid.families"), familyColumns(), (first, max) -> aid.families(text, level, reason, first, max),
                count -> auditTrail.exported("AidFamily", count, "text=" + (text == null ? "" : text.strip()) + " level=" + level
                        + " reason=" + reason));
    }

    public void exportDonations() throws IOException {
        Downloads.xlsx(Texts.get("aid.donations"), donationColumns(), (first, max) -> aid.donations(first, max),
                count -> auditTrail.exported("Donation", count, ""));
    }

    public void exportReport() throws IOException {
        List<DonorLine> report = aid.donorReport();
        Downloads.xlsx(Texts.get("aid.report"), reportColumns(), report, count -> auditTrail.exported("Donor", count, "report"));
    }

    public void newFamily() {
        familyForm = new FamilyForm();
        familyPerson = null;
    }

    public void saveFamily() {
        familyForm.setPersonId(familyPerson == null ? null : familyPerson.id());
        UiActions.attempt("familyForm", () -> {
            aid.registerFamily(familyForm);
            UiActions.info("aid.family.registered", familyPerson.name());
            figures = null;
        });
    }

    public void newDonor() {
        donorForm = new DonorForm();
        donorForm.setUnitId(currentCaller.require().unitId());
    }

    public void saveDonor() {
        UiActions.attempt("donorForm", () -> {
            aid.saveDonor(donorForm);
            UiActions.info("aid.donor.saved", donorForm.getName());
            donors = null;
        });
    }

    public void newDonation() {
        donationForm = new DonationForm();
        donationForm.setReceivedOn(org.jinguo.platform.config.Beijing.today());
    }

    public void saveDonation() {
        UiActions.attempt("donationForm", () -> {
            aid.receiveDonation(donationForm);
            UiActions.info("aid.donation.received");
            figures = null;
        });
    }

    public List<PersonRow> completePerson(String query) {
        return people.candidates(query);
    }

    public AidFigures getFigures() {
        if (figures == null) {
            figures = aid.figures();
        }
        return figures;
    }

    public List<DonorChoice> getDonors() {
        if (donors == null) {
            donors = aid.donors();
        }
        return donors;
    }

    public NeedLevel[] getLevels() {
        return NeedLevel.values();
    }

    public HardshipReason[] getReasons() {
        return HardshipReason.values();
    }

    public DonorKind[] getDonorKinds() {
        return DonorKind.values();
    }

    public AidKind[] getDonationKinds() {
        return new AidKind[] {AidKind.MONEY, AidKind.GOODS};
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public NeedLevel getLevel() {
        return level;
    }

    public void setLevel(NeedLevel level) {
        this.level = level;
    }

    public HardshipReason getReason() {
        return reason;
    }

    public void setReason(HardshipReason reason) {
        this.reason = reason;
    }

    public PagedList<FamilyRow> getFamilies() {
        return families;
    }

    public PagedList<DonationRow> getDonations() {
        return donations;
    }

    public FamilyForm getFamilyForm() {
        return familyForm;
    }

    public PersonRow getFamilyPerson() {
        return familyPerson;
    }

    public void setFamilyPerson(PersonRow familyPerson) {
        this.familyPerson = familyPerson;
    }

    public DonorForm getDonorForm() {
        return donorForm;
    }

    public DonationForm getDonationForm() {
        return donationForm;
    }
}
