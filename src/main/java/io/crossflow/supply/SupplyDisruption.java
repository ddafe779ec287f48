package io.crossflow.supply;

import io.crossflow.supply.process.SupplierOrderProcess;

/** A disruption ERP/MES systems report for a running supplier order; each is a BPMN message. */
public enum SupplyDisruption {
    MATERIAL_SHORTAGE(SupplierOrderProcess.MATERIAL_SHORTAGE_MESSAGE, "Material shortage"),
    EQUIPMENT_FAILURE(SupplierOrderProcess.EQUIPMENT_FAILURE_MESSAGE, "Equipment failure");

    private final String messageName;
    private final String label;

    SupplyDisruption(String messageName, String label) {
        this.messageName = messageName;
        this.label = label;
    }

    public String messageName() {
        return messageName;
    }

    /** For people: "Material shortage". */
    public String label() {
        return label;
    }
}
