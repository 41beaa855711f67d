package org.jinguo.purchase.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.refusal;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.incubation.model.OrgKind;
import org.jinguo.incubation.service.OrgForm;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.files.Upload;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.purchase.model.ContractStatus;
import org.jinguo.purchase.model.Programme;
import org.jinguo.purchase.service.ContractService.ContractRow;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Purchase of services: deliveries against a contract, its progress, the limits it keeps, closing it, and who sees it. */
@ExtendWith(ArquillianExtension.class)
class ContractRulesIT {

    private static final String STAFF = "guanyinqiao";

    @Inject
    ContractService contracts;
    @Inject
    OrganisationService organisations;
    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    @Test
    void deliveriesAddUpToProgressAndNeverOverrunTheQuantityOrTheBudget() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        long community = call("district", () -> unitChanges.create(TestData.unitForm(street, unique("演出社区"), UnitType.COMMUNITY)));
        long contract = call(STAFF, () -> contracts.create(contract(street, provider(street), 10, "5000.00")));

        call(STAFF, () -> contracts.recordDelivery(delivery(contract, community, 3, null), List.of(
                Upload.checked("演出照片.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}))));
        call(STAFF, () -> contracts.recordDelivery(delivery(contract, community, 2, "900.00"), List.of()));
        ContractRow row = call(STAFF, () -> contracts.view(contract)).row();
        assertEquals(5, row.delivered());
        assertEquals(0, new BigDecimal("2400.00").compareTo(row.spent()), "3 × 500 at the unit price, then 900 as entered");
        assertEquals(50, row.deliveredPercent());
        assertEquals(48, row.spentPercent());
        var deliveries = call(STAFF, () -> contracts.deliveries(contract, 0, 10));
        assertEquals(2, deliveries.size());
        assertEquals(1, deliveries.stream().mapToInt(d -> d.files().size()).sum());
        assertEquals(2, call(STAFF, () -> contracts.countDeliveries(contract)));

        assertEquals("quantity", refusal(() -> call(STAFF, () -> contracts.recordDelivery(delivery(contract, community, 6, null), List.of()))));
        assertEquals("amount", refusal(() -> call(STAFF, () -> contracts.recordDelivery(delivery(contract, community, 1, "2700.00"), List.of()))));
        DeliveryForm early = delivery(contract, community, 1, null);
        early.setDeliveredOn(Beijing.today().minusYears(2));
        assertEquals("deliveredOn", refusal(() -> call(STAFF, () -> contracts.recordDelivery(early, List.of()))));
        DeliveryForm atStreet = delivery(contract, street, 1, null);
        assertEquals("community", refusal(() -> call(STAFF, () -> contracts.recordDelivery(atStreet, List.of()))));
        assertEquals(5, call(STAFF, () -> contracts.view(contract)).row().delivered(), "nothing refused was half-saved");

        // the last five take what is left of the budget, to the fen
        call(STAFF, () -> contracts.recordDelivery(delivery(contract, community, 5, null), List.of()));
        row = call(STAFF, () -> contracts.view(contract)).row();
        assertEquals(100, row.deliveredPercent());
        assertEquals(0, new BigDecimal("5000.00").compareTo(row.spent()));
        assertEquals(0, BigDecimal.ZERO.compareTo(row.remaining()));
    }

    @Test
    void aClosedContractKeepsItsEvaluationAndTakesNoMoreDeliveries() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        long community = call("district", () -> unitChanges.create(TestData.unitForm(street, unique("评估社区"), UnitType.COMMUNITY)));
        long contract = call(STAFF, () -> contracts.create(contract(street, provider(street), 100, "50000.00")));
        call(STAFF, () -> contracts.recordDelivery(delivery(contract, community, 40, null), List.of()));
        ClosingForm closing = new ClosingForm();
        closing.setOn(Beijing.today());
        closing.setRating(3);
        assertThrows(Exception.class, () -> run(STAFF, () -> contracts.close(contract, closing)), "an evaluation is required");
        closing.setEvaluation("完成 40 场，群众反响好；因场地原因未完成全部场次");
        run(STAFF, () -> contracts.close(contract, closing));
        var view = call(STAFF, () -> contracts.view(contract));
        assertEquals(ContractStatus.CLOSED, view.row().status());
        assertEquals(3, view.rating());
        assertEquals(STAFF, view.closedBy());
        assertEquals("deliveredOn", refusal(() -> call(STAFF, () -> contracts.recordDelivery(delivery(contract, community, 1, null), List.of()))));
        assertEquals("evaluation", refusal(() -> run(STAFF, () -> contracts.close(contract, closing))));
        ContractFilter open = new ContractFilter();
        open.setStatus(ContractStatus.OPEN);
        open.setText(view.row().title());
        assertEquals(0, call(STAFF, () -> contracts.count(open)));
    }

    @Test
    void aContractIsSeenByItsUnitAndAboveOnlyAndChangedByEditorsOnly() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        long contract = call(STAFF, () -> contracts.create(contract(street, provider(street), 4, "800.00")));
        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> contracts.view(contract)));
        ContractFilter mine = new ContractFilter();
        mine.setText(call(STAFF, () -> contracts.view(contract)).row().title());
        assertEquals(0, call("shimahe", () -> contracts.count(mine)));
        assertEquals(1, call("district", () -> contracts.list(mine, 0, 10, Sorting.NONE)).size());
        assertFalse(call("viewer", () -> contracts.view(contract)).editable());
        assertTrue(call("district", () -> contracts.view(contract)).editable());
        assertThrows(AccessDeniedException.class,
                () -> run("viewer", () -> contracts.recordDelivery(delivery(contract, null, 1, null), List.of())));
    }

    private long provider(long unit) throws Exception {
        OrgForm form = new OrgForm();
        form.setUnitId(unit);
        form.setName(unique("服务机构"));
        form.setKind(OrgKind.SOCIAL_WORK);
        form.setAppliedOn(Beijing.today());
        return call(STAFF, () -> organisations.apply(form));
    }

    private static ContractForm contract(long unit, long provider, int quantity, String budget) {
        ContractForm form = new ContractForm();
        form.setUnitId(unit);
        form.setTitle(unique("反家暴法宣传演出"));
        form.setProviderId(provider);
        form.setProgramme(Programme.GENERAL);
        form.setDeliverable("在辖区各社区开展《反家庭暴力法》宣传文艺演出");
        form.setMeasure("场");
        form.setQuantity(quantity);
        form.setBudget(new BigDecimal(budget));
        form.setSignedOn(Beijing.today().minusMonths(1));
        form.setStartsOn(Beijing.today().minusMonths(1));
        form.setEndsOn(Beijing.today().plusMonths(6));
        return form;
    }

    private static DeliveryForm delivery(long contract, Long community, int quantity, String amount) {
        DeliveryForm form = new DeliveryForm();
        form.setContractId(contract);
        form.setDeliveredOn(Beijing.today());
        form.setPlace("社区广场");
        form.setCommunityId(community);
        form.setQuantity(quantity);
        form.setParticipants(120);
        form.setAmount(amount == null ? null : new BigDecimal(amount));
        return form;
    }
}
