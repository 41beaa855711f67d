package org.jinguo.purchase.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.jinguo.purchase.model.ContractStatus;
import org.jinguo.purchase.model.Programme;

/** The choices the purchase pages offer (labels: {@code programme.<NAME>}, {@code contractStatus.<NAME>}). */
@Named("purchaseChoices")
@ApplicationScoped
public class PurchaseChoices {

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public ContractStatus[] getContractStatuses() {
        return ContractStatus.values();
    }
}
