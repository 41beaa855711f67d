package org.jinguo.purchase.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.purchase.service.ContractService.ContractRow;
import org.jinguo.purchase.service.ContractService;

/**
 * The contracts a social organisation provides, with their progress, for the organisation's page of the
 * incubation base: the purchase of services adds its part to that page (an include), so the incubation base
 * needs to know nothing of contracts. Read once per request.
 */
@Named
@RequestScoped
public class ProviderContracts {

    @Inject
    ContractService contracts;

    private final Map<Long, List<ContractRow>> byProvider = new HashMap<>();

    public List<ContractRow> of(long providerId) {
        return byProvider.computeIfAbsent(providerId, contracts::ofProvider);
    }
}
