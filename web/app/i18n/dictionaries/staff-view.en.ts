/**
 * English messages of the staff view of an account (ACC-6): the backstage form that opens it,
 * and what the account pages say while it lasts. Spread into en.ts.
 */
export const staffViewEn = {
  "backstage.permission.customers.view_as": "See a customer’s account as they do: read-only, for 30 minutes, with a reason the customer is shown",
  "backstage.audit.action.customers.view_as_started": "Account viewed as its customer",
  "backstage.viewAs.heading": "View as the customer",
  "backstage.viewAs.explanation":
    "Opens their account in this browser exactly as they see it. Nothing can be changed, and the view ends by itself after 30 minutes. The customer is shown when and why their account was viewed; the audit log records your name.",
  "backstage.viewAs.reason": "Purpose of the view",
  "backstage.viewAs.chooseReason": "Choose a reason",
  "backstage.viewAs.reason.customer_request": "The customer asked for help",
  "backstage.viewAs.reason.order_support": "Help with an order",
  "backstage.viewAs.reason.fraud_investigation": "Fraud investigation",
  "backstage.viewAs.reason.legal_request": "A request from the authorities",
  "backstage.viewAs.reason.evidence_preservation": "Preserving evidence",
  "backstage.viewAs.submit": "Open the account as the customer",
  "account.staffView.heading": "Staff view — read only",
  "account.staffView.body": "You are seeing this account as its customer does. Nothing can be changed from here, and the view ends by itself within 30 minutes.",
  "account.staffView.end": "End the view",
  "account.error.readOnlySession": "This is a read-only staff view of the account: nothing can be changed here.",
} as const;
