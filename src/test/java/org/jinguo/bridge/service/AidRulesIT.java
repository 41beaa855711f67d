package org.jinguo.bridge.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.bridge.model.AidKind;
import org.jinguo.bridge.model.DonorKind;
import org.jinguo.bridge.model.HardshipReason;
import org.jinguo.bridge.model.NeedLevel;
import org.jinguo.bridge.service.AidForms.DonationForm;
import org.jinguo.bridge.service.AidForms.DonorForm;
import org.jinguo.bridge.service.AidForms.FamilyForm;
import org.jinguo.bridge.service.AidForms.GrantForm;
import org.jinguo.bridge.service.AidService.DonationRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hardship aid on the server: a donation of the district given out by a street to its family, never past what it holds
 * nor outside its restriction; every yuan traced, so that what was donated is what was given plus what is held.
 */
@ExtendWith(ArquillianExtension.class)
class AidRulesIT {

    private static final String STREET_STAFF = "guanyinqiao";

    @Inject
    AidService aid;
    @Inject
    PersonService people;
    @Inject
    UnitDirectory units;

    @Test
    void aidComesOutOfADonationNeverPastWhatItHoldsAndEveryYuanIsTraced() throws Exception {
        long donation = donation(AidKind.MONEY, "1000", null);
        long family = family(EnumSet.of(HardshipReason.ILLNESS));
        run(STREET_STAFF, () -> {
            aid.give(grant(family, donation, AidKind.MONEY, "600"));
            assertEquals("aid.beyondDonation", refusal(() -> aid.give(grant(family, donation, AidKind.MONEY, "400.01"))));
            aid.give(grant(family, donation, AidKind.MONEY, "400"));
            assertEquals("aid.beyondDonation", refusal(() -> aid.give(grant(family, donation, AidKind.MONEY, "1"))), "spent");
            assertEquals("aid.kindMismatch", refusal(() -> aid.give(grant(family, donation, AidKind.GOODS, "1"))));
            AidService.FamilyView view = aid.family(family);
            assertEquals(new BigDecimal("1000.00"), view.row().money());
            assertEquals(2, view.history().size());
            assertTrue(view.history().stream().allMatch(g -> g.donorName().startsWith("捐赠方")), "traced to the donor");
        });
        DonationRow row = call("district", () -> aid.donations(0, 500)).stream().filter(d -> d.id() == donation).findFirst()
                .orElseThrow();
        assertEquals(0, row.remaining().signum());
        assertEquals(0, row.given().compareTo(new BigDecimal("1000")));
    }

    @Test
    void aRestrictedDonationGoesOnlyToTheHardshipItIsFor() throws Exception {
        long school = donation(AidKind.MONEY, "5000", HardshipReason.SCHOOLING);
        long ill = family(EnumSet.of(HardshipReason.ILLNESS));
        long pupil = family(EnumSet.of(HardshipReason.SCHOOLING, HardshipReason.SINGLE_MOTHER));
        run(STREET_STAFF, () -> {
            assertEquals("aid.restricted", refusal(() -> aid.give(grant(ill, school, AidKind.MONEY, "100"))));
            aid.give(grant(pupil, school, AidKind.MONEY, "1500"));
            GrantForm service = grant(ill, null, AidKind.SERVICE, null);
            assertEquals("aid.service.what", refusal(() -> aid.give(service)));
            service.setWhat("上门家政服务 4 小时");
            aid.give(service);
            assertEquals(1, aid.family(ill).history().size());
        });
        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> aid.family(pupil)), "another street's family");
        assertThrows(AccessDeniedException.class, () -> run("viewer", () -> aid.give(grant(pupil, school, AidKind.MONEY, "1"))));
    }

    @Test
    void whatWasDonatedIsWhatWasGivenPlusWhatIsHeldAcrossTheDistrict() throws Exception {
        run("district", () -> {
            AidService.AidFigures figures = aid.figures();
            assertEquals(0, figures.moneyReceived().compareTo(figures.moneyGiven().add(figures.moneyHeld())));
            List<DonationRow> donations = aid.donations(0, 1000);
            BigDecimal received = donations.stream().filter(d -> d.kind() == AidKind.MONEY).map(DonationRow::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, received.compareTo(figures.moneyReceived()));
            // every donation: its amount = the aid given out of it (summed from the grants) + what it still holds
            for (DonationRow d : donations) {
                assertEquals(0, d.amount().compareTo(given(d.id()).add(d.remaining())), d.toString());
            }
            List<AidService.DonorLine> report = aid.donorReport();
            BigDecimal reported = report.stream().map(AidService.DonorLine::moneyReceived).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, reported.compareTo(figures.moneyReceived()), "the donor report adds up to the figures");
            assertTrue(report.stream().anyMatch(l -> l.name().contains("北城天街") && l.familiesHelped() > 10), report.toString());
            assertTrue(figures.byLevel().get(NeedLevel.RED) > 0);
        });
    }

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** The aid given out of a donation, summed from the grants themselves (not from the donation's own balance). */
    private BigDecimal given(long donationId) throws Exception {
        transaction.begin();
        try {
            em.setProperty(org.jinguo.platform.scope.DataScope.PARAMETER, org.jinguo.platform.scope.DataScope.EVERYTHING);
            Object sum = em.createQuery("SELECT COALESCE(SUM(g.amount), 0) FROM AidGrant g WHERE g.donationId = :d")
                    .setParameter("d", donationId).getSingleResult();
            return new BigDecimal(sum.toString());
        } finally {
            transaction.commit();
        }
    }

    @Inject
    jakarta.transaction.UserTransaction transaction;

    private long donation(AidKind kind, String amount, HardshipReason restricted) throws Exception {
        long district = TestData.unitId(units, "江北区妇联");
        return call("district", () -> {
            DonorForm donor = new DonorForm();
            donor.setUnitId(district);
            donor.setKind(DonorKind.FIRM);
            donor.setName(unique("捐赠方"));
            DonationForm form = new DonationForm();
            form.setDonorId(aid.saveDonor(donor));
            form.setReceivedOn(Beijing.today().minusDays(1));
            form.setKind(kind);
            form.setAmount(new BigDecimal(amount));
            form.setRestrictedTo(restricted);
            return aid.receiveDonation(form);
        });
    }

    private long family(java.util.Set<HardshipReason> reasons) throws Exception {
        long community = TestData.unitId(units, "建新北路社区妇联");
        return call(STREET_STAFF, () -> {
            FamilyForm form = new FamilyForm();
            form.setPersonId(people.create(TestData.personForm(community, unique("困难"))));
            form.setLevel(NeedLevel.ORANGE);
            form.setReasons(reasons);
            return aid.registerFamily(form);
        });
    }

    private static GrantForm grant(long family, Long donation, AidKind kind, String amount) {
        GrantForm form = new GrantForm();
        form.setFamilyId(family);
        form.setDonationId(donation);
        form.setKind(kind);
        form.setAmount(amount == null ? null : new BigDecimal(amount));
        return form;
    }

    private static String refusal(org.jinguo.testsupport.SignedInAs.ThrowingRunnable work) {
        return assertThrows(BusinessRuleException.class, work::run).messageKey();
    }
}
