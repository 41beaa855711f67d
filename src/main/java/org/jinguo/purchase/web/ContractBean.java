package org.jinguo.purchase.web;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.UiActions;
import org.jinguo.platform.web.UploadBuffer;
import org.jinguo.purchase.service.ClosingForm;
import org.jinguo.purchase.service.ContractService.ContractView;
import org.jinguo.purchase.service.ContractService.DeliveryRow;
import org.jinguo.purchase.service.ContractService;
import org.jinguo.purchase.service.DeliveryForm;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** One contract: its terms, progress (delivered and spent), its deliveries with evidence, and closing it with an evaluation. */
@Named
@ViewScoped
public class ContractBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A contract's deliveries as a spreadsheet shows them: the evidence as the number of files. */
    static final SheetColumns<DeliveryRow> COLUMNS = SheetColumns.of(DeliveryRow.class)
            .column("delivery.on", DeliveryRow::deliveredOn)
            .column("delivery.place", DeliveryRow::place)
            .column("delivery.community", DeliveryRow::communityName)
            .column("delivery.quantity", DeliveryRow::quantity)
            .column("delivery.participants", DeliveryRow::participants)
            .column("delivery.amount", DeliveryRow::amount)
            .column("delivery.notes", DeliveryRow::notes)
            .column("delivery.evidence", row -> row.files().size())
            .column("support.recordedBy", DeliveryRow::recordedBy);

    @Inject
    ContractService contracts;
    @Inject
    UnitDirectory units;
    @Inject
    AuditTrail auditTrail;

    private String id;
    private ContractView contract;
    private PagedList<DeliveryRow> deliveries;
    private DeliveryForm delivery;
    private UnitRow community;
    private final UploadBuffer buffer = new UploadBuffer();
    private ClosingForm closing;

    public void load() throws IOException {
        UiActions.load(() -> {
            contract = contracts.view(Long.parseLong(id));
            long contractId = contract.row().id();
            deliveries = new PagedList<>((first, max) -> contracts.deliveries(contractId, first, max),
                    () -> contracts.countDeliveries(contractId), row -> String.valueOf(row.id()));
            prepareDelivery();
            prepareClosing();
        });
    }

    public void prepareDelivery() {
        delivery = new DeliveryForm();
        delivery.setDeliveredOn(Beijing.today());
        community = null;
        buffer.clear();
    }

    /** The page is left (or its view evicted): files uploaded but never saved are removed. */
    @PreDestroy
    void leave() {
        buffer.clear();
    }

    public void record() {
        delivery.setContractId(contract.row().id());
        delivery.setCommunityId(community == null ? null : community.id());
        UiActions.attempt("deliveryForm", () -> {
            contracts.recordDelivery(delivery, buffer.uploads());
            contract = contracts.view(contract.row().id());
            UiActions.info("delivery.recorded", delivery.getQuantity(), contract.row().measure());
            prepareDelivery();
        });
    }

    public void prepareClosing() {
        closing = new ClosingForm();
        closing.setOn(Beijing.today());
    }

    public void close() {
        UiActions.attempt("closeForm", () -> {
            contracts.close(contract.row().id(), closing);
            contract = contracts.view(contract.row().id());
            UiActions.info("contract.closedNow", contract.row().title());
        });
    }

    public void export() throws IOException {
        long contractId = contract.row().id();
        Downloads.xlsx(contract.row().title(), COLUMNS, (first, max) -> contracts.deliveries(contractId, first, max),
                count -> auditTrail.exported("Delivery", count, "contract=" + contractId));
    }

    public List<UnitRow> completeCommunity(String query) {
        return units.search(query, 0, 20);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ContractView getContract() {
        return contract;
    }

    public PagedList<DeliveryRow> getDeliveries() {
        return deliveries;
    }

    public DeliveryForm getDelivery() {
        return delivery;
    }

    public UnitRow getCommunity() {
        return community;
    }

    public void setCommunity(UnitRow community) {
        this.community = community;
    }

    public UploadBuffer getBuffer() {
        return buffer;
    }

    public ClosingForm getClosing() {
        return closing;
    }
}
