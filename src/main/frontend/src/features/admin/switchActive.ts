import { ElMessage, ElMessageBox } from 'element-plus'
import { showProblem } from '@/api/problems'

export interface SwitchActive {
  /** whether the organisation or person is active now: then it is deactivated, else reactivated */
  active: boolean
  /** what deactivating does, asked before it happens; reactivating is not asked */
  question: string
  confirmButton: string
  cancelButton: string
  /** the success message of the step that ran */
  done: string
  deactivate: () => Promise<unknown>
  reactivate?: () => Promise<unknown>
}

/** Deactivates after the person confirms, or reactivates; true when something changed. Errors are shown. */
export async function switchActive(step: SwitchActive): Promise<boolean> {
  try {
    if (step.active) {
      await ElMessageBox.confirm(step.question, { type: 'warning', confirmButtonText: step.confirmButton, cancelButtonText: step.cancelButton })
      await step.deactivate()
    } else if (step.reactivate) {
      await step.reactivate()
    } else {
      return false
    }
    ElMessage({ type: 'success', message: step.done })
    return true
  } catch (e) {
    if (e !== 'cancel' && e !== 'close') showProblem(e)
    return false
  }
}
