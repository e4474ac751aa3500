/**
 * English messages of the order page's refund section: where a refund of a bank transfer or of
 * cash should be paid (PAY-2). Spread into en.ts.
 */
export const paymentsEn = {
  "refund.heading": "Where should we pay your refund?",
  "refund.lead": "A refund of {amount} cannot go back the way you paid (bank transfer or cash on delivery), so we pay it by bank transfer ourselves. Tell us the account to pay it into.",
  "refund.given": "We will pay {amount} into the account of {holder} at {bank}, ending {ending}.",
  "refund.field.holder": "Name on the account",
  "refund.field.bank": "Bank",
  "refund.field.number": "Account number or IBAN",
  "refund.field.numberHint": "As your bank prints it: 6 to 34 letters and digits; spaces or dashes may stay.",
  "refund.field.code": "SWIFT/BIC or bank code (optional)",
  "refund.field.codeHint": "Needed for a transfer abroad; an account in Hong Kong needs none.",
  "refund.privacy": "We use these details only to pay this refund. Once it is paid, we keep only the last four characters of the account number.",
  "refund.submit": "Save the account",
  "refund.keep": "Keep the account given",
  "refund.change": "Change the account",
  "refund.error.accountHolder": "Enter the name on the account, as the bank knows it.",
  "refund.error.bankName": "Enter the name of the bank.",
  "refund.error.accountNumber": "Enter an account number or IBAN: 6 to 34 letters and digits.",
  "refund.error.bankCode": "Enter a SWIFT/BIC or bank code of 3 to 15 letters and digits, or leave it empty.",
  "refund.error.notNeeded": "This refund has been paid out already: no account is needed any more.",
  "refund.error.orderNotFound": "This order cannot be opened here. Open it again from your account or from the link in your e-mail.",
} as const;
