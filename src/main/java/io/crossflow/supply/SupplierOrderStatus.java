package io.crossflow.supply;

/** Where a supplier order stands; the milestone's progress follows it ({@link #milestoneProgress()}). */
public enum SupplierOrderStatus {
    PLACED(0),
    CONFIRMED(25),
    QC_SUBMITTED(50),
    QC_REJECTED(40),
    QC_APPROVED(75),
    SHIPPED(100);

    private final int milestoneProgress;

    SupplierOrderStatus(int milestoneProgress) {
        this.milestoneProgress = milestoneProgress;
    }

    /** The progress the customer sees on the order's milestone work item at this status. */
    public int milestoneProgress() {
        return milestoneProgress;
    }
}
